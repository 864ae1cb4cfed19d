package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.competitions.domain.CanonicalJson;
import pl.wspolnie.competitions.domain.CompetitionSettings;
import pl.wspolnie.competitions.domain.offer.FormalResult;
import pl.wspolnie.competitions.domain.offer.OfferSection;
import pl.wspolnie.competitions.domain.offer.Offers;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import pl.wspolnie.competitions.domain.offer.OfferAttachments;
import pl.wspolnie.competitions.domain.offer.OfferContent;
import pl.wspolnie.competitions.domain.offer.OfferVersion;

/**
 * The official's formal review of a submitted offer: checklist, result, call for
 * corrections.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FormalReviewController {

    private final Offers offers;

    private final CompetitionSettings settings;

    @GetMapping("/offers/{id:\\d+}/review")
    String form(@PathVariable long id, Model model) {
        Offers.Workspace w = offers.forFormalReview(id);
        return page(model, w, checks(w.offer().getFormalChecks()), w.offer().getFormalNote(), null, List.of(),
                String.valueOf(settings.correctionDays()), null);
    }

    @PostMapping("/offers/{id:\\d+}/review")
    String record(@PathVariable long id, @RequestParam(required = false) List<Integer> checked,
            @RequestParam(defaultValue = "") String note, @RequestParam(required = false) FormalResult result,
            @RequestParam(required = false) List<OfferSection> sections, @RequestParam(defaultValue = "") String days,
            Model model, RedirectAttributes redirect) {
        Offers.Workspace w = offers.forFormalReview(id);
        int size = w.competition().formalCriteriaList().size();
        List<Boolean> checks = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            checks.add(checked != null && checked.contains(i));
        }
        Set<OfferSection> unlocked = sections == null ? EnumSet.noneOf(OfferSection.class) : EnumSet.copyOf(sections);
        return Outcomes.orPage(() -> {
            if (result == null || result == FormalResult.PENDING) {
                throw new RuleViolation("result", "competitions.formal.result.required");
            }
            if (note.length() > 10_000) {
                throw new RuleViolation("note", "competitions.formal.note.tooLong");
            }
            Long typedDays = FormInput.wholeNumber(days, "days", "competitions.formal.days.invalid");
            offers.recordFormalReview(id, checks, note.strip(), result, unlocked,
                    typedDays == null ? null : (int) Math.max(-1, Math.min(Integer.MAX_VALUE, typedDays)));
            return Outcomes.redirect(redirect, "competitions.formal.saved", "/offers/" + id + "/review");
        }, e -> page(model, w, checks, note, result == null ? null : result.name(),
                unlocked.stream().map(OfferSection::name).toList(), days, e));
    }

    /** The stored checklist (JSON array of booleans), empty when not reviewed yet. */
    static List<Boolean> checks(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return List.of(CanonicalJson.read(json, Boolean[].class));
    }

    private String page(Model model, Offers.Workspace w, List<Boolean> checks, String note, String result,
            List<String> sections, String days, RuleViolation error) {
        model.addAttribute("offer", w.offer());
        model.addAttribute("c", w.competition());
        model.addAttribute("offerors", w.offerors());
        model.addAttribute("versions", w.versions());
        model.addAttribute("checks", checks);
        model.addAttribute("note", note == null ? "" : note);
        model.addAttribute("result", result);
        model.addAttribute("sections", sections);
        model.addAttribute("allSections", OfferSection.values());
        model.addAttribute("results",
                List.of(FormalResult.CORRECT, FormalResult.INCORRECT, FormalResult.CORRECTIONS_REQUESTED));
        model.addAttribute("days", days);
        model.addAttribute("error", error);
        // The attachments of the latest version; the required ones without a file are
        // listed as formal defects.
        OfferVersion latest = w.versions().isEmpty() ? null : w.versions().get(w.versions().size() - 1);
        List<OfferContent.Attachment> files = latest == null ? List.of()
                : CanonicalJson.read(latest.getContent(), OfferContent.class).attachments();
        model.addAttribute("outsideSphere", offers.offerorsOutsideTaskSphere(w));
        model.addAttribute("latestVersion", latest);
        model.addAttribute("versionAttachments", files);
        model.addAttribute("missingAttachments", OfferAttachments.missing(w.competition(),
                files.stream().map(OfferContent.Attachment::requiredName).toList()));
        return "competitions/review";
    }

}
