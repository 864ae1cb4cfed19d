package pl.wspolnie.accounts.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.accounts.AccountService;
import pl.wspolnie.partnership.Jsts;

import pl.wspolnie.shared.web.Outcomes;
import java.util.Locale;
import java.util.function.Consumer;

/** Login page, self-registration, e-mail confirmation and password reset. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuthPagesController {

    // written by LoginHandlers
    static final String LAST_EMAIL = "wspolnie.login.lastEmail";
    static final String LOCK_MINUTES = "wspolnie.login.lockMinutes";

    record RegistrationForm(@NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Size(min = 10, max = 128, message = "{accounts.password.policy}") String password,
            @NotBlank String passwordRepeat, Long jstId,
            @AssertTrue(message = "{accounts.register.acceptRequired}") boolean acceptTerms) {

        static RegistrationForm empty() {
            return new RegistrationForm("", "", "", "", null, false);
        }
    }

    record EmailForm(@NotBlank @Email @Size(max = 320) String email) {
    }

    record ResetForm(@NotBlank @Size(max = 200) String token,
            @NotBlank @Size(min = 10, max = 128, message = "{accounts.password.policy}") String password,
            @NotBlank String passwordRepeat) {
    }

    private final AccountService accounts;

    private final Jsts jsts;

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpServletRequest request, Model model) {
        // reading the login page creates no session
        HttpSession session = request.getSession(false);
        model.addAttribute("email", session == null ? null : session.getAttribute(LAST_EMAIL));
        model.addAttribute("error", error);
        model.addAttribute("lockMinutes", session == null ? null : session.getAttribute(LOCK_MINUTES));
        return "accounts/login";
    }

    @GetMapping("/register")
    String registerForm(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        return registrationPage(model);
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, Model model,
            Locale locale) {
        if (form.password() != null && !form.password().equals(form.passwordRepeat())) {
            result.rejectValue("passwordRepeat", "accounts.password.mismatch");
        }
        return Outcomes.form(result, () -> {
            accounts.register(form.email(), form.displayName(), form.password(), form.jstId(), locale);
            model.addAttribute("email", form.email());
            return "accounts/registered";
        }, () -> registrationPage(model));
    }

    private String registrationPage(Model model) {
        model.addAttribute("jsts", jsts.members());
        return "accounts/register";
    }

    @GetMapping("/register/confirm")
    String confirm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("confirmed", accounts.confirmEmail(token));
        return "accounts/confirmed";
    }

    @GetMapping("/register/resend")
    String resendForm(Model model) {
        return emailForm(model, "accounts/resend");
    }

    @PostMapping("/register/resend")
    String resend(@Valid @ModelAttribute("form") EmailForm form, BindingResult result, RedirectAttributes redirect) {
        return emailStep(form, result, redirect, "accounts/resend", accounts::resendConfirmation,
                "accounts.resend.sent");
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        return emailForm(model, "accounts/forgot");
    }

    @PostMapping("/password/forgot")
    String forgot(@Valid @ModelAttribute("form") EmailForm form, BindingResult result, RedirectAttributes redirect) {
        return emailStep(form, result, redirect, "accounts/forgot", accounts::requestPasswordReset,
                "accounts.forgot.sent");
    }

    private static String emailForm(Model model, String view) {
        model.addAttribute("form", new EmailForm(""));
        return view;
    }

    /**
     * A form that asks only for an e-mail address: the action with the address, then the
     * login page with the notice.
     */
    private static String emailStep(EmailForm form, BindingResult result, RedirectAttributes redirect, String view,
            Consumer<String> action, String notice) {
        if (result.hasErrors()) {
            return view;
        }
        action.accept(form.email());
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/login";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(required = false) String token, Model model) {
        if (!accounts.isResetTokenUsable(token)) {
            return "accounts/reset-invalid";
        }
        model.addAttribute("form", new ResetForm(token, "", ""));
        return "accounts/reset";
    }

    @PostMapping("/password/reset")
    String reset(@Valid @ModelAttribute("form") ResetForm form, BindingResult result, RedirectAttributes redirect) {
        if (form.password() != null && !form.password().equals(form.passwordRepeat())) {
            result.rejectValue("passwordRepeat", "accounts.password.mismatch");
        }
        if (result.hasErrors()) {
            return "accounts/reset";
        }
        if (!accounts.resetPassword(form.token(), form.password())) {
            return "accounts/reset-invalid";
        }
        redirect.addFlashAttribute("notice", "accounts.reset.done");
        return "redirect:/login";
    }

}
