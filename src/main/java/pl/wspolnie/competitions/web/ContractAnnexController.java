package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.competitions.domain.contract.AnnexForm;
import pl.wspolnie.competitions.domain.contract.AnnexRefusalForm;
import pl.wspolnie.competitions.domain.contract.ContractAnnexes;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.Outcomes;

/**
 * Annexes to a contract (issue 19, point 1): the versions of the contract, a party's
 * proposal, the other party's acceptance or refusal, and each accepted annex's PDF — for
 * the contract's parties only.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContractAnnexController {

    private final ContractAnnexes annexes;

    @GetMapping("/offers/{id:\\d+}/contract/annexes")
    String list(@PathVariable long id, Model model) {
        ContractAnnexes.View v = annexes.view(id);
        model.addAttribute("annex", AnnexForm.of(v.inForce().terms()));
        return listPage(v, model);
    }

    @PostMapping("/offers/{id:\\d+}/contract/annexes")
    String propose(@PathVariable long id, @Valid @ModelAttribute("annex") AnnexForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return Outcomes.form(result, () -> {
            ContractAnnexes.Proposed p = annexes.propose(id, form);
            Outcomes.Report told = p.withinTolerance()
                    ? Outcomes.Report.warning("competitions.annex.withinTolerance", p.tolerancePercent())
                    : Outcomes.Report.notice("competitions.annex.proposed");
            return Outcomes.redirect(redirect, told, path(id) + "/" + p.annexId());
        }, () -> listPage(annexes.view(id), model));
    }

    @GetMapping("/offers/{id:\\d+}/contract/annexes/{annexId:\\d+}")
    String show(@PathVariable long id, @PathVariable long annexId, Model model) {
        model.addAttribute("refusal", new AnnexRefusalForm());
        return annexPage(id, annexId, model);
    }

    @PostMapping("/offers/{id:\\d+}/contract/annexes/{annexId:\\d+}/accept")
    String accept(@PathVariable long id, @PathVariable long annexId, RedirectAttributes redirect) {
        return Outcomes.step(redirect, path(id) + "/" + annexId, "competitions.annex.accepted",
                () -> annexes.accept(id, annexId, LocaleContextHolder.getLocale()));
    }

    @PostMapping("/offers/{id:\\d+}/contract/annexes/{annexId:\\d+}/refuse")
    String refuse(@PathVariable long id, @PathVariable long annexId,
            @Valid @ModelAttribute("refusal") AnnexRefusalForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return Outcomes.form(result, redirect, "competitions.annex.refused", () -> annexes.refuse(id, annexId, form),
                path(id) + "/" + annexId, () -> annexPage(id, annexId, model));
    }

    @PostMapping("/offers/{id:\\d+}/contract/annexes/{annexId:\\d+}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long annexId, RedirectAttributes redirect) {
        return Outcomes.step(redirect, path(id) + "/" + annexId, "competitions.annex.withdrawn",
                () -> annexes.withdraw(id, annexId));
    }

    @GetMapping("/offers/{id:\\d+}/contract/annexes/{annexId:\\d+}/annex.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long annexId) {
        byte[] pdf = annexes.pdf(id, annexId);
        return FileDownloads.inline("aneks-" + annexId + ".pdf", MediaType.APPLICATION_PDF_VALUE).body(pdf);
    }

    private String listPage(ContractAnnexes.View v, Model model) {
        model.addAttribute("v", v);
        return "competitions/annexes";
    }

    private String annexPage(long id, long annexId, Model model) {
        model.addAttribute("a", annexes.annex(id, annexId));
        return "competitions/annex";
    }

    private static String path(long id) {
        return "/offers/" + id + "/contract/annexes";
    }

}
