package pl.wspolnie.programme.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.programme.domain.ProgrammePages;
import pl.wspolnie.programme.domain.ProgrammePages.DirectionsPage;
import pl.wspolnie.programme.domain.ProgrammePages.ReportPage;
import pl.wspolnie.programme.domain.ProgrammeWork;
import pl.wspolnie.shared.figures.CooperationIndexReports;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.text.Formats;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.FormInput;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The yearly programme report (page, narrative, PDF) and the page of planned directions
 * by sphere.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportAndDirectionsController {

    record NarrativeForm(@Size(max = 50_000, message = "{programme.field.tooLong}") String narrative, Boolean publish) {
    }

    record DirectionForm(Long jstId, Long organizationId, String year,
            @NotBlank(message = "{programme.field.required}") String sphereCode,
            @NotBlank(message = "{programme.field.required}") @Size(max = 5000,
                    message = "{programme.field.tooLong}") String description) {
    }

    private final ProgrammeWork work;

    private final ProgrammePages pages;

    private final Permissions permissions;

    private final PdfDocuments pdf;

    private final Formats fmt;

    private final ObjectProvider<CooperationIndexReports> lijwReports;

    @GetMapping("/programmes/reports/{jstId:\\d+}/{year:\\d+}")
    String report(@PathVariable long jstId, @PathVariable int year, Model model, Locale locale) {
        ReportPage page = pages.report(jstId, year, locale);
        fill(model.asMap(), page);
        model.addAttribute("official", page.official());
        var lijw = lijwReports.getIfAvailable();
        model.addAttribute("lijwReport", lijw == null ? null : lijw.publishedReport(jstId, year).orElse(null));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NarrativeForm(page.report().narrative(), page.report().published()));
        }
        return "programme/report";
    }

    private void fill(Map<String, Object> model, ReportPage page) {
        model.put("r", page.report());
        model.put("jstName", page.jstName());
        model.put("due", DateTimeFormatter.ofPattern("dd.MM.yyyy").format(page.due()));
        model.put("overdue", page.overdue());
        model.put("spheres", page.spheres());
        model.put("fmt", fmt);
    }

    @PostMapping("/programmes/reports/{jstId:\\d+}/{year:\\d+}")
    String saveReport(@PathVariable long jstId, @PathVariable int year,
            @Valid @ModelAttribute("form") NarrativeForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect) {
        work.requireOfficial(jstId);
        FormInput.requireBound(result);
        return Outcomes.form(result, redirect, "programme.report.saved", () -> {
            work.saveReport(jstId, year, form.narrative() == null ? "" : form.narrative(),
                    Boolean.TRUE.equals(form.publish()));
            return "/programmes/reports/" + jstId + "/" + year;
        }, () -> report(jstId, year, model, locale));
    }

    @GetMapping("/programmes/reports/{jstId:\\d+}/{year:\\d+}/pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable long jstId, @PathVariable int year, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        ReportPage page = pages.report(jstId, year, locale);
        fill(model, page);
        model.put("pdfFooter", page.jstName() + " – " + year);
        return ProgrammeController.pdfResponse(pdf.render("programme/report-pdf", model, locale),
                "sprawozdanie-program-" + jstId + "-" + year + ".pdf");
    }

    @GetMapping("/programmes/directions")
    String directions(@RequestParam(name = "year", required = false) Integer year, Model model, Locale locale) {
        DirectionsPage page = pages.directions(year, locale);
        int shown = page.year();
        model.addAttribute("year", shown);
        model.addAttribute("bySphere", page.bySphere());
        model.addAttribute("spheres", page.spheres());
        model.addAttribute("myOrganizations", page.myOrganizations());
        model.addAttribute("officialJsts", page.officialJsts());
        model.addAttribute("jsts", page.jsts());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DirectionForm(null, null, String.valueOf(shown), "", ""));
        }
        return "programme/directions";
    }

    @PostMapping("/programmes/directions")
    String addDirection(@Valid @ModelAttribute("form") DirectionForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect) {
        permissions.requireUser();
        FormInput.requireBound(result);
        int year = year(form.year(), result);
        if (form.jstId() == null) {
            result.rejectValue("jstId", "programme.jst.required");
        }
        if (!result.hasFieldErrors("sphereCode") && !pages.spheres(locale).containsKey(form.sphereCode())) {
            result.rejectValue("sphereCode", "programme.sphere.unknown");
        }
        return Outcomes.form(result, redirect, "programme.directions.saved",
                () -> work.addDirection(form.jstId(), form.organizationId(), year, form.sphereCode(),
                        form.description()),
                "/programmes/directions?year=" + year, () -> directions(year == 0 ? null : year, model, locale));
    }

    /**
     * The year typed, or 0 with the field's error when it is not a year from 2000 to
     * 2100.
     */
    private static int year(String typed, BindingResult result) {
        int year = 0;
        try {
            year = Integer.parseInt(typed == null ? "" : typed.strip());
            if (year < 2000 || year > 2100) {
                result.rejectValue("year", "programme.year.invalid");
            }
        }
        catch (NumberFormatException e) {
            result.rejectValue("year", "programme.year.invalid");
        }
        return year;
    }

}
