package pl.wspolnie.accounts.security;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.accounts.AccountService;

import java.util.Optional;

/**
 * The unlock link mailed to the owner when logins of their account from new addresses
 * were paused. Opening it shows a button (a mail scanner that fetches links uses nothing
 * up); pressing it uses the link once and trusts the address it came from, so the owner
 * logs in from there with their password at once.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LoginUnlockController {

    private static final Logger log = LoggerFactory.getLogger(LoginUnlockController.class);

    private final AccountService accounts;

    private final LoginThrottle throttle;

    @GetMapping("/login/unlock")
    String unlockPage(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("usable", accounts.isUnlockTokenUsable(token));
        model.addAttribute("token", token);
        return "accounts/unlock";
    }

    @PostMapping("/login/unlock")
    String unlock(@RequestParam(required = false) String token, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Optional<String> email = accounts.useUnlockToken(token);
        if (email.isEmpty()) {
            model.addAttribute("usable", false);
            return "accounts/unlock";
        }
        String address = request.getRemoteAddr();
        throttle.trust(LoginThrottle.accountKey(email.get()), address);
        log.info("Login unlock link used for {} from {}", email.get(), address);
        request.getSession().setAttribute(LoginHandlers.LAST_EMAIL, email.get());
        redirect.addFlashAttribute("notice", "accounts.unlock.done");
        return "redirect:/login";
    }

}
