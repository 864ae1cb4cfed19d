package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import pl.wspolnie.competitions.domain.CompetitionPages;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionSpheres;
import pl.wspolnie.competitions.domain.review.NominationForm;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The competition's page, shown by its own address and again by a form on it that was
 * refused (a request for reasons too long: the error at its field, the typed text kept).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CompetitionShowPage {

    private final CompetitionPages pages;

    private final CompetitionSpheres spheres;

    String render(long id, Model model) {
        CompetitionPages.CompetitionPage page = pages.show(id);
        Competition c = page.competition();
        model.addAttribute("c", c);
        model.addAttribute("jstName", page.jstName());
        model.addAttribute("phase", page.phase());
        model.addAttribute("acceptsOffers", page.acceptsOffers());
        model.addAttribute("mayManage", page.mayManage());
        model.addAttribute("sphereLabels", sphereLabels());
        model.addAttribute("myOffers", page.myOffers());
        model.addAttribute("commissionMember", page.commissionMember());
        model.addAttribute("results", page.results());
        model.addAttribute("reasonRequests", page.reasonRequests());
        model.addAttribute("mayAskReasons", page.mayAskReasons());
        model.addAttribute("stats", page.stats());
        model.addAttribute("mayOffer", page.mayOffer());
        model.addAttribute("myOrganizations", page.myOrganizations());
        if (page.mayOffer() && page.acceptsOffers()) {
            // NGOs nominate people to the commission while the competition accepts
            // offers.
            NominationForm nomination = new NominationForm();
            if (page.myOrganizations().size() == 1) {
                nomination.setOrganizationId(page.myOrganizations().get(0).id());
            }
            model.addAttribute("nomination", nomination);
        }
        model.addAttribute("submittedCount", page.submittedCount());
        return "competitions/show";
    }

    /** The spheres' labels in the user's language, by code. */
    Map<String, String> sphereLabels() {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> labels = new HashMap<>();
        spheres.all().forEach(s -> labels.put(s.code(), s.label(locale)));
        return labels;
    }

}
