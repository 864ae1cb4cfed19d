package pl.wspolnie.accounts.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.thymeleaf.context.LazyContextVariable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import pl.wspolnie.accounts.RoleAdministration;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;

/**
 * The header's account part: who is logged in and whether to show the administration
 * link.
 */
@ControllerAdvice
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountLayoutAdvice {

    private final Permissions permissions;

    private final RoleAdministration roles;

    @ModelAttribute("me")
    AuthenticatedUser me() {
        return permissions.currentUser().orElse(null);
    }

    /**
     * Read only when a page shows it (the layout's menu): a page without the menu (the
     * vote's receipt) reads no roles.
     */
    @ModelAttribute("adminMenu")
    LazyContextVariable<Boolean> adminMenu() {
        return new LazyContextVariable<>() {
            @Override
            protected Boolean loadValue() {
                return permissions.currentUser().isPresent() && roles.mayAdministerRoles();
            }
        };
    }

}
