package pl.wspolnie.accounts.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.accounts.AccountService;
import pl.wspolnie.accounts.RoleAdministration;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.AdditionalRoles;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.web.Outcomes;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** A person's own account: roles held and password change. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MyAccountController {

    record PasswordChangeForm(@NotBlank String currentPassword,
            @NotBlank @Size(min = 10, max = 128, message = "{accounts.password.policy}") String newPassword,
            @NotBlank String newPasswordRepeat) {
    }

    private final Permissions permissions;

    private final RoleAdministration roles;

    private final AccountService accounts;

    private final Jsts jsts;

    private final ObjectProvider<AdditionalRoles> additionalRoles;

    @GetMapping("/account")
    String account(Model model) {
        long userId = permissions.requireUser().userId();
        model.addAttribute("roles", RoleRows.of(roles.rolesOf(userId), jsts));
        model.addAttribute("otherRoles",
                additionalRoles.orderedStream().flatMap(r -> r.rolesOf(userId).stream()).toList());
        return "accounts/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordChangeForm("", "", ""));
        return "accounts/password";
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (form.newPassword() != null && !form.newPassword().equals(form.newPasswordRepeat())) {
            result.rejectValue("newPasswordRepeat", "accounts.password.mismatch");
        }
        return Outcomes.form(
                result, redirect, "accounts.password.changed", () -> accounts
                    .changePassword(permissions.requireUser().userId(), form.currentPassword(), form.newPassword()),
                "/account", () -> "accounts/password");
    }

}
