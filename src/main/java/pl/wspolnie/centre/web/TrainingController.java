package pl.wspolnie.centre.web;

import pl.wspolnie.shared.domain.NotAllowed;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.centre.domain.ApplicationStatus;
import pl.wspolnie.centre.domain.Audience;
import pl.wspolnie.centre.domain.CentreCatalogue;
import pl.wspolnie.centre.domain.QuestionKind;
import pl.wspolnie.centre.domain.RecruitmentMode;
import pl.wspolnie.centre.domain.Training;
import pl.wspolnie.centre.domain.TrainingApplication;
import pl.wspolnie.centre.domain.TrainingKind;
import pl.wspolnie.centre.domain.TrainingNeeds;
import pl.wspolnie.centre.domain.TrainingQuestion;
import pl.wspolnie.centre.domain.Trainings;
import pl.wspolnie.organizations.LegalForm;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.web.PublicPaths;
import pl.wspolnie.shared.web.RenderedFragments;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import pl.wspolnie.shared.web.Flash;
import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Trainings: the public list and page with the application form, and the organiser's
 * pages.
 */
@Controller
class TrainingController {

    static final int PAGE_SIZE = 20;

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    record ApplyForm(Long organizationId, @NotNull Audience audience) {
    }

    record QuestionForm(@NotNull QuestionKind kind,
            @NotBlank @Size(max = 500, message = "{centre.field.tooLong}") String label,
            @Size(max = 2000, message = "{centre.field.tooLong}") String options, Boolean required) {
    }

    /** One row of the organiser's list of applications, with the answers to the form. */
    record Row(TrainingApplication application, String name, String email, String organization, LegalForm legalForm,
            List<Answer> answers) {
    }

    /**
     * An answer as the organiser reads it: the question and the text (yes/no in words,
     * several choices joined).
     */
    record Answer(String question, String text) {
    }

    private final Trainings trainings;

    private final CentreCatalogue catalogue;

    private final Organizations organizations;

    private final Accounts accounts;

    private final Permissions permissions;

    private final PdfDocuments pdfs;

    private final MessageSource messages;

    private final TrainingNeeds needs;

    private final RenderedFragments fragments;

    private final Clock clock;

    TrainingController(Trainings trainings, CentreCatalogue catalogue, Organizations organizations, Accounts accounts,
            Permissions permissions, PdfDocuments pdfs, MessageSource messages, TrainingNeeds needs,
            RenderedFragments fragments, Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.needs = needs;
        this.fragments = fragments;
        this.trainings = trainings;
        this.catalogue = catalogue;
        this.organizations = organizations;
        this.accounts = accounts;
        this.permissions = permissions;
        this.pdfs = pdfs;
    }

