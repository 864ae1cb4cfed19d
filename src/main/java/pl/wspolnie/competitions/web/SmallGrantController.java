package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.competitions.domain.announcement.CompetitionSpheres;
import pl.wspolnie.competitions.domain.offer.OfferRules;
import pl.wspolnie.competitions.domain.offer.OfferSection;
import pl.wspolnie.competitions.domain.smallgrant.CapKind;
import pl.wspolnie.competitions.domain.smallgrant.SmallGrant;
import pl.wspolnie.competitions.domain.smallgrant.SmallGrantCaps;
import pl.wspolnie.competitions.domain.smallgrant.SmallGrantForm;
import pl.wspolnie.competitions.domain.smallgrant.SmallGrantOffers;
import pl.wspolnie.competitions.domain.smallgrant.SmallGrantStatus;
import pl.wspolnie.competitions.domain.smallgrant.SmallGrants;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.export.ExportFormat;
import pl.wspolnie.shared.export.Table;
import pl.wspolnie.shared.export.TableExport;
import pl.wspolnie.shared.feed.AtomFeeds;
import pl.wspolnie.shared.feed.FeedEntry;
import pl.wspolnie.shared.text.Formats;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.Flash;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;
import pl.wspolnie.shared.web.SiteAddress;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Small grants outside competitions (art. 19a): the simplified offer of an NGO, the
 * public page of a JST's small grants with remarks, the official's judgement, answers and
 * decision, the limits in force, the register and its exports, the Atom feed.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SmallGrantController {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private final SmallGrantOffers offers;

    private final SmallGrants grants;

    private final SmallGrantCaps caps;

    private final Jsts jsts;

    private final CompetitionSpheres spheres;

    private final MessageSource messages;

    private final Clock clock;

    private final SiteAddress site;

    /** A JST's small grants: published for remarks and decided (public). */
    @GetMapping("/small-grants")
    String index(@RequestParam(required = false) Long jst, Model model) {
        List<JstSummary> members = jsts.members();
        JstSummary chosen = members.stream()
            .filter(j -> jst != null && j.id() == jst)
            .findFirst()
            .orElse(members.isEmpty() ? null : members.get(0));
        model.addAttribute("members", members);
        model.addAttribute("jst", chosen);
        List<SmallGrant> list = chosen == null ? List.of() : grants.ofJst(chosen.id());
        model.addAttribute("grants", list);
        model.addAttribute("titles", grants.offersOf(list));
        model.addAttribute("orgs", grants.organizationsOf(list));
        model.addAttribute("today", today());
        model.addAttribute("year", today().getYear());
        return "competitions/small-grants";
    }

    /** Starting a simplified offer: the organisation, the JST and the task's title. */
    @GetMapping("/small-grants/new")
    String startForm(Model model) {
        model.addAttribute("orgs", offers.representedByCurrentUser());
        model.addAttribute("members", jsts.members());
        model.addAttribute("mine", offers.mine());
        return "competitions/small-grant-new";
    }

    @PostMapping("/small-grants/offers")
    String start(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) Long jstId,
            @RequestParam(defaultValue = "") String title, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return Outcomes.orPage(() -> {
            if (organizationId == null) {
                throw new RuleViolation("organizationId", "competitions.offer.lead.required");
            }
            long id = offers.startDraft(jstId == null ? -1 : jstId, organizationId,
                    title.length() > 300 ? title.substring(0, 300) : title);
            return Outcomes.redirect(redirect, "competitions.offer.started", "/small-grants/offers/" + id);
        }, e -> {
            response.setStatus(422);
            model.addAttribute("startError", e.messageKey());
            model.addAttribute("startErrorField", e.field());
            model.addAttribute("typedTitle", title);
            return startForm(model);
        });
    }

    /**
     * The offer: its form while a draft (the organisation's representatives only), its
     * page with the procedure once submitted.
     */
    @GetMapping("/small-grants/offers/{id:\\d+}")
    String open(@PathVariable long id, Model model) {
        if (grants.isSubmitted(id)) {
            model.addAttribute("v", grants.view(id));
            return "competitions/small-grant";
        }
        SmallGrantOffers.Workspace w = offers.open(id);
        SmallGrantForm form = w.form();
        form.withBlankRows();
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        OfferRules.Check check = offers.check(w.offer(), form, false);
        check.problems().forEach(p -> p.addTo(result));
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        return formPage(model, w, check.computed());
    }

    @PostMapping("/small-grants/offers/{id:\\d+}")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") SmallGrantForm form, BindingResult result,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        SmallGrantOffers.Workspace w = offers.open(id);
        w.offer().requireDraft();
        if (result.hasErrors()) {
            response.setStatus(422);
            return formPage(model, w, offers.check(w.offer(), form, false).computed());
        }
        SmallGrantOffers.Outcome outcome = "submit".equals(action) ? offers.submit(id, form)
                : offers.saveDraft(id, form);
        if (outcome.version() != null) {
            redirect.addFlashAttribute("notice", "competitions.offer.submitted");
            return "redirect:/small-grants/offers/" + id;
        }
        outcome.check().problems().forEach(p -> p.addTo(result));
        if ("submit".equals(action)) {
            response.setStatus(422);
        }
        model.addAttribute("notice",
                "submit".equals(action) ? "competitions.offer.notSubmitted" : "competitions.offer.saved");
        return formPage(model, offers.open(id), outcome.check().computed());
    }

    @GetMapping("/small-grants/offers/{id:\\d+}/versions/{number:\\d+}.pdf")
    ResponseEntity<byte[]> versionPdf(@PathVariable long id, @PathVariable int number) {
        byte[] pdf = offers.versionPdf(id, number, LocaleContextHolder.getLocale());
        return FileDownloads.pdf(pdf, "maly-grant-" + id + "-v" + number + ".pdf");
    }

    @PostMapping("/small-grants/offers/{id:\\d+}/judge")
    String judge(@PathVariable long id, @RequestParam(defaultValue = "") String purposeful,
            @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(id, "smallgrants.judged", () -> grants.judge(id, "true".equals(purposeful), reason), reason,
                "judgeReason", model, redirect, response);
    }

    @PostMapping("/small-grants/offers/{id:\\d+}/remarks")
    String remark(@PathVariable long id, @RequestParam(defaultValue = "") String text, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return step(id, "smallgrants.remarked", () -> grants.remark(id, text), text, "remarkText", model, redirect,
                response);
    }

    @PostMapping("/small-grants/offers/{id:\\d+}/remarks/{remarkId:\\d+}/answer")
    String answer(@PathVariable long id, @PathVariable long remarkId, @RequestParam(defaultValue = "") String answer,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return step(id, "smallgrants.answered", () -> grants.answer(remarkId, answer), answer, "answerText", model,
                redirect, response);
    }

    @PostMapping("/small-grants/offers/{id:\\d+}/decide")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String award,
            @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(id, "smallgrants.decided", () -> grants.decide(id, "true".equals(award), reason), reason,
                "decideReason", model, redirect, response);
    }

    /**
     * A step on the offer's page: a redirect with the notice; a refusal of its text field
     * shows the page again (422) with the typed text and the error; any other refusal
     * (too early, a remark unanswered, a limit) is answered 409 with its reason on the
     * page.
     */
    private String step(long id, String notice, Runnable action, String typed, String formName, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return Outcomes.orPage(() -> {
            action.run();
            return Outcomes.redirect(redirect, notice, "/small-grants/offers/" + id);
        }, e -> {
            response.setStatus(e.field() == null ? HttpServletResponse.SC_CONFLICT : 422);
            model.addAttribute("v", grants.view(id));
            if (e.field() == null) {
                Flash.warning(model, e);
            }
            model.addAttribute("problem", e);
            model.addAttribute("problemForm", formName);
            model.addAttribute("typed", typed);
            return "competitions/small-grant";
        });
    }

    /**
     * The limits of art. 19a in force and their history (officials and administrators).
     */
    @GetMapping("/small-grants/limits")
    String limits(Model model) {
        model.addAttribute("caps", caps.all());
        model.addAttribute("inForce", caps.limitsOn(today()));
        model.addAttribute("mayAdd", caps.mayAdd());
        model.addAttribute("currentYear", today().getYear());
        model.addAttribute("kinds", Arrays.asList(CapKind.values()));
        model.addAttribute("officialJsts", jsts.members().stream().filter(j -> grants.isOfficialOf(j.id())).toList());
        return "competitions/small-grant-limits";
    }

    @PostMapping("/small-grants/limits")
    String addLimit(@RequestParam(required = false) CapKind kind, @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String validFrom, @RequestParam(defaultValue = "") String source,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return Outcomes.orPage(() -> {
            caps.add(kind, value, FormInput.date(validFrom, "validFrom", "smallgrants.cap.validFrom.required"), source);
            return Outcomes.redirect(redirect, "smallgrants.cap.added", "/small-grants/limits");
        }, e -> limitsWithError(model, response, e, kind, value, validFrom, source));
    }

    private String limitsWithError(Model model, HttpServletResponse response, RuleViolation e, CapKind kind,
            String value, String validFrom, String source) {
        response.setStatus(422);
        model.addAttribute("capProblems", e.all());
        model.addAttribute("typedKind", kind);
        model.addAttribute("typedValue", value);
        model.addAttribute("typedValidFrom", validFrom);
        model.addAttribute("typedSource", source);
        return limits(model);
    }

    @PostMapping("/small-grants/funds")
    String recordFunds(@RequestParam long jstId, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String amount, RedirectAttributes redirect) {
        return Outcomes.step(redirect, "/small-grants/limits", "smallgrants.funds.recorded",
                () -> caps.recordYearFunds(jstId, year, amount));
    }

    /** The register of a JST's small grants in a year (public). */
    @GetMapping("/small-grants/register")
    String register(@RequestParam(required = false) Long jst, @RequestParam(required = false) Integer year,
            Model model) {
        JstSummary chosen = chosenJst(jst);
        int y = year == null ? today().getYear() : year;
        model.addAttribute("members", jsts.members());
        model.addAttribute("jst", chosen);
        model.addAttribute("year", y);
        model.addAttribute("rows", chosen == null ? List.of() : grants.register(chosen.id(), y));
        return "competitions/small-grant-register";
    }

    @GetMapping("/small-grants/register.{format:[a-z]+}")
    void registerExport(@PathVariable String format, @RequestParam long jst, @RequestParam int year,
            HttpServletResponse response) throws IOException {
        ExportFormat f = ExportFormat.fromExtension(format).orElseThrow(() -> new NotFound("format " + format));
        JstSummary chosen = chosenJst(jst);
        if (chosen == null || chosen.id() != jst) {
            throw new NotFound("jst " + jst);
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = List
            .of("smallgrants.register.organisation", "smallgrants.register.task", "smallgrants.register.amount",
                    "smallgrants.register.from", "smallgrants.register.to", "smallgrants.register.offerDate",
                    "smallgrants.register.stage")
            .stream()
            .map(k -> messages.getMessage(k, null, locale))
            .toList();
        List<List<Object>> rows = new ArrayList<>();
        for (SmallGrants.RegisterRow r : grants.register(jst, year)) {
            String stage = r.toReturn() != null
                    ? messages.getMessage("smallgrants.register.stage.settled",
                            new Object[] { new Formats().money(r.toReturn()) }, locale)
                    : messages.getMessage("smallgrants.register.stage." + r.stage(), null, locale);
            rows.add(List.of(r.organization(), r.task(), r.amount(), r.from(), r.to(), r.offerDate(), stage));
        }
        Table table = new Table(messages.getMessage("smallgrants.register.sheet", null, locale), headers, rows);
        response.setContentType(f.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"male-granty-" + jst + "-" + year + "." + f.extension() + "\"");
        TableExport.write(table, f, response.getOutputStream());
    }

    /** Every published small-grant offer (public, newest first). */
    @GetMapping(value = "/small-grants/feed.atom", produces = AtomFeeds.MEDIA_TYPE)
    @ResponseBody
    String feed() {
        Locale locale = LocaleContextHolder.getLocale();
        Formats fmt = new Formats();
        List<FeedEntry> entries = new ArrayList<>();
        for (SmallGrants.Published p : grants.published()) {
            String url = site.of("/small-grants/offers/" + p.offerId());
            entries.add(new FeedEntry(
                    url, p.title(), messages.getMessage("smallgrants.feed.summary", new Object[] { p.jstName(),
                            p.organisation(), fmt.money(p.amount()), fmt.date(p.remarksUntil()) }, locale),
                    url, p.publishedAt()));
        }
        return AtomFeeds.write(messages.getMessage("smallgrants.feed.title", null, locale),
                site.of("/small-grants/feed.atom"), site.of("/small-grants"),
                messages.getMessage("layout.brand", null, locale), entries, clock.instant());
    }

    private JstSummary chosenJst(Long jst) {
        List<JstSummary> members = jsts.members();
        return members.stream()
            .filter(j -> jst != null && j.id() == jst)
            .findFirst()
            .orElse(jst == null && !members.isEmpty() ? members.get(0) : null);
    }

    private String formPage(Model model, SmallGrantOffers.Workspace w, OfferRules.Computed computed) {
        model.addAttribute("w", w);
        model.addAttribute("offer", w.offer());
        model.addAttribute("computed", computed);
        model.addAttribute("versions", w.versions());
        model.addAttribute("spheres", spheres.all());
        model.addAttribute("unlocked", Arrays.stream(OfferSection.values()).map(Enum::name).toList());
        return "competitions/small-grant-offer";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WARSAW);
    }

    @Bean
    static PublicPaths smallGrantPublicPaths() {
        return PublicPaths.get("/small-grants", "/small-grants/offers/{id:\\d+}",
                "/small-grants/offers/{id:\\d+}/versions/{number:\\d+}.pdf", "/small-grants/register",
                "/small-grants/register.{format:[a-z]+}", "/small-grants/feed.atom");
    }

}
