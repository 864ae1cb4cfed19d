package pl.wspolnie.competitions.web;

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
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.web.Flash;

/**
 * NGOs nominate people to a competition's commission; the official appoints from the
 * nominations.
 */
@Controller
class NominationController {

    private final Nominations nominations;

    NominationController(Nominations nominations) {
        this.nominations = nominations;
    }

    @GetMapping("/competitions/{id:\\d+}/nominations")
    String page(@PathVariable long id, Model model) {
        return page(id, new NominationForm(), model);
    }

    @PostMapping("/competitions/{id:\\d+}/nominations")
    String nominate(@PathVariable long id, @Valid @ModelAttribute("nomination") NominationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        nominations.requireRepresentative(form.getOrganizationId());
        if (result.hasErrors()) {
            return page(id, form, model);
        }
        try {
            nominations.nominate(id, form);
        }
        catch (RuleViolation e) {
            e.addTo(result);
            return page(id, form, model);
        }
        redirect.addFlashAttribute("notice", "competitions.nomination.saved");
        return "redirect:/competitions/" + id + "/nominations";
    }

    @PostMapping("/competitions/{id:\\d+}/nominations/{nominationId:\\d+}/appoint")
    String appoint(@PathVariable long id, @PathVariable long nominationId,
            @RequestParam(defaultValue = "false") boolean chair, RedirectAttributes redirect) {
        try {
            nominations.appoint(id, nominationId, chair);
            redirect.addFlashAttribute("notice", "competitions.commission.appointed");
        }
        catch (RuleViolation e) {
            // e.g. the nominating organisation offered in the competition (art. 15 ust.
            // 2d)
            Flash.warning(redirect, e);
        }
        return "redirect:/competitions/" + id + "/commission";
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
