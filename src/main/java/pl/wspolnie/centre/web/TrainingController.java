package pl.wspolnie.centre.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

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
import pl.wspolnie.centre.domain.ApplicationStatus;
import pl.wspolnie.centre.domain.Audience;
import pl.wspolnie.centre.domain.QuestionKind;
import pl.wspolnie.centre.domain.RecruitmentMode;
import pl.wspolnie.centre.domain.TrainingKind;
import pl.wspolnie.centre.domain.TrainingNeeds;
import pl.wspolnie.centre.domain.TrainingPages;
import pl.wspolnie.centre.domain.TrainingPages.AttendancePage;
import pl.wspolnie.centre.domain.TrainingPages.CertificatePage;
import pl.wspolnie.centre.domain.TrainingPages.FormPage;
import pl.wspolnie.centre.domain.TrainingPages.ManagePage;
import pl.wspolnie.centre.domain.TrainingPages.TrainingPage;
import pl.wspolnie.centre.domain.TrainingPlan;
import pl.wspolnie.centre.domain.Trainings;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;
import pl.wspolnie.shared.web.RenderedFragments;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Trainings: the public list and page with the application form, and the organiser's
 * pages.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TrainingController {

    static final int PAGE_SIZE = 20;

    record ApplyForm(Long organizationId, @NotNull Audience audience) {
    }

    record QuestionForm(@NotNull QuestionKind kind,
            @NotBlank @Size(max = 500, message = "{centre.field.tooLong}") String label,
            @Size(max = 2000, message = "{centre.field.tooLong}") String options, Boolean required) {
    }

    private final Trainings trainings;

    private final TrainingPages pages;

    private final Permissions permissions;

    private final PdfDocuments pdfs;

    private final TrainingNeeds needs;

    private final RenderedFragments fragments;

    private final TrainingPlan plan;

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
        TrainingPage page = pages.show(id);
        model.addAttribute("training", page.training());
        model.addAttribute("centre", page.centre());
        model.addAttribute("questions", page.questions());
        model.addAttribute("given", given);
        model.addAttribute("mine", page.mine());
        model.addAttribute("staff", page.staff());
        model.addAttribute("ended", page.ended());
        model.addAttribute("audiences", page.audiences());
        model.addAttribute("myOrganizations", page.myOrganizations());
        return "centre/training";
    }

    @PostMapping("/centre/trainings/{id:\\d+}/apply")
    String apply(@PathVariable long id, @Valid @ModelAttribute("applyForm") ApplyForm form, BindingResult result,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        permissions.requireUser();
        return Outcomes.form(result, () -> {
            Map<Long, List<String>> answers = new HashMap<>();
            params.forEach((key, values) -> {
                if (key.matches("q\\d{1,18}")) {
                    answers.put(Long.parseLong(key.substring(1)), values);
                }
            });
            ApplicationStatus status = trainings.apply(id, form.organizationId(), form.audience(), answers);
            return Outcomes.redirect(redirect, "centre.application.sent." + status, "/centre/trainings/" + id);
        }, () -> {
            if (result.hasGlobalErrors()) {
                // refused with an application of the person's own: the form is not shown
                model.addAttribute("applyError", result.getGlobalError().getCode());
            }
            response.setStatus(422);
            return page(id, model, params);
        });
    }

    @PostMapping("/centre/trainings/{id:\\d+}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        return Outcomes.step(redirect, "/centre/trainings/" + id, "centre.application.cancelled",
                () -> trainings.cancelMine(id));
    }

    /**
     * The new training's form; opened from a planned training (survey results), its title
     * is filled in with the planned topic.
     */
    @GetMapping("/centre/{centreId:\\d+}/trainings/new")
    String newForm(@PathVariable long centreId, @RequestParam(required = false) Long planned, Model model) {
        TrainingForm form = new TrainingForm();
        String page = newPage(centreId, model);
        if (planned != null) {
            form.setTitle(plan.plannedIn(centreId, planned).getTitle());
        }
        model.addAttribute("form", form);
        return page;
    }

    private String newPage(long centreId, Model model) {
        model.addAttribute("centre", pages.newForm(centreId).centre());
        model.addAttribute("formAction", "/centre/" + centreId + "/trainings/new");
        return trainingForm(model);
    }

    @PostMapping("/centre/{centreId:\\d+}/trainings/new")
    String create(@PathVariable long centreId, @Valid @ModelAttribute("form") TrainingForm form, BindingResult result,
            Model model) {
        pages.newForm(centreId);
        return Outcomes.form(result,
                () -> "redirect:/centre/trainings/" + trainings.create(centreId, form.details()) + "/manage",
                () -> newPage(centreId, model));
    }

    private String trainingForm(Model model) {
        model.addAttribute("kinds", TrainingKind.values());
        model.addAttribute("modes", RecruitmentMode.values());
        model.addAttribute("allAudiences", Audience.values());
        return "centre/training-form";
    }

    @GetMapping("/centre/trainings/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        FormPage page = pages.editForm(id);
        model.addAttribute("form", TrainingForm.of(page.training()));
        return editPage(page, model);
    }

    private String editPage(FormPage page, Model model) {
        model.addAttribute("centre", page.centre());
        model.addAttribute("training", page.training());
        model.addAttribute("formAction", "/centre/trainings/" + page.training().getId() + "/edit");
        return trainingForm(model);
    }

    @PostMapping("/centre/trainings/{id:\\d+}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") TrainingForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FormPage page = pages.editForm(id);
        return Outcomes.form(result, redirect, "centre.training.updated", () -> trainings.update(id, form.details()),
                "/centre/trainings/" + id + "/manage", () -> editPage(page, model));
    }

    /** Staff cancel the whole training (with a reason); applicants are told by e-mail. */
    @PostMapping("/centre/trainings/{id:\\d+}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        pages.editForm(id);
        return Outcomes.step(redirect, "/centre/trainings/" + id + "/manage", "centre.training.cancelledNotice",
                () -> trainings.cancelTraining(id, reason), "reason", response, e -> {
                    Outcomes.refusedAt(model, "withdraw-reason", e, reason);
                    return manage(id, model);
                });
    }

    @PostMapping("/centre/trainings/{id:\\d+}/questions/{questionId:\\d+}/delete")
    String removeQuestion(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
        trainings.removeQuestion(id, questionId);
        return Outcomes.redirect(redirect, "centre.question.removed", "/centre/trainings/" + id + "/manage");
    }

    @GetMapping("/centre/trainings/{id:\\d+}/manage")
    String manage(@PathVariable long id, Model model) {
        model.addAttribute("questionForm", new QuestionForm(QuestionKind.TEXT, "", "", Boolean.FALSE));
        return managePage(id, model);
    }

    private String managePage(long id, Model model) {
        ManagePage page = pages.manage(id, LocaleContextHolder.getLocale());
        model.addAttribute("training", page.training());
        model.addAttribute("questions", page.questions());
        model.addAttribute("rows", page.rows());
        model.addAttribute("started", page.started());
        model.addAttribute("ended", page.ended());
        model.addAttribute("startText", page.startText());
        model.addAttribute("byAudience", page.byAudience());
        model.addAttribute("byForm", page.byForm());
        model.addAttribute("kinds", QuestionKind.values());
        return "centre/manage";
    }

    @PostMapping("/centre/trainings/{id:\\d+}/questions")
    String addQuestion(@PathVariable long id, @Valid @ModelAttribute("questionForm") QuestionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return Outcomes.form(result, redirect, "centre.question.added", () -> {
            List<String> options = form.options() == null ? List.of()
                    : form.options().lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
            trainings.addQuestion(id, form.kind(), form.label(), options, Boolean.TRUE.equals(form.required()));
            return "/centre/trainings/" + id + "/manage";
        }, () -> managePage(id, model));
    }

    @PostMapping("/centre/trainings/{id:\\d+}/applications/{applicationId:\\d+}/{decision:accept|reject}")
    String decide(@PathVariable long id, @PathVariable long applicationId, @PathVariable String decision,
            RedirectAttributes redirect) {
        return Outcomes.step(redirect, "/centre/trainings/" + id + "/manage", "centre.application.decided",
                () -> trainings.decide(id, applicationId, "accept".equals(decision)));
    }

    @PostMapping("/centre/trainings/{id:\\d+}/attendance")
    String attendance(@PathVariable long id, @RequestParam(name = "present", required = false) List<Long> present,
            RedirectAttributes redirect) {
        return Outcomes.step(redirect, "/centre/trainings/" + id + "/manage", "centre.attendance.saved",
                () -> trainings.recordAttendance(id, present == null ? List.of() : present));
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
        AttendancePage page = pages.attendance(id);
        Map<String, Object> model = new HashMap<>();
        model.put("training", page.training());
        model.put("rows", page.rows());
        model.put("dateText", page.dateText());
        model.put("pdfFooter", page.training().getTitle());
        return model;
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
        CertificatePage page = pages.certificate(id, applicationId);
        Map<String, Object> model = new TreeMap<>();
        model.put("training", page.training());
        model.put("participant", page.participant());
        model.put("centre", page.centre());
        model.put("dateText", page.dateText());
        model.put("hours", page.hours());
        model.put("pdfFooter", page.centre().getName() + " · " + page.training().getTitle());
        return pdf(pdfs.render("centre/pdf/certificate", model, locale), "zaswiadczenie-" + id + ".pdf");
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
