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
 * and writes its last access (Spring Session JDBC reads it once more when committing it);
 * an anonymous one touches no session table.
 */
@Import(StatementCounter.Config.class)
class SessionStoreStatementCountTest extends IntegrationTest {

    @Test
    void aLoggedInRequestCostsAtMostThreeSessionStatementsAndAnAnonymousOneNone() {
        WebClient user = loggedIn(plainUser());
        StatementCounter.Counted<Page> loggedIn = StatementCounter.during(() -> user.get("/account"));
        assertThat(loggedIn.result().status()).isEqualTo(200);
        assertThat(loggedIn.sessionStatements()).as(String.join("\n", loggedIn.sessionStatements()))
            .hasSizeLessThanOrEqualTo(3);

        WebClient anonymous = visitor();
        StatementCounter.Counted<Page> page = StatementCounter.during(() -> anonymous.get("/login"));
        assertThat(page.result().status()).isEqualTo(200);
        assertThat(page.sessionStatements()).isEmpty();
    }

}
