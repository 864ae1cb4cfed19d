package pl.wspolnie.organizations.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import pl.wspolnie.organizations.domain.Membership;
import pl.wspolnie.organizations.domain.Memberships;
import pl.wspolnie.shared.security.AdditionalRoles;

import java.util.List;
import java.util.Locale;

/**
 * Lists a person's representation of organisations on the account pages ("Przedstawiciel
 * organizacji: X (zarząd)").
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RepresentativeRoles implements AdditionalRoles {

    private final Memberships memberships;

    private final MessageSource messages;

    @Override
    public List<RoleLabel> rolesOf(long userId) {
        Locale locale = LocaleContextHolder.getLocale();
        return memberships.activeOf(userId).stream().map(m -> label(m, locale)).toList();
    }

    private RoleLabel label(Membership m, Locale locale) {
        String key = m.isBoardMember() ? "organizations.role.board" : "organizations.role.member";
        String text = messages.getMessage(key, new Object[] { m.getOrganization().getName() }, locale);
        return new RoleLabel(text, m.getOrganization().summary().profilePath());
    }

}
