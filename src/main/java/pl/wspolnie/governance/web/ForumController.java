package pl.wspolnie.governance.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.governance.domain.Forum;
import pl.wspolnie.governance.domain.GovernancePages;
import pl.wspolnie.governance.domain.Mandate;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;

import java.time.LocalDate;

/**
 * The Forum of an agreement: who represents whom (public), and the parties' dated
 * mandates.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ForumController {

    record MandateForm(@NotNull(message = "{governance.field.required}") Long partyId,
            @NotNull(message = "{governance.field.required}") Mandate.Role role,
            @NotBlank(message = "{governance.field.required}") @Size(max = 200,
                    message = "{governance.field.tooLong}") String email,
            @NotBlank(message = "{governance.field.required}") String validFrom, String validTo) {
    }

    private final Forum forum;

    private final GovernancePages pages;

    private final Permissions permissions;

    @GetMapping("/governance/{id:\\d+}/forum")
    String page(@PathVariable long id, Model model) {
        GovernancePages.ForumPage page = pages.forum(id);
        model.addAttribute("page", page);
        model.addAttribute("roles", Mandate.Role.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form",
                    new MandateForm(null, Mandate.Role.REPRESENTATIVE, "", page.today().toString(), ""));
        }
        return "governance/forum";
    }

    @PostMapping("/governance/{id:\\d+}/forum/mandates")
    String name(@PathVariable long id, @Valid @ModelAttribute("form") MandateForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        FormInput.requireBound(result);
        LocalDate from = FormInput.date(form.validFrom(), "validFrom", result);
        LocalDate to = FormInput.date(form.validTo(), "validTo", result);
        return Outcomes.form(result, redirect, "governance.mandate.named",
                () -> forum.name(me, id, form.partyId(), new Forum.Naming(form.role(), form.email(), from, to)),
                "/governance/" + id + "/forum", () -> page(id, model));
    }

}
