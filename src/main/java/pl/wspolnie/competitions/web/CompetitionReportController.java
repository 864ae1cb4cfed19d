package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.competitions.domain.contract.Report;
import pl.wspolnie.competitions.domain.contract.ReportForm;
import pl.wspolnie.competitions.domain.contract.Reports;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.Outcomes;

/**
 * Reports on a contract: written by the offeror, flagged by the server, decided and
 * settled by the official.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CompetitionReportController {

    private final Reports reports;

    @PostMapping("/offers/{id:\\d+}/reports")
    String start(@PathVariable long id, @RequestParam(defaultValue = "FINAL") Report.Kind kind,
            @RequestParam(required = false) Integer period) {
        return "redirect:/reports/" + reports.start(id, kind, period);
    }

    @GetMapping("/reports/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Reports.View v = reports.open(id);
        model.addAttribute("form", v.form());
        return page(v, model);
    }

    @GetMapping("/reports/{id:\\d+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        byte[] pdf = reports.pdf(id, LocaleContextHolder.getLocale());
        return FileDownloads.pdf(pdf, "sprawozdanie-" + id + ".pdf");
    }

    @PostMapping("/reports/{id:\\d+}")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") ReportForm form, BindingResult result,
            @RequestParam(defaultValue = "save") String action, @RequestParam(required = false) Integer removeDocument,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(reports.preview(id, form), model);
        }
        if (removeDocument != null || "addDocument".equals(action)) {
            // A row added or removed: the form again with everything typed, nothing
            // saved.
            return page(reports.preview(id,
                    removeDocument != null ? form.removeDocument(removeDocument) : form.addDocument()), model);
        }
        boolean submit = "submit".equals(action);
        Reports.View v = reports.save(id, form, submit);
        if (!v.computed().problems().isEmpty()) {
            v.computed().problems().forEach(p -> p.addTo(result));
            return page(v, model);
        }
        redirect.addFlashAttribute("notice", submit ? "competitions.report.submitted" : "competitions.report.saved");
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id:\\d+}/decision")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String result,
            @RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
        Report.Status status = switch (result) {
            case "ACCEPTED" -> Report.Status.ACCEPTED;
            case "CORRECTIONS" -> Report.Status.CORRECTIONS;
            case "REJECTED" -> Report.Status.REJECTED;
            default -> Report.Status.DRAFT;
        };
        return Outcomes.orPage(() -> {
            reports.decide(id, status, note);
            return Outcomes.redirect(redirect, "competitions.report.decided", "/reports/" + id);
        }, e -> {
            Reports.View v = reports.open(id);
            model.addAttribute("form", v.form());
            model.addAttribute("decisionError", e.messageKey());
            model.addAttribute("note", note);
            return page(v, model);
        });
    }

    @GetMapping("/competitions/reports/overdue")
    String overdue(@RequestParam(defaultValue = "0") int page, Model model) {
        Reports.OverduePage result = reports.overdue(page);
        model.addAttribute("result", result);
        model.addAttribute("rows", result.rows());
        return "competitions/overdue";
    }

    private String page(Reports.View v, Model model) {
        model.addAttribute("v", v);
        model.addAttribute("c", v.competition());
        model.addAttribute("x", v.computed());
        model.addAttribute("editable", v.offeror() && v.report().isEditable());
        return "competitions/report";
    }

}
