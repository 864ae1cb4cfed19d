package pl.wspolnie.initiatives.web;

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

import java.time.LocalDate;

/**
 * The ledger of an accepted initiative: the residents' contribution as delivered and the
 * JST's purchases, with totals against the plan.
 */
@Controller
class LedgerController {

    /** A line as typed. */
    record EntryForm(String kind, String person, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
            String hours, String description, String value) {
    }

    private final Ledgers ledgers;

    private final InitiativeReports reports;

    LedgerController(Ledgers ledgers, InitiativeReports reports) {
        this.ledgers = ledgers;
        this.reports = reports;
    }

    @GetMapping("/initiatives/{id:\\d+}/ledger")
    String ledger(@PathVariable long id, Model model) {
        model.addAttribute("form", new EntryForm("SOCIAL_WORK", "", null, "", "", ""));
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

    private String page(Ledgers.Ledger ledger, Model model) {
        model.addAttribute("ledger", ledger);
        model.addAttribute("photos", reports.photos(ledger.initiative().getId()));
        model.addAttribute("maxPhotos", InitiativeReports.MAX_PHOTOS);
        model.addAttribute("kinds", ledger.official() ? LedgerKind.values()
                : new LedgerKind[] { LedgerKind.SOCIAL_WORK, LedgerKind.IN_KIND, LedgerKind.CASH });
        return "initiatives/ledger";
    }

}
