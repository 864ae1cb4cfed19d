package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.competitions.domain.contract.ContractAnnexes;
import pl.wspolnie.competitions.domain.contract.ContractControls;
import pl.wspolnie.competitions.domain.contract.ContractForm;
import pl.wspolnie.competitions.domain.contract.Contracts;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.Outcomes;
import java.time.LocalDate;
import pl.wspolnie.competitions.domain.contract.Report;
import pl.wspolnie.competitions.domain.contract.Reports;

/**
 * The contract for an awarded offer: recorded by the official, seen and downloaded by the
 * offerors.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContractController {

    private final Contracts contracts;

    private final Reports reports;

    private final ContractControls followUp;

    private final ContractAnnexes annexes;

    @GetMapping("/offers/{id:\\d+}/contract")
    String show(@PathVariable long id, Model model) {
        Contracts.View v = contracts.view(id);
        ContractForm form = new ContractForm();
        if (v.content() != null) {
            form.setPeriodFrom(LocalDate.parse(v.content().periodFrom()));
            form.setPeriodTo(LocalDate.parse(v.content().periodTo()));
        }
        model.addAttribute("form", form.withBlankRows());
        return page(v, model);
    }

    @PostMapping("/offers/{id:\\d+}/contract")
    String record(@PathVariable long id, @Valid @ModelAttribute("form") ContractForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Contracts.View v = contracts.view(id);
        if (!v.official()) {
            throw new NotAllowed("official only");
        }
        return Outcomes.form(result, redirect, "competitions.contract.recorded", () -> contracts.record(id, form),
                "/offers/" + id + "/contract", () -> {
                    form.withBlankRows();
                    return page(contracts.view(id), model);
                });
    }

    @GetMapping("/offers/{id:\\d+}/contract.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        byte[] pdf = contracts.pdf(id, LocaleContextHolder.getLocale());
        return FileDownloads.pdf(pdf, "umowa-" + id + ".pdf");
    }

    private String page(Contracts.View v, Model model) {
        model.addAttribute("v", v);
        model.addAttribute("c", v.competition());
        if (v.contract() != null) {
            var list = reports.ofOffer(v.offer().getId());
            model.addAttribute("reports", list);
            model.addAttribute("hasFinal", list.stream().anyMatch(r -> r.getKind() == Report.Kind.FINAL));
            model.addAttribute("finalDueOn", reports.finalDueOn(v.contract()));
            model.addAttribute("partialPeriods", reports.partialPeriods(v.offer().getId()));
            model.addAttribute("followUp", followUp.summary(v.offer().getId()));
            model.addAttribute("annexes", annexes.view(v.offer().getId()));
        }
        return "competitions/contract";
    }

}
