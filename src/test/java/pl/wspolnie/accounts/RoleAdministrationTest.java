package pl.wspolnie.accounts;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators grant and revoke roles per JST; every grant is audited; nobody exceeds
 * their JST.
 */
class RoleAdministrationTest extends IntegrationTest {

    private long userId(String email) {
        return jdbc.sql("select id from user_account where lower(email) = lower(?)")
            .param(email)
            .query(Long.class)
            .single();
    }

    @Test
    void jstAdministratorGrantsAndRevokesARoleInTheirJstAndItIsAudited() {
        String admin = userWithRole(Role.JST_ADMIN, SECEMIN);
        String person = plainUser();
        long personId = userId(person);
        WebClient web = loggedIn(admin);
        String page = "/admin/users/" + personId;
        assertThat(web.get(page).text()).contains("Nadaj rolę");

        Page granted = web.submit(page, page + "/roles",
                Map.of("role", "OFFICIAL", "jstId", String.valueOf(jstId(SECEMIN))));
        assertThat(granted.location()).endsWith(page);
        assertThat(web.get(page).text()).contains("Rola została nadana", "Urzędnik", "Gmina Secemin");
        assertThat(loggedIn(person).get("/account").text()).contains("Urzędnik – Gmina Secemin");

        String audit = jdbc
            .sql("""
                    select actor_name || ' role=' || (after_state->>'role') || ' jst=' || (after_state->>'jstId') from audit_log
                    where entity_type = 'RoleAssignment' and action = 'CREATE' and after_state->>'userId' = ?
                    order by id desc limit 1""")
            .param(String.valueOf(personId))
            .query(String.class)
            .single();
        assertThat(audit).isEqualTo(admin + " role=OFFICIAL jst=" + jstId(SECEMIN));
        assertThat(web.get("/admin/audit?entityType=RoleAssignment").text()).contains(admin, "Utworzenie");

        long assignment = jdbc.sql("select id from role_assignment where user_id = ? and role = 'OFFICIAL'")
            .param(personId)
            .query(Long.class)
            .single();
        Page revoked = web.post(page + "/roles/" + assignment + "/revoke", Map.of(), web.get(page).csrf());
        assertThat(revoked.location()).endsWith(page);
        assertThat(web.get(page).text()).contains("Rola została odebrana");
        assertThat(jdbc.sql(
                "select count(*) from audit_log where entity_type = 'RoleAssignment' and action = 'DELETE' and entity_id = ?")
            .param(String.valueOf(assignment))
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    @Test
    void jstAdministratorCannotGrantInAnotherJstOrMakePlatformAdmins() {
        String admin = userWithRole(Role.JST_ADMIN, SECEMIN);
        long personId = userId(plainUser());
        WebClient web = loggedIn(admin);
        String page = "/admin/users/" + personId;
        String csrf = web.get(page).csrf();
        assertThat(
                web.post(page + "/roles", Map.of("role", "OFFICIAL", "jstId", String.valueOf(jstId(KLUCZEWSKO))), csrf)
                    .status())
            .isEqualTo(403);
        assertThat(web.post(page + "/roles", Map.of("role", "PLATFORM_ADMIN", "jstId", ""), csrf).status())
            .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from role_assignment where user_id = ?")
            .param(personId)
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void roleNeedsAJstAndCannotBeGrantedTwice() {
        String admin = userWithRole(Role.PLATFORM_ADMIN, null);
        long personId = userId(plainUser());
        WebClient web = loggedIn(admin);
        String page = "/admin/users/" + personId;
        Page noJst = web.submit(page, page + "/roles", Map.of("role", "CENTRE_STAFF", "jstId", ""));
        assertThat(noJst.text()).contains("Ta rola wymaga wskazania samorządu");
        web.submit(page, page + "/roles", Map.of("role", "CENTRE_STAFF", "jstId", String.valueOf(jstId(POWIAT))));
        Page twice = web.submit(page, page + "/roles",
                Map.of("role", "CENTRE_STAFF", "jstId", String.valueOf(jstId(POWIAT))));
        assertThat(twice.text()).contains("ma już tę rolę");
        Page bogus = web.submit(page, page + "/roles", Map.of("role", "EMPEROR", "jstId", ""));
        assertThat(bogus.status()).isEqualTo(422);
        assertThat(bogus.text()).contains("Nieprawidłowa wartość");
    }

    @Test
    void onePersonHoldsSeveralRolesInSeveralJsts() {
        String email = userWithRole(Role.COMMISSION_MEMBER, KLUCZEWSKO);
        provisioning.ensureRole(userId(email), Role.COUNCIL_MEMBER, jstId(POWIAT));
        provisioning.ensureRole(userId(email), Role.RESIDENT, jstId(SECEMIN));
        assertThat(loggedIn(email).get("/account").text()).contains("Członek komisji konkursowej – Gmina Kluczewsko",
                "Członek rady pożytku publicznego – Powiat włoszczowski", "Mieszkaniec – Gmina Secemin");
    }

    @Test
    void anonymousIsSentToLoginAndUsersWithoutRoleGetFriendly403() {
        Page anonymous = visitor().get("/admin/users");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login");
        Page forbidden = loggedIn(plainUser()).get("/admin/users");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.text()).contains("Brak dostępu", "Przejdź do treści")
            .doesNotContain("Exception", "at pl.");
        assertThat(loggedIn(userWithRole(Role.OFFICIAL, POWIAT)).get("/admin/audit").status()).isEqualTo(403);
    }

    @Test
    void jstAdministratorSeesOnlyTheirJstsAuditEntries() {
        String kluczewskoAdmin = userWithRole(Role.JST_ADMIN, KLUCZEWSKO);
        String seceminPerson = userWithRole(Role.OFFICIAL, SECEMIN);
        Page log = loggedIn(kluczewskoAdmin).get("/admin/audit?entityType=RoleAssignment&action=CREATE");
        assertThat(log.status()).isEqualTo(200);
        long seceminGrant = jdbc.sql("select id from role_assignment where user_id = ?")
            .param(userId(seceminPerson))
            .query(Long.class)
            .single();
        assertThat(log.text()).doesNotContain("RoleAssignment #" + seceminGrant + " ");
        Page platform = loggedIn(userWithRole(Role.PLATFORM_ADMIN, null))
            .get("/admin/audit?entityType=RoleAssignment&entityId=" + seceminGrant);
        assertThat(platform.text()).contains("RoleAssignment #" + seceminGrant);
    }

}
