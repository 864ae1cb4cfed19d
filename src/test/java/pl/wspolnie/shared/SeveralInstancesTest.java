package pl.wspolnie.shared;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TwoInstances;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one PostgreSQL, as behind a load balancer without sticky sessions: a person
 * logged in on one is logged in on the other.
 */
class SeveralInstancesTest extends IntegrationTest {

    private static TwoInstances instances;

    @BeforeEach
    void startTheSecondInstance(@Autowired ApplicationContext first) {
        if (instances == null) {
            instances = TwoInstances.beside(first);
        }
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (instances != null) {
            instances.close();
            instances = null;
        }
    }

    @Test
    void aPersonLoggedInOnOneInstanceIsLoggedInOnTheOther() {
        String email = plainUser();
        WebClient onA = new WebClient(instances.portA());
        assertThat(onA.get("/login").headers().getOrDefault("set-cookie", List.of())).as("an anonymous visitor gets no session")
                .noneMatch(c -> c.startsWith("JSESSIONID="));
        Page login = onA.submit("/login", "/login", Map.of("email", email, "password", DEMO_PASSWORD));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.headers().get("set-cookie")).as("the session cookie keeps server.servlet.session.cookie")
                .anyMatch(c -> c.startsWith("JSESSIONID=") && c.contains("HttpOnly") && c.contains("SameSite=Lax"));
        String session = onA.cookie("JSESSIONID");
        assertThat(session).isNotNull();
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :e").param("e", email)
                .query(Long.class).single()).as("the session is kept in PostgreSQL").isEqualTo(1);

        WebClient onB = onA.samePersonOn(instances.portB());
        Page account = onB.get("/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.text()).contains(email);
        assertThat(onB.cookie("JSESSIONID")).as("the same session").isEqualTo(session);
        assertThat(new WebClient(instances.portB()).get("/account").status()).as("nobody else").isEqualTo(302);

        // logging out on b ends the session everywhere
        assertThat(onB.post("/logout", Map.of(), onB.get("/account").csrf()).status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :e").param("e", email)
                .query(Long.class).single()).isZero();
        assertThat(onA.get("/account").status()).isEqualTo(302);
    }
}
