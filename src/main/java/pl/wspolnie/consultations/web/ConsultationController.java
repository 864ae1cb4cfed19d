package pl.wspolnie.consultations.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.domain.NotAllowed;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.consultations.ConsultationOpinion;
import pl.wspolnie.consultations.ConsultationOpinionSource;
import pl.wspolnie.consultations.domain.Consultation;
import pl.wspolnie.consultations.domain.ConsultationStatus;
import pl.wspolnie.consultations.domain.ConsultationWorkflow;
import pl.wspolnie.consultations.domain.DraftItem;
import pl.wspolnie.consultations.domain.Participation;
import pl.wspolnie.consultations.domain.ParticipationForm;
import pl.wspolnie.consultations.domain.Remark;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.feed.AtomFeeds;
import pl.wspolnie.shared.feed.FeedEntry;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.web.PublicPaths;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import pl.wspolnie.consultations.domain.AttachmentInfo;
import pl.wspolnie.consultations.domain.ConsultationAttachments;
import pl.wspolnie.consultations.domain.ConsultationSurvey;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.SiteAddress;

/**
 * The public list, feed and page of consultations, and the official's form to publish
 * one.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ConsultationController {

    static final int PAGE_SIZE = 20;

    private final ConsultationWorkflow workflow;

    private final Jsts jsts;

    private final SphereOptions spheres;

    private final Permissions permissions;

    private final ObjectProvider<ConsultationOpinionSource> opinionSources;

    private final Clock clock;

    private final SiteAddress site;

    private final MessageSource messages;

    private final RemarkMarkup remarkMarkup;

    private final ConsultationAttachments attachments;

    private final ConsultationSurvey survey;

    @Bean
    static PublicPaths consultationPublicPaths() {
        return PublicPaths.get("/consultations", "/consultations/feed.atom", "/consultations/{id:\\d+}",
                "/consultations/{id:\\d+}/report", "/consultations/{id:\\d+}/report.pdf",
                "/consultations/{id:\\d+}/versions/{v:\\d+}");
    }

    @GetMapping("/consultations")
    String list(@RequestParam(name = "jst", required = false) String jst,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "page", required = false) String page, Model model) {
        long jstId = parseLong(jst, 0);
        String effectiveStatus = status != null
                && Arrays.stream(ConsultationStatus.values()).anyMatch(s -> s.name().equals(status)) ? status : "ALL";
        int pageNo = (int) Math.min(Math.max(parseLong(page, 0), 0), 10_000);
        Page<ConsultationWorkflow.Row> result = workflow.search(jstId, effectiveStatus, pageNo, PAGE_SIZE);
        Map<Long, String> jstNames = jsts.names();
        model.addAttribute("rows", result.getContent());
        model.addAttribute("total", result.getTotalElements());
        model.addAttribute("page", pageNo);
        model.addAttribute("totalPages", result.getTotalPages());
        model.addAttribute("jsts", jsts.members());
        model.addAttribute("jstNames", jstNames);
        model.addAttribute("jst", jstId);
        model.addAttribute("status", effectiveStatus);
        model.addAttribute("statuses", ConsultationStatus.values());
        model.addAttribute("mayPublish", !workflow.jstsOfOfficial().isEmpty());
        return "consultations/list";
    }

    private static long parseLong(String value, long fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Long.parseLong(value.strip());
        }
        catch (NumberFormatException e) {
            return fallback;
        }
    }

    @GetMapping(value = "/consultations/feed.atom")
    ResponseEntity<String> feed() {
        List<FeedEntry> entries = new ArrayList<>();
        for (Consultation c : workflow.latest(50)) {
            String url = site.of("/consultations/" + c.getId());
            // a consultation closed with its report is an update of its entry
            boolean closed = c.getClosedAt() != null;
            String summary = closed ? messages.getMessage("consultations.feed.closed",
                    new Object[] { c.getLegalBasis() }, Locale.forLanguageTag("pl")) : c.getLegalBasis();
            entries.add(new FeedEntry(url, c.getSubject(), summary, url, closed ? c.getClosedAt() : c.getCreatedAt(),
                    "Wspólnie — " + jsts.find(c.getJstId()).map(j -> j.name()).orElse("")));
        }
        String xml = AtomFeeds.write("Wspólnie — konsultacje", site.of("/consultations/feed.atom"),
                site.of("/consultations"), "Wspólnie", entries, clock.instant());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(AtomFeeds.MEDIA_TYPE)).body(xml);
    }

    @GetMapping("/consultations/new")
    String newForm(@RequestParam(name = "jst", required = false) Long jst, Model model) {
        List<Long> allowed = new ArrayList<>(workflow.jstsOfOfficial());
        if (allowed.isEmpty()) {
            permissions.requireUser();
            throw new NotAllowed("not an official");
        }
        model.addAttribute("form",
                ConsultationForm.empty(jst != null && allowed.contains(jst) ? jst : allowed.get(0), workflow.today()));
        return formPage(model);
    }

    @PostMapping("/consultations/new")
    String publish(@Valid @ModelAttribute("form") ConsultationForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        FormInput.requireBound(result);
        if (form.jstId() != null) {
            workflow.requireOfficial(form.jstId());
        }
        else {
            permissions.requireUser();
        }
        form.checkDates(result);
        return Outcomes.form(result, redirect, "consultations.published", () -> {
            long id = workflow.publish(form.jstId(), form.details(), form.draft());
            Consultation c = workflow.get(id);
            if (workflow.shortPeriod(c)) {
                redirect.addFlashAttribute("shortPeriod", workflow.minimumDays(c.getJstId()));
            }
            return "/consultations/" + id;
        }, () -> formPage(model));
    }

    private String formPage(Model model) {
        List<JstSummary> mine = workflow.jstsOfOfficial().stream().map(jsts::find).flatMap(Optional::stream).toList();
        model.addAttribute("officialJsts", mine);
        model.addAttribute("participations", Participation.values());
        model.addAttribute("participationForms", ParticipationForm.values());
        model.addAttribute("spheres", spheres.all());
        return "consultations/new";
    }

    /**
     * Paragraph id → its label ("§ 3", or "Preamble"), for the reader's own remarks
     * block.
     */
    private Map<Long, String> itemLabels(List<DraftItem> items, Locale locale) {
        Map<Long, String> labels = new HashMap<>();
        String preamble = messages.getMessage("consultations.preamble", null, locale);
        for (DraftItem item : items) {
            labels.put(item.getId(), item.getLabel() != null ? item.getLabel() : preamble);
        }
        return labels;
    }

    /**
     * The draft of one version with the remarks beside each paragraph (version 1, the
     * consulted one, by default).
     */
    @GetMapping("/consultations/{id:\\d+}")
    @SuppressWarnings("unchecked")
    String page(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version, Model model,
            Locale locale, HttpServletRequest request) {
        String contextPath = request.getContextPath();
        Consultation c = workflow.get(id);
        int shown = version == null ? 1 : version;
        if (shown < 1 || shown > c.getCurrentVersion()) {
            throw new NotFound("version " + shown);
        }
        boolean official = permissions.currentUser().isPresent() && workflow.isOfficial(c.getJstId());
        Long me = permissions.currentUser().map(u -> u.userId()).orElse(null);
        boolean seeAll = c.isRemarksPublic() || official;
        List<Remark> mine = me == null ? List.of() : workflow.myRemarks(id);
        ConsultationStatus status = c.status(workflow.today());
        boolean mayTakePart = status == ConsultationStatus.OPEN && workflow.mayTakePart(c);
        String remarkUrl = mayTakePart && shown == 1 ? contextPath + "/consultations/" + id + "/remarks/new?item="
                : null;
        List<DraftItem>[] items = new List[1];
        Supplier<List<DraftItem>> loadItems = () -> {
            if (items[0] == null) {
                items[0] = workflow.items(id, shown);
            }
            return items[0];
        };
        RemarkMarkup.Draft draft;
        if (seeAll || shown != 1) {
            draft = remarkMarkup.all(c, shown, locale, remarkUrl, loadItems, () -> workflow.remarksWithAnswers(id));
        }
        else {
            draft = remarkMarkup.only(loadItems.get(), workflow.remarksWithAnswers(id),
                    mine.stream().map(Remark::getId).collect(Collectors.toSet()), locale, remarkUrl);
        }
        List<ConsultationOpinion> opinions = new ArrayList<>();
        opinionSources.orderedStream().forEach(s -> opinions.addAll(s.opinionsOn(id)));
        model.addAttribute("c", c);
        model.addAttribute("status", status);
        model.addAttribute("jstName", jsts.get(c.getJstId()).name());
        model.addAttribute("shownVersion", shown);
        model.addAttribute("draftHtml", draft.html());
        model.addAttribute("generalHtml", draft.general());
        model.addAttribute("remarkCount", draft.count());
        model.addAttribute("mine", mine);
        model.addAttribute("itemLabels", mine.isEmpty() || shown != 1 ? Map.of() : itemLabels(loadItems.get(), locale));
        model.addAttribute("hiddenRemarks", !seeAll);
        model.addAttribute("official", official);
        model.addAttribute("meId", me);
        model.addAttribute("open", status == ConsultationStatus.OPEN);
        model.addAttribute("mayTakePart", mayTakePart);
        model.addAttribute("loggedIn", me != null);
        model.addAttribute("meetings", workflow.meetings(id));
        model.addAttribute("opinions", opinions);
        model.addAttribute("sphereLabels", spheres.labels(locale));
        model.addAttribute("shortPeriodOfficial",
                official && workflow.shortPeriod(c) ? workflow.minimumDays(c.getJstId()) : null);
        model.addAttribute("zone", ClockConfig.WARSAW);
        model.addAttribute("survey", survey.of(id).orElse(null));
        List<AttachmentInfo> files = attachments.of(id);
        model.addAttribute("draftFiles", files.stream().filter(f -> f.meetingId() == null).toList());
        model.addAttribute("minutesFiles",
                files.stream()
                    .filter(f -> f.meetingId() != null)
                    .collect(Collectors.groupingBy(AttachmentInfo::meetingId)));
        return "consultations/page";
    }

}
