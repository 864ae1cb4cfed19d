package pl.wspolnie.initiatives.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.initiatives.domain.LedgerKind;
import pl.wspolnie.initiatives.domain.Ledgers;
import pl.wspolnie.initiatives.domain.InitiativeReports;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.Uploads;
import pl.wspolnie.shared.files.DescribedPhoto;
import org.springframework.web.multipart.MultipartFile;

import java.time.LocalDate;

/**
 * The ledger of an accepted initiative: the residents' contribution as delivered and the
 * JST's purchases, with totals against the plan.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LedgerController {

    /** A line as typed. */
    record EntryForm(String kind, String person, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
            String hours, String description, String value) {
    }

    /** The initiative's report as typed. */
    record ReportText(String report) {
    }

    /** A photo of the initiative with its description. */
    record PhotoForm(MultipartFile photo, String altText) {
    }

    private final Ledgers ledgers;

    private final InitiativeReports reports;

    @GetMapping("/initiatives/{id:\\d+}/ledger")
    String ledger(@PathVariable long id, Model model) {
        return page(ledgers.of(id), model);
    }

    @PostMapping("/initiatives/{id:\\d+}/ledger")
    String record(@PathVariable long id, @ModelAttribute("form") EntryForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Ledgers.Ledger ledger = ledgers.of(id);
        return Outcomes.form(result, redirect, "initiatives.ledger.recorded", () -> {
            ledgers.record(id, new Ledgers.EntryInput(form.kind(), form.person(), form.doneOn(), form.hours(),
                    form.description(), form.value()));
            return "/initiatives/" + id + "/ledger";
        }, () -> page(ledger, model));
    }

    /**
     * A party writes the report; a refusal is shown at the field, the text kept (422).
     */
    @PostMapping("/initiatives/{id:\\d+}/report")
    String report(@PathVariable long id, @ModelAttribute("reportForm") ReportText form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Ledgers.Ledger ledger = ledgers.of(id);
        return Outcomes.form(result, redirect, "initiatives.report.saved", () -> reports.writeReport(id, form.report()),
                "/initiatives/" + id + "/ledger", () -> page(ledger, model));
    }

    /**
     * A party adds a described photo; a missing description, a wrong type or one photo
     * too many is shown at its field, the description kept (422).
     */
    @PostMapping("/initiatives/{id:\\d+}/photos")
    String addPhoto(@PathVariable long id, @ModelAttribute("photoForm") PhotoForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Ledgers.Ledger ledger = ledgers.of(id);
        return Outcomes.form(result, redirect, "initiatives.photo.added",
                () -> reports.addPhoto(id, Uploads.read(form.photo(), DescribedPhoto.MAX_BYTES), form.altText()),
                "/initiatives/" + id + "/ledger", () -> {
                    // One photo too many is refused at the photo, so its form is shown
                    // even then.
                    model.addAttribute("photoRefused", true);
                    return page(ledger, model);
                });
    }

    private String page(Ledgers.Ledger ledger, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EntryForm("SOCIAL_WORK", "", null, "", "", ""));
        }
        if (!model.containsAttribute("reportForm")) {
            model.addAttribute("reportForm", new ReportText(ledger.initiative().getReport()));
        }
        if (!model.containsAttribute("photoForm")) {
            model.addAttribute("photoForm", new PhotoForm(null, ""));
        }
        model.addAttribute("ledger", ledger);
        model.addAttribute("photos", reports.photos(ledger.initiative().getId()));
        model.addAttribute("maxPhotos", InitiativeReports.MAX_PHOTOS);
        model.addAttribute("kinds", ledger.official() ? LedgerKind.values()
                : new LedgerKind[] { LedgerKind.SOCIAL_WORK, LedgerKind.IN_KIND, LedgerKind.CASH });
        return "initiatives/ledger";
    }

}
