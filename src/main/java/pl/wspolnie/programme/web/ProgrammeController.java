package pl.wspolnie.programme.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.diagnosis.SurveyFindings;
import pl.wspolnie.programme.domain.Programme;
import pl.wspolnie.programme.domain.ProgrammeTask;
import pl.wspolnie.programme.domain.ProgrammePages;
import pl.wspolnie.programme.domain.ProgrammePages.FormPage;
import pl.wspolnie.programme.domain.ProgrammePages.ProgrammeList;
import pl.wspolnie.programme.domain.ProgrammePages.RowPage;
import pl.wspolnie.programme.domain.ProgrammePages.ProgrammePage;
import pl.wspolnie.programme.domain.ProgrammeWork;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.text.Formats;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;

import java.math.BigDecimal;
import pl.wspolnie.shared.money.AmountText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import pl.wspolnie.programme.domain.ProgrammeIndicator;
import pl.wspolnie.shared.web.FormInput;

/**
 * The programme list, editor, page, its PDF and the steps: tasks, indicators,
 * consultation, council, adoption.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProgrammeController {

    record TaskForm(@NotBlank(message = "{programme.field.required}") String sphereCode,
            @NotBlank(message = "{programme.field.required}") @Size(max = 2000,
                    message = "{programme.field.tooLong}") String description,
            @NotBlank(message = "{programme.field.required}") String plannedFunds) {
    }

    record IndicatorForm(
            @NotBlank(message = "{programme.field.required}") @Size(max = 500,
                    message = "{programme.field.tooLong}") String name,
            @NotBlank(message = "{programme.field.required}") @Size(max = 200,
                    message = "{programme.field.tooLong}") String target) {
    }

    record ConsultForm(@NotBlank(message = "{programme.field.required}") String startsOn,
            @NotBlank(message = "{programme.field.required}") String endsOn,
            @NotBlank(message = "{programme.field.required}") @Size(max = 300,
                    message = "{programme.field.tooLong}") String responsible,
            Boolean residentsToo) {
    }

    record AdoptForm(
            @NotBlank(message = "{programme.field.required}") @Size(max = 100,
                    message = "{programme.field.tooLong}") String resolutionNumber,
            @NotBlank(message = "{programme.field.required}") String resolutionDate) {
    }

    private final ProgrammeWork work;

    private final ProgrammePages pages;

    private final PdfDocuments pdf;

    private final MessageSource messages;

    private final Formats fmt;

    private final SurveyFindings findings;

    @Bean
    static PublicPaths programmePublicPaths() {
        return PublicPaths.get("/programmes", "/programmes/{id:\\d+}", "/programmes/{id:\\d+}/pdf",
                "/programmes/reports/{jst:\\d+}/{year:\\d+}", "/programmes/reports/{jst:\\d+}/{year:\\d+}/pdf",
                "/programmes/directions");
    }

    @GetMapping("/programmes")
    String list(Model model) {
        ProgrammeList list = pages.list();
        model.addAttribute("programmes", list.programmes());
        model.addAttribute("jstNames", list.jstNames());
        model.addAttribute("mayCreate", list.mayCreate());
        // only reports that open: the published ones, and for an official the last year's
        // report of their JSTs (a draft they may write)
        model.addAttribute("reports", list.reports());
        model.addAttribute("reportYear", list.reportYear());
        model.addAttribute("draftReportJsts", list.draftReportJsts());
        return "programme/list";
    }

    @GetMapping("/programmes/new")
    String newForm(Model model) {
        FormPage page = pages.form(null);
        model.addAttribute("form", ProgrammeForm.empty(page.officialJsts().get(0).id(), page.today().getYear() + 1));
        return formPage(model, page);
    }

    @PostMapping("/programmes/new")
    String create(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        FormInput.requireBound(result);
        if (form.jstId() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        work.requireOfficial(form.jstId());
        form.checkYears(result);
        return Outcomes.form(result, redirect, "programme.saved", () -> {
            long id = work.create(form.jstId(), form.parts());
            return "/programmes/" + id;
        }, () -> formPage(model, pages.form(null)));
    }

    @GetMapping("/programmes/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        FormPage page = pages.form(id);
        model.addAttribute("form", ProgrammeForm.of(page.editing().getJstId(), page.editing().parts()));
        return formPage(model, page);
    }

    @PostMapping("/programmes/{id:\\d+}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Programme p = work.get(id);
        work.requireOfficial(p.getJstId());
        FormInput.requireBound(result);
        form.checkYears(result);
        return Outcomes.form(result, model, redirect, response, "programme.saved", () -> work.update(id, form.parts()),
                "/programmes/" + id, () -> formPage(model, pages.form(id)));
    }

    private String formPage(Model model, FormPage page) {
        model.addAttribute("officialJsts", page.officialJsts());
        model.addAttribute("editing", page.editing());
        model.addAttribute("surveyNeeds", page.editing() == null ? null
                : findings.latest(page.editing().getJstId(), SurveyFindings.NGO_NEEDS).orElse(null));
        model.addAttribute("partKeys", List.of("goals", "principles", "scope", "forms", "period", "implementation",
                "funds", "evaluation", "creation", "commissions"));
        return "programme/form";
    }

    @GetMapping("/programmes/{id:\\d+}")
    String page(@PathVariable long id, Model model, Locale locale) {
        ProgrammePage page = pages.show(id, locale);
        Programme p = page.programme();
        model.addAttribute("p", p);
        model.addAttribute("jstName", page.jstName());
        model.addAttribute("parts", p.parts().textParts());
        model.addAttribute("tasks", page.tasks());
        model.addAttribute("total", page.total());
        model.addAttribute("indicators", page.indicators());
        model.addAttribute("spheres", page.spheres());
        model.addAttribute("official", page.official());
        model.addAttribute("draft", page.draft());
        model.addAttribute("deadline", page.deadline());
        model.addAttribute("opinions", page.opinions());
        LocalDate today = page.today();
        if (!model.containsAttribute("taskForm"))
            model.addAttribute("taskForm", new TaskForm("", "", ""));
        if (!model.containsAttribute("indicatorForm"))
            model.addAttribute("indicatorForm", new IndicatorForm("", ""));
        if (!model.containsAttribute("consultForm"))
            model.addAttribute("consultForm",
                    new ConsultForm(today.toString(), today.plusDays(13).toString(), "", false));
        if (!model.containsAttribute("adoptForm"))
            model.addAttribute("adoptForm", new AdoptForm("", today.toString()));
        return "programme/page";
    }

    @PostMapping("/programmes/{id:\\d+}/tasks")
    String addTask(@PathVariable long id, @Valid @ModelAttribute("taskForm") TaskForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Programme p = work.get(id);
        work.requireOfficial(p.getJstId());
        FormInput.requireBound(result);
        BigDecimal funds = checkTask(form, result, locale);
        return step(id, result, model, locale, redirect, response, "programme.task.saved", funds,
                f -> work.addTask(id, form.sphereCode(), form.description(), f));
    }

    /** The planned funds of a valid task form (field errors otherwise). */
    private BigDecimal checkTask(TaskForm form, BindingResult result, Locale locale) {
        BigDecimal funds = null;
        if (!result.hasFieldErrors("plannedFunds")) {
            funds = AmountText.parse(form.plannedFunds(), AmountText.MONEY_LIMIT).value();
            if (funds == null) { // empty, not a number, negative, more than 2 decimals or
                                 // absurd
                result.rejectValue("plannedFunds", "programme.money.invalid");
            }
        }
        if (!result.hasFieldErrors("sphereCode") && !pages.spheres(locale).containsKey(form.sphereCode())) {
            result.rejectValue("sphereCode", "programme.sphere.unknown");
        }
        return funds;
    }

    // ---- correcting or removing a task or an indicator of a draft
    // -------------------------------------------------

    @GetMapping("/programmes/{id:\\d+}/tasks/{taskId:\\d+}/edit")
    String taskForm(@PathVariable long id, @PathVariable long taskId, Model model, Locale locale) {
        RowPage page = pages.task(id, taskId, locale);
        ProgrammeTask t = page.task();
        model.addAttribute("taskForm", new TaskForm(t.getSphereCode(), t.getDescription(),
                t.getPlannedFunds().toPlainString().replace('.', ',')));
        return rowPage(page, "task", taskId, model);
    }

    @PostMapping("/programmes/{id:\\d+}/tasks/{taskId:\\d+}/edit")
    String editTask(@PathVariable long id, @PathVariable long taskId, @Valid @ModelAttribute("taskForm") TaskForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        work.task(id, taskId);
        FormInput.requireBound(result);
        BigDecimal funds = checkTask(form, result, locale);
        return rowStep(id, "task", taskId, result, model, locale, redirect, response, "programme.task.edited",
                () -> work.editTask(id, taskId, form.sphereCode(), form.description(), funds));
    }

    @PostMapping("/programmes/{id:\\d+}/tasks/{taskId:\\d+}/delete")
    String removeTask(@PathVariable long id, @PathVariable long taskId, RedirectAttributes redirect) {
        work.task(id, taskId);
        return Outcomes.stepOrConflict(redirect, "/programmes/" + id, "programme.task.removed",
                () -> work.removeTask(id, taskId));
    }

    @GetMapping("/programmes/{id:\\d+}/indicators/{indicatorId:\\d+}/edit")
    String indicatorForm(@PathVariable long id, @PathVariable long indicatorId, Model model, Locale locale) {
        RowPage page = pages.indicator(id, indicatorId, locale);
        ProgrammeIndicator i = page.indicator();
        model.addAttribute("indicatorForm", new IndicatorForm(i.getName(), i.getTarget()));
        return rowPage(page, "indicator", indicatorId, model);
    }

    @PostMapping("/programmes/{id:\\d+}/indicators/{indicatorId:\\d+}/edit")
    String editIndicator(@PathVariable long id, @PathVariable long indicatorId,
            @Valid @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        work.indicator(id, indicatorId);
        FormInput.requireBound(result);
        return rowStep(id, "indicator", indicatorId, result, model, locale, redirect, response,
                "programme.indicator.edited", () -> work.editIndicator(id, indicatorId, form.name(), form.target()));
    }

    @PostMapping("/programmes/{id:\\d+}/indicators/{indicatorId:\\d+}/delete")
    String removeIndicator(@PathVariable long id, @PathVariable long indicatorId, RedirectAttributes redirect) {
        work.indicator(id, indicatorId);
        return Outcomes.stepOrConflict(redirect, "/programmes/" + id, "programme.indicator.removed",
                () -> work.removeIndicator(id, indicatorId));
    }

    private String rowPage(RowPage page, String kind, long rowId, Model model) {
        model.addAttribute("p", page.programme());
        model.addAttribute("kind", kind);
        model.addAttribute("rowId", rowId);
        model.addAttribute("spheres", page.spheres());
        return "programme/row";
    }

    private String rowStep(long id, String kind, long rowId, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response, String notice, Runnable action) {
        return Outcomes.form(result, model, redirect, response, notice, () -> action.run(), "/programmes/" + id,
                () -> rowPage("task".equals(kind) ? pages.task(id, rowId, locale) : pages.indicator(id, rowId, locale),
                        kind, rowId, model));
    }

    @PostMapping("/programmes/{id:\\d+}/indicators")
    String addIndicator(@PathVariable long id, @Valid @ModelAttribute("indicatorForm") IndicatorForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        work.requireOfficial(work.get(id).getJstId());
        FormInput.requireBound(result);
        return step(id, result, model, locale, redirect, response, "programme.indicator.saved", null,
                f -> work.addIndicator(id, form.name(), form.target()));
    }

    @PostMapping("/programmes/{id:\\d+}/consultation")
    String consult(@PathVariable long id, @Valid @ModelAttribute("consultForm") ConsultForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Programme programme = work.get(id);
        work.requireOfficial(programme.getJstId());
        FormInput.requireBound(result);
        if (programme.getConsultationId() != null) {
            redirect.addFlashAttribute("notice", "programme.consultation.exists");
            return "redirect:/consultations/" + programme.getConsultationId();
        }
        LocalDate from = FormInput.date(form.startsOn(), "startsOn", result);
        LocalDate to = FormInput.date(form.endsOn(), "endsOn", result);
        if (from != null && to != null && to.isBefore(from)) {
            result.rejectValue("endsOn", "consultations.endsOn.beforeStart");
        }
        Map<String, String> titles = new HashMap<>();
        for (String key : List.of("goals", "principles", "scope", "forms", "tasks", "period", "implementation", "funds",
                "evaluation", "creation", "commissions")) {
            titles.put(key, messages.getMessage("programme.part." + key, null, locale));
        }
        return step(id, result, model, locale, redirect, response, "programme.consultation.opened", null, f -> work
            .sendToConsultation(id, from, to, form.responsible(), titles, Boolean.TRUE.equals(form.residentsToo())));
    }

    @PostMapping("/programmes/{id:\\d+}/council")
    String council(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        work.requireOfficial(work.get(id).getJstId());
        work.sendToCouncil(id, messages.getMessage("programme.council.subjectPrefix", null, locale));
        redirect.addFlashAttribute("notice", "programme.council.requested");
        return "redirect:/programmes/" + id;
    }

    @PostMapping("/programmes/{id:\\d+}/adopt")
    String adopt(@PathVariable long id, @Valid @ModelAttribute("adoptForm") AdoptForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        work.requireOfficial(work.get(id).getJstId());
        FormInput.requireBound(result);
        LocalDate date = FormInput.date(form.resolutionDate(), "resolutionDate", result);
        return step(id, result, model, locale, redirect, response, "programme.adopted", null,
                f -> work.adopt(id, form.resolutionNumber(), date));
    }

    private String step(long id, BindingResult result, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response, String notice, BigDecimal funds, Consumer<BigDecimal> action) {
        return Outcomes.form(result, model, redirect, response, notice, () -> action.accept(funds), "/programmes/" + id,
                () -> page(id, model, locale));
    }

    @GetMapping("/programmes/{id:\\d+}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        ProgrammePage page = pages.show(id, locale);
        Programme p = page.programme();
        Map<String, Object> model = new HashMap<>();
        model.put("p", p);
        model.put("jstName", page.jstName());
        model.put("parts", p.parts().textParts());
        model.put("tasks", page.tasks());
        model.put("total", page.total());
        model.put("fmt", fmt);
        model.put("indicators", page.indicators());
        model.put("spheres", page.spheres());
        model.put("resolutionDate", p.getResolutionDate() == null ? ""
                : DateTimeFormatter.ofPattern("dd.MM.yyyy").format(p.getResolutionDate()));
        model.put("pdfFooter", p.getTitle());
        return pdfResponse(pdf.render("programme/programme-pdf", model, locale), "program-wspolpracy-" + id + ".pdf");
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] bytes, String name) {
        return FileDownloads.pdf(bytes, name);
    }

    static NotFound notFound() {
        return new NotFound("not found");
    }

}
