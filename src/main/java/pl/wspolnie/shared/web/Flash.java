package pl.wspolnie.shared.web;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.shared.domain.DomainException;

/**
 * Sets the outcome of an action for the layout's one flash place
 * ({@code fragments/flash.html}): the message key with its arguments, so that a refusal
 * never shows a raw "{0}". Use it for a refusal that is shown as a banner on the page the
 * user returns to; a refusal of a form field goes back to the form instead.
 */
public final class Flash {

    private Flash() {
    }

    /** The refusal as a warning on the page the redirect leads to. */
    public static void warning(RedirectAttributes redirect, DomainException refusal) {
        redirect.addFlashAttribute("warning", refusal.messageKey());
        redirect.addFlashAttribute("warningArgs", refusal.args());
    }

    /** The refusal as a warning on the page rendered now. */
    public static void warning(Model model, DomainException refusal) {
        model.addAttribute("warning", refusal.messageKey());
        model.addAttribute("warningArgs", refusal.args());
    }

}
