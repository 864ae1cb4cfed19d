package pl.wspolnie.accounts;

import org.junit.jupiter.api.Test;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session stored in PostgreSQL (spring_session_attributes, the serialised security
 * context) holds who is logged in, but not the account's password hash.
 */
class SessionCredentialsTest extends IntegrationTest {

    @Test
    void theStoredSessionHoldsNoPasswordHash() {
        String email = plainUser();
        WebClient person = loggedIn(email);
        assertThat(person.get("/account").status()).isEqualTo(200);
        String hash = jdbc.sql("select password_hash from user_account where lower(email) = lower(?)")
            .param(email)
            .query(String.class)
            .single();
        assertThat(hash).hasSizeGreaterThan(20);

        List<String> attributes = jdbc.sql("""
                select a.attribute_bytes from spring_session_attributes a
                join spring_session s on s.primary_id = a.session_primary_id
                where s.principal_name = ?""")
            .param(email)
            .query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1))
            .list();
        assertThat(attributes).as("the security context is stored").anyMatch(a -> a.contains(email));
        assertThat(attributes).as("without the password hash").noneMatch(a -> a.contains(hash));
        assertThat(attributes).as("nor a prefix of it").noneMatch(a -> a.contains(hash.substring(0, 20)));
    }

}
