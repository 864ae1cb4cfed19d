package pl.wspolnie.audit;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One audit mechanism for every entity: who, when, what, before/after; secrets never
 * written.
 */
class AuditLogTest extends IntegrationTest {

    @Test
    void passwordChangeIsAuditedWithoutTheHash() {
        String email = plainUser();
        WebClient web = loggedIn(email);
        web.submit("/account/password", "/account/password", Map.of("currentPassword", DEMO_PASSWORD, "newPassword",
                "inne dlugie haslo", "newPasswordRepeat", "inne dlugie haslo"));
        String entry = jdbc.sql("""
                select actor_name || '|' || (before_state->>'passwordHash') || '|' || (after_state->>'passwordHash')
                from audit_log where entity_type = 'UserAccount' and action = 'UPDATE'
                  and after_state->>'passwordHash' is not null and actor_name = ? order by id desc limit 1""")
            .param(email)
            .query(String.class)
            .single();
        assertThat(entry).isEqualTo(email + "|***|***");
        assertThat(jdbc.sql(
                "select count(*) from audit_log where after_state::text like '%argon2%' or before_state::text like '%argon2%'")
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void administratorFiltersTheLogByActorAndEntity() {
        String admin = userWithRole(Role.PLATFORM_ADMIN, null);
        String person = plainUser();
        long personId = jdbc.sql("select id from user_account where lower(email) = lower(?)")
            .param(person)
            .query(Long.class)
            .single();
        WebClient web = loggedIn(admin);
        String page = "/admin/users/" + personId;
        web.submit(page, page + "/roles", Map.of("role", "CENTRE_STAFF", "jstId", String.valueOf(jstId(POWIAT))));
        String text = web.get("/admin/audit?actor=" + admin.substring(0, 20) + "&entityType=RoleAssignment").text();
        assertThat(text).contains(admin, "CENTRE_STAFF", "Utworzenie");
        String none = web.get("/admin/audit?actor=" + admin + "&action=DELETE").text();
        assertThat(none).contains("Wpisów: 0");
        assertThat(web.get("/admin/audit?from=not-a-date").status()).isEqualTo(400);
    }

    @Test
    void aChangeThatFailsLeavesNoAuditEntry() {
        long before = jdbc.sql("select count(*) from audit_log where entity_type = 'UserAccount' and action = 'CREATE'")
            .query(Long.class)
            .single();
        String taken = plainUser();
        long afterSetup = jdbc
            .sql("select count(*) from audit_log where entity_type = 'UserAccount' and action = 'CREATE'")
            .query(Long.class)
            .single();
        assertThat(afterSetup).isGreaterThan(before);
        visitor().submit("/register", "/register", Map.of("email", taken, "displayName", "Duplikat", "password",
                "dlugie haslo 123", "passwordRepeat", "dlugie haslo 123", "acceptTerms", "true"));
        assertThat(jdbc.sql(
                "select count(*) from audit_log where entity_type = 'UserAccount' and after_state->>'displayName' = 'Duplikat'")
            .query(Long.class)
            .single()).isZero();
    }

}
