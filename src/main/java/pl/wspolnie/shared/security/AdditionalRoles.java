package pl.wspolnie.shared.security;

import java.util.List;

/**
 * Roles a module holds outside the role assignments, e.g. NGO representation (per
 * organisation), shown on the account and administration pages. Implemented by the module
 * that owns them.
 */
public interface AdditionalRoles {

    /**
     * @param label already-localised text, e.g. "Przedstawiciel organizacji: Fundacja X
     * (zarząd)"
     */
    record RoleLabel(String label, String link) {
    }

    List<RoleLabel> rolesOf(long userId);

}
