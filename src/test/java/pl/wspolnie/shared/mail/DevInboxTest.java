package pl.wspolnie.shared.mail;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient.Page;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A development run without SMTP (what ./mvnw spring-boot:run starts): the inbox with
 * everybody's one-time links is for platform administrators only. Its own context: no
 * SMTP host, dev inbox on.
 */
@TestPropertySource(properties = { "spring.mail.host=", "wspolnie.mail.dev-inbox=true" })
class DevInboxTest extends IntegrationTest {

    @Test
    void strangersCannotReadTheAdministratorsPasswordResetLink() {
        String admin = userWithRole(Role.PLATFORM_ADMIN, null);
        Page asked = visitor().submit("/password/forgot", "/password/forgot", Map.of("email", admin));
        assertThat(asked.status()).isEqualTo(302);

        Page anonymous = visitor().get("/dev/mail");
        assertThat(anonymous.status()).as("anonymous visitors are sent to the login page").isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login");
        assertThat(anonymous.body()).doesNotContain("/password/reset");

        Page resident = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO)).get("/dev/mail");
        assertThat(resident.status()).isEqualTo(403);
        assertThat(resident.body()).doesNotContain("/password/reset");

        Page official = loggedIn(userWithRole(Role.JST_ADMIN, POWIAT)).get("/dev/mail");
        assertThat(official.status()).as("only platform administrators").isEqualTo(403);

        Page asAdmin = loggedIn(admin).get("/dev/mail");
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asAdmin.text()).contains(admin, "/password/reset?token=");
    }

}
