package pl.wspolnie.diagnosis.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.diagnosis.domain.Invitations;
import pl.wspolnie.diagnosis.domain.Surveys;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;

/**
 * Invitations by mail of a survey's editor: the addresses pasted one a line, the list of
 * who was invited and whether the link was used.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InvitationController {

    /** The pasted addresses, one a line. */
    record InvitationForm(@Size(max = 200_000, message = "{diagnosis.field.tooLong}") String addresses) {
    }

    private final Invitations invitations;

    private final Surveys surveys;

    @GetMapping("/diagnosis/surveys/{id:\\d+}/invitations")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("form", new InvitationForm(""));
        return invitationsPage(id, model);
    }

    @PostMapping("/diagnosis/surveys/{id:\\d+}/invitations")
    String invite(@PathVariable long id, @Valid @ModelAttribute("form") InvitationForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        surveys.editable(id);
        FormInput.requireBound(result);
        return Outcomes.form(result, model, response, () -> {
            Invitations.Outcome outcome = invitations.invite(id, form.addresses());
            redirect.addFlashAttribute("noticeArgs", new Object[] { outcome.invited(), outcome.skipped() });
            return Outcomes.redirect(redirect, "diagnosis.invite.sent", "/diagnosis/surveys/" + id + "/invitations");
        }, () -> invitationsPage(id, model));
    }

    private String invitationsPage(long id, Model model) {
        model.addAttribute("survey", surveys.editable(id));
        model.addAttribute("invitations", invitations.of(id));
        return "diagnosis/invitations";
    }

}
