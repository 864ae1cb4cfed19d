package pl.wspolnie.programme.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.programme.domain.PlannedDirection;
import pl.wspolnie.programme.domain.ProgrammeWork;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.text.Formats;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.Optional;

/**
 * The yearly programme report (page, narrative, PDF) and the page of planned directions
 * by sphere.
 */
@Controller
class ReportAndDirectionsController {

    record NarrativeForm(@Size(max = 50_000, message = "{programme.field.tooLong}") String narrative, Boolean publish) {
    }

    record DirectionForm(Long jstId, Long organizationId, String year,
            @NotBlank(message = "{programme.field.required}") String sphereCode,
            @NotBlank(message = "{programme.field.required}") @Size(max = 5000,
                    message = "{programme.field.tooLong}") String description) {
    }

    private final ProgrammeWork work;

    private final ProgrammeController programmes;

    private final Jsts jsts;

    private final Organizations organizations;

    private final Permissions permissions;

    private final PdfDocuments pdf;

    private final Formats fmt;

    ReportAndDirectionsController(ProgrammeWork work, ProgrammeController programmes, Jsts jsts,
            Organizations organizations, Permissions permissions, PdfDocuments pdf, Formats fmt) {
        this.fmt = fmt;
        this.work = work;
        this.programmes = programmes;
        this.jsts = jsts;
        this.organizations = organizations;
        this.permissions = permissions;
        this.pdf = pdf;
    }

    private ProgrammeWork.Report visibleReport(long jstId, int year) {
        ProgrammeWork.Report r = work.report(jstId, year);
        if (!r.published() && !work.isOfficial(jstId)) {
            throw new NotFound("report " + jstId + "/" + year);
        }
        return r;
    }

    @GetMapping("/programmes/reports/{jstId:\\d+}/{year:\\d+}")
    String report(@PathVariable long jstId, @PathVariable int year, Model model, Locale locale) {
        ProgrammeWork.Report r = visibleReport(jstId, year);
        fill(model.asMap(), r, locale);
        model.addAttribute("official", work.isOfficial(jstId));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NarrativeForm(r.narrative(), r.published()));
        }
        return "programme/report";
    }

    private void fill(Map<String, Object> model, ProgrammeWork.Report r, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        model.put("r", r);
        model.put("jstName", jsts.get(r.jstId()).name());
        model.put("due", date.format(r.due()));
        model.put("overdue", !r.published() && work.today().isAfter(r.due()));
        model.put("spheres", programmes.spheres(locale));
        model.put("fmt", fmt);
    }

    @PostMapping("/programmes/reports/{jstId:\\d+}/{year:\\d+}")
    String saveReport(@PathVariable long jstId, @PathVariable int year,
            @Valid @ModelAttribute("form") NarrativeForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect) {
        work.requireOfficial(jstId);
        ProgrammeController.requireBound(result);
        if (!result.hasErrors()) {
            try {
                work.saveReport(jstId, year, form.narrative() == null ? "" : form.narrative(),
                        Boolean.TRUE.equals(form.publish()));
                redirect.addFlashAttribute("notice", "programme.report.saved");
                return "redirect:/programmes/reports/" + jstId + "/" + year;
            }
            catch (RuleViolation e) {
                e.addTo(result);
            }
        }
        return report(jstId, year, model, locale);
    }

    @GetMapping("/programmes/reports/{jstId:\\d+}/{year:\\d+}/pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable long jstId, @PathVariable int year, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        ProgrammeWork.Report r = visibleReport(jstId, year);
        fill(model, r, locale);
        model.put("pdfFooter", jsts.get(jstId).name() + " – " + year);
        return ProgrammeController.pdfResponse(pdf.render("programme/report-pdf", model, locale),
                "sprawozdanie-program-" + jstId + "-" + year + ".pdf");
    }

    @GetMapping("/programmes/directions")
    String directions(@RequestParam(name = "year", required = false) Integer year, Model model, Locale locale) {
        int shown = year == null || year < 2000 || year > 2100 ? work.today().getYear() + 1 : year;
        Map<String, String> spheres = programmes.spheres(locale);
        Map<String, List<PlannedDirection>> bySphere = new LinkedHashMap<>();
        for (PlannedDirection d : work.directions(shown)) {
            bySphere.computeIfAbsent(d.getSphereCode(), k -> new ArrayList<>()).add(d);
        }
        Map<String, List<PlannedDirection>> ordered = new LinkedHashMap<>();
        spheres.keySet().forEach(code -> {
            if (bySphere.containsKey(code))
                ordered.put(code, bySphere.get(code));
        });
        model.addAttribute("year", shown);
        model.addAttribute("bySphere", ordered);
        model.addAttribute("spheres", spheres);
        Map<Long, String> mine = new TreeMap<>();
        permissions.currentUser()
            .ifPresent(u -> organizations.findAll(organizations.representedBy(u.userId()))
                .values()
                .forEach(o -> mine.put(o.id(), o.name())));
        model.addAttribute("myOrganizations", mine);
        model.addAttribute("officialJsts",
                work.jstsOfOfficial().stream().map(jsts::find).flatMap(Optional::stream).toList());
        model.addAttribute("jsts", jsts.members());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DirectionForm(null, null, String.valueOf(shown), "", ""));
        }
        return "programme/directions";
    }

    @PostMapping("/programmes/directions")
    String addDirection(@Valid @ModelAttribute("form") DirectionForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect) {
        permissions.requireUser();
        ProgrammeController.requireBound(result);
        int year = 0;
        try {
            year = Integer.parseInt(form.year() == null ? "" : form.year().strip());
            if (year < 2000 || year > 2100) {
                result.rejectValue("year", "programme.year.invalid");
            }
        }
        catch (NumberFormatException e) {
            result.rejectValue("year", "programme.year.invalid");
        }
        if (form.jstId() == null) {
            result.rejectValue("jstId", "programme.jst.required");
        }
        if (!result.hasFieldErrors("sphereCode") && !programmes.spheres(locale).containsKey(form.sphereCode())) {
            result.rejectValue("sphereCode", "programme.sphere.unknown");
        }
        if (!result.hasErrors()) {
            try {
                work.addDirection(form.jstId(), form.organizationId(), year, form.sphereCode(), form.description());
                redirect.addFlashAttribute("notice", "programme.directions.saved");
                return "redirect:/programmes/directions?year=" + year;
            }
            catch (RuleViolation e) {
                e.addTo(result);
            }
        }
        return directions(year == 0 ? null : year, model, locale);
    }

}
