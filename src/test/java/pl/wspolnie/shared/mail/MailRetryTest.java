package pl.wspolnie.shared.mail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import pl.wspolnie.calendar.Eventually;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail that could not be sent (SMTP refused the connection) is sent again by the retry
 * job once the server is back — exactly once — and the settings come from
 * application.yml.
 */
class MailRetryTest extends IntegrationTest {

    @Autowired
    JavaMailSenderImpl smtp;

    @Autowired
    MailRetry retry;

    @Test
    void aMailThatFailedWhileTheSmtpServerWasDownIsSentOnceWhenTheRetryJobRuns() throws Exception {
        String email = plainUser();
        int realPort = smtp.getPort();
        smtp.setPort(closedPort());
        try {
            visitor().submit("/password/forgot", "/password/forgot", Map.of("email", email));
            Eventually.await("the mail listener failed", () -> failedMailsTo(email) == 1);
        }
        finally {
            smtp.setPort(realPort);
        }
        Thread.sleep(500);
        assertThat(TestMailServer.mailsTo(email)).isEmpty();

        retry.resubmitOlderThan(Duration.ZERO);

        TestMailServer.awaitMail(email, "Ustaw nowe hasło");
        Eventually.await("the publication is complete", () -> incompleteMailsTo(email) == 0);
        retry.resubmitOlderThan(Duration.ZERO);
        Thread.sleep(1000);
        assertThat(TestMailServer.mailsTo(email)).hasSize(1);
    }

    @Test
    void theJobLooksEveryFiveMinutesForPublicationsOlderThanFiveMinutes() {
        assertThat(retry.settings()).isEqualTo(new MailRetrySettings(Duration.ofMinutes(5), Duration.ofMinutes(5)));
    }

    private long failedMailsTo(String email) {
        return jdbc.sql("select count(*) from event_publication where status = 'FAILED' and serialized_event like :e")
            .param("e", "%" + email + "%")
            .query(Long.class)
            .single();
    }

    private long incompleteMailsTo(String email) {
        return jdbc
            .sql("select count(*) from event_publication where completion_date is null and serialized_event like :e")
            .param("e", "%" + email + "%")
            .query(Long.class)
            .single();
    }

    /** A local port nobody listens on (the SMTP connection is refused at once). */
    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
