package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.competitions.domain.announcement.Announcement;
import pl.wspolnie.competitions.domain.announcement.Announcements;
import pl.wspolnie.competitions.domain.decision.Decisions;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionMode;
import pl.wspolnie.competitions.domain.announcement.CompetitionSpheres;
import pl.wspolnie.competitions.domain.offer.Offers;
import pl.wspolnie.competitions.domain.announcement.Phase;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.feed.AtomFeeds;
import pl.wspolnie.shared.feed.FeedEntry;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.validation.BeanPropertyBindingResult;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.text.Formats;
import pl.wspolnie.shared.web.SiteAddress;

/**
 * The announcement: public list, page, feed and PDF; the official's draft, edit and
 * publication.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CompetitionController {

    private final Announcements announcements;

    private final Offers offers;

    private final Decisions decisions;

    private final CompetitionShowPage showPage;

    private final CompetitionSpheres spheres;

    private final Jsts jsts;

    private final MessageSource messages;

    private final PdfDocuments pdf;

    private final Clock clock;

    private final SiteAddress site;

    @GetMapping("/competitions")
    String list(@RequestParam(required = false) String phase, @RequestParam(required = false) String jst,
            @RequestParam(required = false) String sphere, @RequestParam(defaultValue = "0") String page, Model model) {
        Phase p = Phase.parse(phase);
        Long jstId = parseLong(jst);
        if (jstId != null && !jsts.exists(jstId)) {
            jstId = null;
        }
        String sphereCode = spheres.exists(sphere) ? sphere : null;
        Long pageNo = parseLong(page);
        Announcements.ListPage result = announcements.list(p, jstId, sphereCode,
                pageNo == null ? 0 : (int) Math.min(pageNo, 100_000));
        model.addAttribute("result", result);
        model.addAttribute("phase", p);
        model.addAttribute("phases", Phase.values());
        model.addAttribute("jstId", jstId);
        model.addAttribute("sphereCode", sphereCode);
        model.addAttribute("jsts", jsts.members());
        model.addAttribute("jstNames", jsts.names());
        model.addAttribute("spheres", spheres.all());
        model.addAttribute("drafts", announcements.draftsForCurrentOfficial());
        model.addAttribute("mayAnnounce", isOfficialSomewhere());
        return "competitions/list";
    }

    private boolean isOfficialSomewhere() {
        return announcements.isOfficialAnywhere();
    }

    @GetMapping("/competitions/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        return showPage.render(id, model);
    }

    @GetMapping(value = "/competitions/{id:\\d+}/announcement.pdf")
    ResponseEntity<byte[]> announcementPdf(@PathVariable long id) {
        Competition c = announcements.view(id);
        Locale locale = LocaleContextHolder.getLocale();
        byte[] bytes = pdf
            .render("competitions/announcement-pdf",
                    Map.of("c", c, "jstName", jsts.get(c.getJstId()).name(), "sphereLabels", showPage.sphereLabels(),
                            "fmt", new Formats(), "pdfFooter",
                            messages.getMessage("competitions.pdf.announcementFooter",
                                    new Object[] { c.getId(), site.of("/competitions/" + c.getId()) }, locale)),
                    locale);
        return FileDownloads.pdf(bytes, "konkurs-" + id + ".pdf");
    }

    @GetMapping(value = "/competitions/feed.atom", produces = AtomFeeds.MEDIA_TYPE)
    @ResponseBody
    String feed() {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> names = jsts.names();
        List<FeedEntry> entries = announcements.latestPublished()
            .stream()
            .sorted(Comparator.comparing(Competition::getPublishedAt).reversed())
            .map(c -> new FeedEntry(site.of("/competitions/" + c.getId()), c.getTitle(),
                    messages.getMessage("competitions.feed.summary",
                            new Object[] { names.get(c.getJstId()), new Formats().dateTime(c.getOfferDeadline()) },
                            locale),
                    site.of("/competitions/" + c.getId()), c.getPublishedAt()))
            .collect(Collectors.toCollection(ArrayList::new));
        // Results (and annulments) as entries of their own.
        Formats formats = new Formats();
        for (Competition c : announcements.latestPublished()) {
            if (c.getDecidedAt() != null) {
                List<Decisions.Result> results = decisions.results(c.getId());
                BigDecimal total = results.stream()
                    .map(Decisions.Result::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
                long granted = results.stream().filter(r -> r.amount().signum() > 0).count();
                entries.add(new FeedEntry(site.of("/competitions/" + c.getId() + "#results"),
                        messages.getMessage("competitions.feed.resultTitle", new Object[] { c.getTitle() }, locale),
                        messages.getMessage("competitions.feed.resultSummary",
                                new Object[] { granted, formats.money(total) }, locale),
                        site.of("/competitions/" + c.getId() + "/results.pdf"), c.getDecidedAt()));
            }
            else if (c.getAnnulledAt() != null) {
                entries.add(new FeedEntry(site.of("/competitions/" + c.getId() + "#annulment"),
                        messages.getMessage("competitions.feed.annulledTitle", new Object[] { c.getTitle() }, locale),
                        c.getAnnulmentReason(), site.of("/competitions/" + c.getId()), c.getAnnulledAt()));
            }
        }
        entries.sort(Comparator.comparing(FeedEntry::updated).reversed());
        return AtomFeeds.write(messages.getMessage("competitions.feed.title", null, locale),
                site.of("/competitions/feed.atom"), site.of("/competitions"),
                messages.getMessage("layout.brand", null, locale), entries, clock.instant());
    }

    @GetMapping(value = "/competitions/{id:\\d+}/results.pdf")
    ResponseEntity<byte[]> resultsPdf(@PathVariable long id) {
        Competition c = announcements.view(id);
        if (c.getDecidedAt() == null) {
            throw new NotFound("results of " + id);
        }
        Locale locale = LocaleContextHolder.getLocale();
        byte[] bytes = pdf.render("competitions/results-pdf",
                Map.of("c", c, "jstName", jsts.get(c.getJstId()).name(), "results", decisions.results(id), "fmt",
                        new Formats(), "pdfFooter",
                        messages.getMessage("competitions.resultsPdf.footer", new Object[] { id }, locale)),
                locale);
        return FileDownloads.pdf(bytes, "wyniki-" + id + ".pdf");
    }

    @GetMapping("/competitions/new")
    String newForm(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        CompetitionForm form = CompetitionForm.empty(key -> messages.getMessage(key, null, locale));
        List<JstSummary> mine = officialJsts();
        if (mine.isEmpty()) {
            throw new NotAllowed("not an official");
        }
        if (mine.size() == 1) {
            form.setJstId(mine.get(0).id());
        }
        model.addAttribute("form", form);
        return formPage(model, null);
    }

    @PostMapping("/competitions/new")
    String create(@Valid @ModelAttribute("form") CompetitionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        List<JstSummary> mine = officialJsts();
        if (mine.isEmpty()) {
            throw new NotAllowed("not an official");
        }
        if (form.getJstId() == null || mine.stream().noneMatch(j -> j.id() == form.getJstId())) {
            result.rejectValue("jstId", "competitions.jst.required");
        }
        Announcement a = form.toAnnouncement(result);
        return Outcomes.form(result, redirect, "competitions.draft.created",
                () -> "/competitions/" + announcements.create(form.getJstId(), a), () -> formPage(model, null));
    }

    @GetMapping("/competitions/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        Competition c = announcements.forEdit(id);
        model.addAttribute("form", CompetitionForm.of(c));
        return formPage(model, c);
    }

    @PostMapping("/competitions/{id:\\d+}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") CompetitionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Competition c = announcements.forEdit(id);
        form.setJstId(c.getJstId());
        Announcement a = form.toAnnouncement(result);
        return Outcomes.form(result, redirect, "competitions.draft.saved", () -> announcements.update(id, a),
                "/competitions/" + id, () -> formPage(model, c));
    }

    @PostMapping("/competitions/{id:\\d+}/publish")
    String publish(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return Outcomes.orPage(() -> {
            announcements.publish(id);
            return Outcomes.redirect(redirect, "competitions.published", "/competitions/" + id);
        }, e -> {
            // The rule is about a field of the announcement: the edit form with the error
            // next to it.
            Competition c = announcements.forEdit(id);
            CompetitionForm form = CompetitionForm.of(c);
            BindingResult result = new BeanPropertyBindingResult(form, "form");
            e.addTo(result);
            model.addAttribute("form", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
            return formPage(model, c);
        });
    }

    private String formPage(Model model, Competition c) {
        model.addAttribute("competition", c);
        model.addAttribute("jsts", c == null ? officialJsts() : List.of(jsts.get(c.getJstId())));
        model.addAttribute("spheres", spheres.all());
        model.addAttribute("modes", CompetitionMode.values());
        return "competitions/form";
    }

    private List<JstSummary> officialJsts() {
        return announcements.jstsForOfficial()
            .stream()
            .map(jsts::find)
            .flatMap(Optional::stream)
            .sorted(Comparator.comparing(JstSummary::name))
            .toList();
    }

    /** A number in a list's filter link; anything else is no filter. */
    private static Long parseLong(String s) {
        return s == null || !s.strip().matches("\\d{1,18}") ? null : Long.valueOf(s.strip());
    }

    @Bean
    static PublicPaths competitionPublicPaths() {
        return PublicPaths.get("/competitions", "/competitions/{id:\\d+}", "/competitions/feed.atom",
                "/competitions/{id:\\d+}/announcement.pdf", "/competitions/{id:\\d+}/results.pdf", "/offers/verify");
    }

}
