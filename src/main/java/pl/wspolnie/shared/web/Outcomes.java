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
     * What a step that was not refused says on the page the user returns to: a notice
     * (done), or a warning when the step found it could no longer be taken and recorded
     * that instead (a request whose time has passed is marked expired rather than
     * confirmed), so nothing was refused and nothing is rolled back.
     */
    public record Report(String key, boolean warning, Object... args) {

        public static Report notice(String key, Object... args) {
            return new Report(key, false, args);
        }

        public static Report warning(String key, Object... args) {
            return new Report(key, true, args);
        }

        void addTo(RedirectAttributes redirect) {
            String kind = warning ? "warning" : "notice";
            redirect.addFlashAttribute(kind, key);
            if (args.length > 0) {
                redirect.addFlashAttribute(kind + "Args", args);
            }
        }

    }

    /**
     * A button's action: runs it, then a redirect to the target with the notice, or with
     * the refusal as a warning.
     */
    public static String step(RedirectAttributes redirect, String target, String notice, Runnable action) {
        return step(redirect, target, () -> {
            action.run();
            return Report.notice(notice);
        });
    }

    /**
     * A button's action whose outcome says what to tell ({@link Report}): then a redirect
     * to the target with it, or with the refusal as a warning.
     */
    public static String step(RedirectAttributes redirect, String target, Supplier<Report> actionThenReport) {
        try {
            actionThenReport.get().addTo(redirect);
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
        return step(redirect, target, () -> {
            action.run();
            return Report.notice(notice);
        }, field, response, pageWithFieldError);
    }

    /**
     * As
     * {@link #step(RedirectAttributes, String, String, Runnable, String, HttpServletResponse, Function)}
     * for a step whose outcome says what to tell ({@link Report}).
     */
    public static String step(RedirectAttributes redirect, String target, Supplier<Report> actionThenReport,
            String field, HttpServletResponse response, Function<RuleViolation, String> pageWithFieldError) {
        try {
            actionThenReport.get().addTo(redirect);
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
        return form(result, () -> redirect(redirect, notice, actionThenTarget.get()), formPage);
    }

    /**
     * As {@link #form(BindingResult, RedirectAttributes, String, Supplier, Supplier)} for
     * an action whose target is known before it runs: then a redirect to the target with
     * the notice.
     */
    public static String form(BindingResult result, RedirectAttributes redirect, String notice, Runnable action,
            String target, Supplier<String> formPage) {
        return form(result, redirect, notice, () -> {
            action.run();
            return target;
        }, formPage);
    }

    /**
     * As {@link #form(BindingResult, RedirectAttributes, String, Supplier, Supplier)}; a
     * refusal of the whole form rather than of one field (the consultation has ended, the
     * programme is adopted, the member has left) is a step no longer allowed: it answers
     * 409 Conflict and shows as a warning above the form too.
     */
    public static String form(BindingResult result, Model model, RedirectAttributes redirect,
            HttpServletResponse response, String notice, Supplier<String> actionThenTarget, Supplier<String> formPage) {
        return form(result, model, response, () -> redirect(redirect, notice, actionThenTarget.get()), formPage);
    }

    /**
     * As
     * {@link #form(BindingResult, Model, RedirectAttributes, HttpServletResponse, String, Supplier, Supplier)}
     * for an action whose target is known before it runs.
     */
    public static String form(BindingResult result, Model model, RedirectAttributes redirect,
            HttpServletResponse response, String notice, Runnable action, String target, Supplier<String> formPage) {
        return form(result, model, redirect, response, notice, () -> {
            action.run();
            return target;
        }, formPage);
    }

    /**
     * A form's action whose success is not one fixed notice: run only when the form has
     * no errors yet, it returns the view to answer with (a {@link #redirect} with the
     * notice the outcome chose, a redirect without one, or a page); a refusal goes to the
     * form's fields and the form is shown again.
     */
    public static String form(BindingResult result, Supplier<String> actionThenView, Supplier<String> formPage) {
        if (!result.hasErrors()) {
            try {
                return actionThenView.get();
            }
            catch (RuleViolation e) {
                e.addTo(result);
            }
        }
        return formPage.get();
    }

    /**
     * As {@link #form(BindingResult, Supplier, Supplier)}, with a refusal of the whole
     * form answered 409 Conflict and shown as a warning above the form too.
     */
    public static String form(BindingResult result, Model model, HttpServletResponse response,
            Supplier<String> actionThenView, Supplier<String> formPage) {
        return form(result, () -> {
            try {
                return actionThenView.get();
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

    /**
     * An action on a page that is shown again when a rule refuses it, with the refusal
     * where the page puts it (a file refused at its own input, which is no field of the
     * page's form); the action returns the view to answer with.
     */
    public static String orPage(Supplier<String> actionThenView, Function<RuleViolation, String> pageWithRefusal) {
        try {
            return actionThenView.get();
        }
        catch (RuleViolation e) {
            return pageWithRefusal.apply(e);
        }
    }

    /**
     * An action on a page with no form to show a refusal at (publishing an issue that is
     * empty): when a rule refuses it, 409 Conflict and the page again with the refusal as
     * a warning above it.
     */
    public static String orWarning(Model model, HttpServletResponse response, Supplier<String> actionThenView,
            Supplier<String> page) {
        return orPage(actionThenView, e -> {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            Flash.warning(model, e);
            return page.get();
        });
    }

    /**
     * Puts the refusal of one short input of a list page (the reason typed in one row's
     * form: cancelling a booking, declining a request) where
     * {@code fragments/forms :: inlineInput} shows it, with the text typed, and
     * {@code refusalSummary} lists it: the page is then shown again (422).
     */
    public static void refusedAt(Model model, String inputId, RuleViolation refusal, String typed) {
        model.addAttribute("refusedInput", inputId);
        model.addAttribute("inlineRefusal", refusal);
        model.addAttribute("refusedText", typed);
    }

    /** A redirect to the target with the notice (a message key) shown there. */
    public static String redirect(RedirectAttributes redirect, String notice, String target) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + target;
    }

    /**
     * A redirect to the target with what the outcome says there: a notice or a warning,
     * with its arguments.
     */
    public static String redirect(RedirectAttributes redirect, Report report, String target) {
        report.addTo(redirect);
        return "redirect:" + target;
    }

}
