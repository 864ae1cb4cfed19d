package pl.wspolnie.shared.security;

import java.util.List;

/**
 * Roles a person holds in one JST (platform administrator: in the whole platform). NGO
 * representatives are additionally tied to one organisation, with or without a board
 * seat.
 */
public enum Role {

    RESIDENT, NGO_REPRESENTATIVE, OFFICIAL, LIAISON_OFFICER, COMMISSION_MEMBER, COUNCIL_MEMBER, CENTRE_STAFF, JST_ADMIN,
    PLATFORM_ADMIN;

    /**
     * Roles that administrators grant in the roles screen (NGO representation is granted
     * per organisation).
     */
    public static final List<Role> GRANTABLE = List.of(RESIDENT, OFFICIAL, LIAISON_OFFICER, COMMISSION_MEMBER,
            COUNCIL_MEMBER, CENTRE_STAFF, JST_ADMIN, PLATFORM_ADMIN);

    public boolean isPlatformWide() {
        return this == PLATFORM_ADMIN;
    }

}
