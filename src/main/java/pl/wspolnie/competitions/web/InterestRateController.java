package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.competitions.domain.contract.InterestRateForm;
import pl.wspolnie.competitions.domain.contract.InterestRates;
import pl.wspolnie.shared.web.Outcomes;

/**
 * The rates of interest for a late return of a grant: the list (officials, platform
 * administrator) and the form to add a rate from a day (platform administrator).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InterestRateController {

    private static final String PATH = "/competitions/interest-rates";

    private final InterestRates rates;

    @GetMapping(PATH)
    String show(Model model) {
        model.addAttribute("rate", new InterestRateForm());
        return page(model);
    }

    @PostMapping(PATH)
    String add(@Valid @ModelAttribute("rate") InterestRateForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return Outcomes.form(result, redirect, "competitions.interestRate.added", () -> rates.add(form), PATH,
                () -> page(model));
    }

    private String page(Model model) {
        model.addAttribute("p", rates.page());
        return "competitions/interest-rates";
    }

}
