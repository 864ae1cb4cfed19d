package pl.wspolnie.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.StatementCounter;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What keeping sessions in PostgreSQL costs a request: a logged-in one reads its session
 * once (Spring Session JDBC read it again when committing it a second time) and writes
 * nothing when nothing in it changed and its last access was written less than a minute
 * ago ({@link RequestScopedSessions}); an anonymous one touches no session table.
 */
@Import(StatementCounter.Config.class)
class SessionStoreStatementCountTest extends IntegrationTest {

    @Test
    void aLoggedInRequestReadsItsSessionOnceAndWritesNothingAndAnAnonymousOneTouchesNone() {
        WebClient user = loggedIn(plainUser());
        StatementCounter.Counted<Page> loggedIn = StatementCounter.during(() -> user.get("/account"));
        assertThat(loggedIn.result().status()).isEqualTo(200);
        assertThat(loggedIn.sessionStatements()).as(String.join("\n", loggedIn.sessionStatements()))
            .hasSize(1)
            .allMatch(s -> s.strip().toUpperCase().startsWith("SELECT"));

        WebClient anonymous = visitor();
        StatementCounter.Counted<Page> page = StatementCounter.during(() -> anonymous.get("/login"));
        assertThat(page.result().status()).isEqualTo(200);
        assertThat(page.sessionStatements()).isEmpty();
    }

}
