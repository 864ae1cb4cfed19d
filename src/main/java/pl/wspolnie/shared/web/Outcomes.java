package pl.wspolnie.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way a controller turns a posted action into what the user sees next: when the
 * action succeeds, a redirect with its notice (shown by {@code fragments/flash.html});
 * when a rule refuses it, the refusal where the user acted — a warning banner on the page
 * a button leads back to ({@link #step}), or the same form again with every typed value
 * kept and the error next to its field ({@link #form}, answered 422 by
 * {@link FormErrorStatus}).
 */
public final class Outcomes {

    private Outcomes() {
    }

    /**
     * A button's action: runs it, then a redirect to the target with the notice, or with
     * the refusal as a warning.
     */
    public static String step(RedirectAttributes redirect, String target, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        }
        catch (RuleViolation e) {
            Flash.warning(redirect, e);
        }
        return "redirect:" + target;
    }

    /**
     * As {@link #step(RedirectAttributes, String, String, Runnable)} for a button with a
     * field of its own on a list page (the reason of a rejection in a moderation queue):
     * a refusal of that field shows the page again (422) through
     * {@code pageWithFieldError}, which puts the error and the typed text back at that
     * item; any other refusal is a warning on the target.
     */
    public static String step(RedirectAttributes redirect, String target, String notice, Runnable action, String field,
            HttpServletResponse response, Function<RuleViolation, String> pageWithFieldError) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        }
        catch (RuleViolation e) {
            if (field.equals(e.field())) {
                response.setStatus(FormErrorStatus.UNPROCESSABLE);
                return pageWithFieldError.apply(e);
            }
            Flash.warning(redirect, e);
        }
        return "redirect:" + target;
    }

    /**
     * A button's step that a rule refuses only once the thing has moved on (the
     * consultation ended, the programme was adopted since the page was shown): then a
     * step no longer allowed, answered 409 with its reason on the error page; else a
     * redirect to the target with the notice.
     */
    public static String stepOrConflict(RedirectAttributes redirect, String target, String notice, Runnable action) {
        try {
            action.run();
        }
        catch (RuleViolation e) {
            throw new StateConflict(e.messageKey());
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + target;
    }

    /**
     * A form's action, run only when the form has no errors yet; it returns where to go
     * next: then a redirect there with the notice. A refusal goes to the form's fields
     * and the form is shown again.
     */
    public static String form(BindingResult result, RedirectAttributes redirect, String notice,
            Supplier<String> actionThenTarget, Supplier<String> formPage) {
        if (!result.hasErrors()) {
            try {
                String target = actionThenTarget.get();
                redirect.addFlashAttribute("notice", notice);
                return "redirect:" + target;
            }
            catch (RuleViolation e) {
                e.addTo(result);
            }
        }
        return formPage.get();
    }

    /**
     * As {@link #form(BindingResult, RedirectAttributes, String, Supplier, Supplier)}; a
     * refusal of the whole form rather than of one field (the consultation has ended, the
     * programme is adopted, the member has left) is a step no longer allowed: it answers
     * 409 Conflict and shows as a warning above the form too.
     */
    public static String form(BindingResult result, Model model, RedirectAttributes redirect,
            HttpServletResponse response, String notice, Supplier<String> actionThenTarget, Supplier<String> formPage) {
        return form(result, redirect, notice, () -> {
            try {
                return actionThenTarget.get();
            }
            catch (RuleViolation e) {
                if (e.field() == null) {
                    response.setStatus(HttpServletResponse.SC_CONFLICT);
                    Flash.warning(model, e);
                }
                throw e;
            }
        }, formPage);
    }

}