    @GetMapping("/centre/trainings")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<Trainings.Row> found = trainings.upcoming(page, PAGE_SIZE);
        model.addAttribute("trainings", found.getContent());
        // the rows are the same for everyone: their HTML is kept under the rows
        // themselves
        model.addAttribute("trainingsTable", found.isEmpty() ? "" : fragments.render("centre/trainings-table", "table",
                Map.of("trainings", found.getContent()), found.getContent()));
        model.addAttribute("page", found.getNumber());
        model.addAttribute("totalPages", found.getTotalPages());
        return "centre/trainings";
    }

    @GetMapping("/centre/trainings/needs")
    String needs(Model model) {
        model.addAttribute("needs", needs.overview());
        return "centre/needs";
    }

    /**
     * All trainings of one need tag, upcoming first, 20 a page; an unknown tag shows an
     * empty list.
     */
    @GetMapping("/centre/trainings/needs/{tag}")
    String need(@PathVariable String tag, @RequestParam(defaultValue = "0") int page, Model model) {
        TrainingNeeds.TagPage found = needs.ofTag(tag, page, PAGE_SIZE);
        model.addAttribute("tag", found.tag() == null ? tag : found.tag());
        model.addAttribute("key", tag);
        model.addAttribute("trainings", found.trainings().getContent());
        model.addAttribute("total", found.trainings().getTotalElements());
        model.addAttribute("page", found.trainings().getNumber());
        model.addAttribute("totalPages", found.trainings().getTotalPages());
        return "centre/needs-tag";
    }

    @GetMapping("/centre/trainings/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("applyForm", new ApplyForm(null, null));
        return page(id, model, new LinkedMultiValueMap<>());
    }

    private String page(long id, Model model, MultiValueMap<String, String> given) {
        Training training = trainings.get(id);
        model.addAttribute("training", training);
        model.addAttribute("centre", catalogue.get(training.getCentreId()));
        model.addAttribute("questions", trainings.questions(id));
        model.addAttribute("given", given);
        model.addAttribute("mine", trainings.mine(id).orElse(null));
        model.addAttribute("staff", trainings.isStaff(training));
        model.addAttribute("ended", training.hasEnded(clock.instant()));
        model.addAttribute("audiences", training.audienceSet().isEmpty() ? Arrays.asList(Audience.values())
                : List.copyOf(training.audienceSet()));
        model.addAttribute("myOrganizations",
                permissions.currentUser()
                    .map(u -> organizations.findAll(organizations.representedBy(u.userId()))
                        .values()
                        .stream()
                        .sorted(Comparator.comparing(OrganizationSummary::name))
                        .toList())
                    .orElse(List.of()));
        return "centre/training";
    }

    @PostMapping("/centre/trainings/{id:\\d+}/apply")
    String apply(@PathVariable long id, @Valid @ModelAttribute("applyForm") ApplyForm form, BindingResult result,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        permissions.requireUser();
        if (!result.hasErrors()) {
            Map<Long, List<String>> answers = new HashMap<>();
            params.forEach((key, values) -> {
                if (key.matches("q\\d{1,18}")) {
                    answers.put(Long.parseLong(key.substring(1)), values);
                }
            });
            try {
                ApplicationStatus status = trainings.apply(id, form.organizationId(), form.audience(), answers);
                redirect.addFlashAttribute("notice", "centre.application.sent." + status);
                return "redirect:/centre/trainings/" + id;
            }
            catch (RuleViolation e) {
                e.addTo(result);
                model.addAttribute("applyError", e.messageKey());
            }
        }
        response.setStatus(422);
        return page(id, model, params);
    }

    @PostMapping("/centre/trainings/{id:\\d+}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        try {
            trainings.cancelMine(id);
            redirect.addFlashAttribute("notice", "centre.application.cancelled");
        }
        catch (RuleViolation e) {
            Flash.warning(redirect, e);
        }
        return "redirect:/centre/trainings/" + id;
    }

    @GetMapping("/centre/{centreId:\\d+}/trainings/new")
    String newForm(@PathVariable long centreId, Model model) {
        var centre = catalogue.get(centreId);
        if (!trainingsStaff(centreId)) {
            throw new NotAllowed("not staff");
        }
        model.addAttribute("form", new TrainingForm());
        model.addAttribute("centre", centre);
        model.addAttribute("formAction", "/centre/" + centreId + "/trainings/new");
        return trainingForm(model);
    }

    private boolean trainingsStaff(long centreId) {
        permissions.requireUser();
        return catalogue.isStaff(centreId);
    }

    @PostMapping("/centre/{centreId:\\d+}/trainings/new")
    String create(@PathVariable long centreId, @Valid @ModelAttribute("form") TrainingForm form, BindingResult result,
            Model model) {
        model.addAttribute("centre", catalogue.get(centreId));
        model.addAttribute("formAction", "/centre/" + centreId + "/trainings/new");
        if (!trainingsStaff(centreId)) {
            throw new NotAllowed("not staff");
        }
        if (!result.hasErrors()) {
            try {
                long id = trainings.create(centreId, form.details());
                return "redirect:/centre/trainings/" + id + "/manage";
            }
            catch (RuleViolation e) {
                e.addTo(result);
            }
        }
        return trainingForm(model);
    }

    private String trainingForm(Model model) {
        model.addAttribute("kinds", TrainingKind.values());
        model.addAttribute("modes", RecruitmentMode.values());
        model.addAttribute("allAudiences", Audience.values());
        return "centre/training-form";
    }

    @GetMapping("/centre/trainings/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        Training training = trainings.get(id);
        requireStaff(training);
        model.addAttribute("form", TrainingForm.of(training));
        return editPage(training, model);
    }

    private void requireStaff(Training training) {
        permissions.requireUser();
        if (!trainings.isStaff(training)) {
            throw new NotAllowed("not staff");
        }
    }

    private String editPage(Training training, Model model) {
        model.addAttribute("centre", catalogue.get(training.getCentreId()));
        model.addAttribute("training", training);
        model.addAttribute("formAction", "/centre/trainings/" + training.getId() + "/edit");
        return trainingForm(model);
    }

    @PostMapping("/centre/trainings/{id:\\d+}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") TrainingForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Training training = trainings.get(id);
        requireStaff(training);
        if (!result.hasErrors()) {
            try {
                trainings.update(id, form.details());
                redirect.addFlashAttribute("notice", "centre.training.updated");
                return "redirect:/centre/trainings/" + id + "/manage";
            }
            catch (RuleViolation e) {
                e.addTo(result);
            }
        }
        return editPage(training, model);
    }

    record WithdrawForm(@Size(max = 2000, message = "{centre.field.tooLong}") String reason) {
    }

    /** Staff cancel the whole training (with a reason); applicants are told by e-mail. */
    @PostMapping("/centre/trainings/{id:\\d+}/withdraw")
    String withdraw(@PathVariable long id, @Valid @ModelAttribute WithdrawForm form, BindingResult result,
            RedirectAttributes redirect) {
        Training training = trainings.get(id);
        requireStaff(training);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("warning", "centre.field.tooLong");
        }
        else {
            try {
                trainings.cancelTraining(id, form.reason());
                redirect.addFlashAttribute("notice", "centre.training.cancelledNotice");
            }
            catch (RuleViolation e) {
                Flash.warning(redirect, e);
            }
        }
        return "redirect:/centre/trainings/" + id + "/manage";
    }

    @PostMapping("/centre/trainings/{id:\\d+}/questions/{questionId:\\d+}/delete")
    String removeQuestion(@PathVariable long id, @PathVariable long questionId, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            trainings.removeQuestion(id, questionId);
        }
        catch (Trainings.QuestionInUse e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("warning", "centre.question.inUse");
            model.addAttribute("questionForm", new QuestionForm(QuestionKind.TEXT, "", "", Boolean.FALSE));
            return managePage(id, model);
        }
        redirect.addFlashAttribute("notice", "centre.question.removed");
        return "redirect:/centre/trainings/" + id + "/manage";
    }

    @GetMapping("/centre/trainings/{id:\\d+}/manage")
    String manage(@PathVariable long id, Model model) {
        model.addAttribute("questionForm", new QuestionForm(QuestionKind.TEXT, "", "", Boolean.FALSE));
        return managePage(id, model);
    }

    private String managePage(long id, Model model) {
        Training training = trainings.get(id);
        List<TrainingApplication> all = trainings.applicationsWithAnswers(id);
        List<TrainingQuestion> form = trainings.questions(id);
        Map<Long, AccountSummary> people = accounts.findAll(all.stream().map(TrainingApplication::getUserId).toList());
        Map<Long, OrganizationSummary> orgs = organizations.findAll(new HashSet<>(
                all.stream().map(TrainingApplication::getOrganizationId).filter(Objects::nonNull).toList()));
        List<Row> rows = new ArrayList<>();
        Map<Audience, Long> byAudience = new EnumMap<>(Audience.class);
        Map<LegalForm, Long> byForm = new EnumMap<>(LegalForm.class);
        Set<Long> orgsAccepted = new HashSet<>();
        for (TrainingApplication a : all) {
            AccountSummary person = people.get(a.getUserId());
            OrganizationSummary org = a.getOrganizationId() == null ? null : orgs.get(a.getOrganizationId());
            rows.add(new Row(a, person == null ? "" : person.displayName(), person == null ? "" : person.email(),
                    org == null ? "" : org.name(), org == null ? null : org.legalForm(), answers(form, a)));
            if (a.getStatus() == ApplicationStatus.ACCEPTED) {
                byAudience.merge(a.getAudience(), 1L, Long::sum);
                if (org != null && orgsAccepted.add(org.id())) {
                    byForm.merge(org.legalForm(), 1L, Long::sum);
                }
            }
        }
        model.addAttribute("training", training);
        model.addAttribute("questions", form);
        model.addAttribute("rows", rows);
        model.addAttribute("started", training.hasStarted(clock.instant()));
        model.addAttribute("ended", training.hasEnded(clock.instant()));
        model.addAttribute("startText", when(training));
        model.addAttribute("byAudience", byAudience);
        model.addAttribute("byForm", byForm);
        model.addAttribute("kinds", QuestionKind.values());
        return "centre/manage";
    }

    /** The person's answers in the order of the form, unanswered questions left out. */
    private List<Answer> answers(List<TrainingQuestion> form, TrainingApplication application) {
        List<Answer> answers = new ArrayList<>();
        for (TrainingQuestion q : form) {
            String given = application.getAnswers().get(q.getId());
            if (given == null || given.isBlank()) {
                continue;
            }
            String text = switch (q.getKind()) {
                case YES_NO -> messages.getMessage("true".equals(given) ? "common.yes" : "common.no", null,
                        LocaleContextHolder.getLocale());
                case MULTIPLE_CHOICE -> String.join(", ", given.lines().toList());
                default -> given;
            };
            answers.add(new Answer(q.getLabel(), text));
        }
        return answers;
    }

    @PostMapping("/centre/trainings/{id:\\d+}/questions")
    String addQuestion(@PathVariable long id, @Valid @ModelAttribute("questionForm") QuestionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        trainings.applicationsFor(id); // staff only
        if (!result.hasErrors()) {
            try {
                List<String> options = form.options() == null ? List.of()
                        : form.options().lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
                trainings.addQuestion(id, form.kind(), form.label(), options, Boolean.TRUE.equals(form.required()));
                redirect.addFlashAttribute("notice", "centre.question.added");
                return "redirect:/centre/trainings/" + id + "/manage";
            }
            catch (RuleViolation e) {
                e.addTo(result);
            }
        }
        return managePage(id, model);
    }

    @PostMapping("/centre/trainings/{id:\\d+}/applications/{applicationId:\\d+}/{decision:accept|reject}")
    String decide(@PathVariable long id, @PathVariable long applicationId, @PathVariable String decision, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            trainings.decide(id, applicationId, "accept".equals(decision));
            redirect.addFlashAttribute("notice", "centre.application.decided");
        }
        catch (RuleViolation e) {
            Flash.warning(redirect, e);
        }
        catch (Trainings.TrainingClosed e) {
            return closed(id, model, response);
        }
        return "redirect:/centre/trainings/" + id + "/manage";
    }

    @PostMapping("/centre/trainings/{id:\\d+}/attendance")
    String attendance(@PathVariable long id, @RequestParam(name = "present", required = false) List<Long> present,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            trainings.recordAttendance(id, present == null ? List.of() : present);
        }
        catch (Trainings.TrainingClosed e) {
            return closed(id, model, response);
        }
        catch (RuleViolation e) {
            Flash.warning(redirect, e);
            return "redirect:/centre/trainings/" + id + "/manage";
        }
        redirect.addFlashAttribute("notice", "centre.attendance.saved");
        return "redirect:/centre/trainings/" + id + "/manage";
    }

    /**
     * A crafted POST on a cancelled training: 409 and the manage page with the message;
     * nothing changed.
     */
    private String closed(long id, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("warning", "centre.training.closed");
        model.addAttribute("questionForm", new QuestionForm(QuestionKind.TEXT, "", "", Boolean.FALSE));
        return managePage(id, model);
    }

    @GetMapping("/centre/trainings/{id:\\d+}/attendance")
    String attendanceList(@PathVariable long id, Model model) {
        model.addAllAttributes(attendanceModel(id));
        return "centre/attendance";
    }

    @GetMapping("/centre/trainings/{id:\\d+}/attendance.pdf")
    ResponseEntity<byte[]> attendancePdf(@PathVariable long id, Locale locale) {
        return pdf(pdfs.render("centre/pdf/attendance", attendanceModel(id), locale), "lista-obecnosci-" + id + ".pdf");
    }

    private Map<String, Object> attendanceModel(long id) {
        Training training = trainings.get(id);
        List<TrainingApplication> accepted = trainings.applicationsFor(id)
            .stream()
            .filter(a -> a.getStatus() == ApplicationStatus.ACCEPTED)
            .toList();
        Map<Long, AccountSummary> people = accounts
            .findAll(accepted.stream().map(TrainingApplication::getUserId).toList());
        Map<Long, OrganizationSummary> orgs = organizations.findAll(new HashSet<>(
                accepted.stream().map(TrainingApplication::getOrganizationId).filter(Objects::nonNull).toList()));
        List<Row> rows = accepted.stream()
            .map(a -> new Row(a, people.containsKey(a.getUserId()) ? people.get(a.getUserId()).displayName() : "", "",
                    a.getOrganizationId() != null && orgs.containsKey(a.getOrganizationId())
                            ? orgs.get(a.getOrganizationId()).name() : "",
                    null, List.of()))
            .sorted(Comparator.comparing(Row::name, Collator.getInstance(POLISH)))
            .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("training", training);
        model.put("rows", rows);
        model.put("dateText", when(training));
        model.put("pdfFooter", training.getTitle());
        return model;
    }

    static String when(Training t) {
        var start = t.getStartsAt().atZone(ClockConfig.WARSAW);
        var end = t.getEndsAt().atZone(ClockConfig.WARSAW);
        return start.toLocalDate().equals(end.toLocalDate())
                ? DATE.format(start) + ", " + TIME.format(start) + "–" + TIME.format(end)
                : DATE.format(start) + " " + TIME.format(start) + " – " + DATE.format(end) + " " + TIME.format(end);
    }

    @GetMapping("/centre/trainings/{id:\\d+}/certificate.pdf")
    ResponseEntity<byte[]> myCertificate(@PathVariable long id, Locale locale) {
        return certificate(id, null, locale);
    }

    @GetMapping("/centre/trainings/{id:\\d+}/applications/{applicationId:\\d+}/certificate.pdf")
    ResponseEntity<byte[]> certificateOf(@PathVariable long id, @PathVariable long applicationId, Locale locale) {
        return certificate(id, applicationId, locale);
    }

    private ResponseEntity<byte[]> certificate(long id, Long applicationId, Locale locale) {
        TrainingApplication application;
        try {
            application = trainings.certificateOf(id, applicationId);
        }
        catch (RuleViolation e) {
            return conflict(e.messageKey(), e.args(), locale);
        }
        catch (Trainings.TrainingClosed e) {
            return conflict("centre.training.closed", null, locale);
        }
        Training training = trainings.get(id);
        String name = accounts.find(application.getUserId()).map(AccountSummary::displayName).orElse("");
        var centre = catalogue.get(training.getCentreId());
        long minutes = Duration.between(training.getStartsAt(), training.getEndsAt()).toMinutes();
        Map<String, Object> model = new TreeMap<>();
        model.put("training", training);
        model.put("participant", name);
        model.put("centre", centre);
        model.put("dateText", when(training));
        model.put("hours", minutes / 60 + (minutes % 60 == 0 ? "" : String.format(",%02d", minutes % 60 * 100 / 60)));
        model.put("pdfFooter", centre.getName() + " · " + training.getTitle());
        return pdf(pdfs.render("centre/pdf/certificate", model, locale), "zaswiadczenie-" + id + ".pdf");
    }

    /** 409 with the message as plain text (a certificate that cannot be issued). */
    private ResponseEntity<byte[]> conflict(String messageKey, Object[] args, Locale locale) {
        return ResponseEntity.status(409)
            .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
            .body(messages.getMessage(messageKey, args, messageKey, locale).getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String fileName) {
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName).build().toString())
            .body(bytes);
    }

    @Bean
    static PublicPaths trainingPublicPaths() {
        return PublicPaths.get("/centre/trainings/needs", "/centre/trainings/needs/{tag}");
    }

}
