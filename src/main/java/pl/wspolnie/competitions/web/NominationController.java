package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.competitions.domain.review.NominationForm;
import pl.wspolnie.competitions.domain.review.Nominations;
import pl.wspolnie.shared.web.Outcomes;

/**
 * NGOs nominate people to a competition's commission; the official appoints from the
 * nominations.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NominationController {

    private final Nominations nominations;

    @GetMapping("/competitions/{id:\\d+}/nominations")
    String page(@PathVariable long id, Model model) {
        return page(id, new NominationForm(), model);
    }

    @PostMapping("/competitions/{id:\\d+}/nominations")
    String nominate(@PathVariable long id, @Valid @ModelAttribute("nomination") NominationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        nominations.requireRepresentative(form.getOrganizationId());
        return Outcomes.form(result, redirect, "competitions.nomination.saved", () -> nominations.nominate(id, form),
                "/competitions/" + id + "/nominations", () -> page(id, form, model));
    }

    @PostMapping("/competitions/{id:\\d+}/nominations/{nominationId:\\d+}/appoint")
    String appoint(@PathVariable long id, @PathVariable long nominationId,
            @RequestParam(defaultValue = "false") boolean chair, RedirectAttributes redirect) {
        // refused e.g. when the nominating organisation offered in the competition (art.
        // 15
        // ust. 2d)
        return Outcomes.step(redirect, "/competitions/" + id + "/commission", "competitions.commission.appointed",
                () -> nominations.appoint(id, nominationId, chair));
    }

    private String page(long id, NominationForm form, Model model) {
        Nominations.View view = nominations.view(id);
        if (form.getOrganizationId() == null && view.myOrganizations().size() == 1) {
            form.setOrganizationId(view.myOrganizations().get(0).id());
        }
        model.addAttribute("view", view);
        model.addAttribute("c", view.competition());
        model.addAttribute("nomination", form);
        return "competitions/nominations";
    }

}
