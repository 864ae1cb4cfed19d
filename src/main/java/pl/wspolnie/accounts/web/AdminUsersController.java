package pl.wspolnie.accounts.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.accounts.AccountDirectory;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.RoleAdministration;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.AdditionalRoles;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.domain.NotFound;

import java.util.List;
import pl.wspolnie.shared.web.Outcomes;
import org.springframework.beans.factory.ObjectProvider;

/** Administration of people and their roles (platform and JST administrators). */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AdminUsersController {

    record GrantForm(@NotNull Role role, Long jstId) {
    }

    private final RoleAdministration roles;

    private final AccountDirectory directory;

    private final Jsts jsts;

    private final Permissions permissions;

    private final ObjectProvider<AdditionalRoles> additionalRoles;

    @GetMapping("/admin")
    String admin() {
        requireAdmin();
        return "accounts/admin/index";
    }

    @GetMapping("/admin/users")
    String users(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        requireAdmin();
        Page<AccountSummary> result = directory.search(q, Math.max(0, page), 25);
        model.addAttribute("q", q);
        model.addAttribute("users", result);
        return "accounts/admin/users";
    }

    @GetMapping("/admin/users/{id}")
    String user(@PathVariable long id, Model model) {
        requireAdmin();
        model.addAttribute("form", new GrantForm(null, null));
        return userPage(id, model);
    }

    @PostMapping("/admin/users/{id}/roles")
    String grant(@PathVariable long id, @Validated @ModelAttribute("form") GrantForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        requireAdmin();
        return Outcomes.form(result, redirect, "accounts.roles.granted",
                () -> roles.grant(id, form.role(), form.jstId()), "/admin/users/" + id, () -> userPage(id, model));
    }

    @PostMapping("/admin/users/{id}/roles/{assignmentId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long assignmentId, RedirectAttributes redirect) {
        requireAdmin();
        return Outcomes.step(redirect, "/admin/users/" + id, "accounts.roles.revoked",
                () -> roles.revoke(assignmentId));
    }

    private String userPage(long id, Model model) {
        AccountSummary user = directory.find(id).orElseThrow(() -> new NotFound("user " + id));
        model.addAttribute("user", user);
        model.addAttribute("roles", RoleRows.of(roles.rolesOf(id), jsts));
        model.addAttribute("otherRoles", additionalRoles.orderedStream().flatMap(r -> r.rolesOf(id).stream()).toList());
        model.addAttribute("grantableRoles", permissions.isPlatformAdmin() ? Role.GRANTABLE
                : Role.GRANTABLE.stream().filter(r -> !r.isPlatformWide()).toList());
        List<JstSummary> manageable = permissions.isPlatformAdmin() ? jsts.all()
                : jsts.all().stream().filter(j -> permissions.has(Role.JST_ADMIN, j.id())).toList();
        model.addAttribute("manageableJsts", manageable);
        return "accounts/admin/user";
    }

    private void requireAdmin() {
        permissions.requireUser();
        if (!roles.mayAdministerRoles()) {
            throw new NotAllowed("administrators only");
        }
    }

}
