package pl.wspolnie.shared.mail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wspolnie.calendar.Eventually;
import pl.wspolnie.support.IntegrationTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A queued mail the SMTP server refuses for good (550, no such user) is given up: its
 * event publication completes (and, completed, is deleted: completion-mode delete), so
 * the retry job never sends it again. A mail refused for now (451) stays incomplete for
 * the retry job, as does one sent while the server is down ({@link MailRetryTest}).
 */
class PermanentMailFailureTest extends IntegrationTest {

    @Autowired
    JavaMailSenderImpl smtp;

    @Autowired
    MailQueue queue;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aMailToAnUnknownRecipientIsNotRetried() throws Exception {
        String email = "unknown-" + UUID.randomUUID() + "@example.org";
        try (RefusingSmtpServer server = new RefusingSmtpServer("250 OK", "550 5.1.1 No such user here")) {
            queueWhileTheServerIs(server, email);
            Eventually.await("the publication is complete (and deleted)", () -> publicationsTo(email) == 0);
        }
        assertThat(failedMailsTo(email)).isZero();
    }

    @Test
    void aMailToABusyMailboxIsKeptForTheRetryJob() throws Exception {
        String email = "busy-" + UUID.randomUUID() + "@example.org";
        try (RefusingSmtpServer server = new RefusingSmtpServer("250 OK", "451 4.2.1 Mailbox busy, try later")) {
            queueWhileTheServerIs(server, email);
            Eventually.await("the mail listener failed", () -> failedMailsTo(email) == 1);
        }
        assertThat(incompleteMailsTo(email)).isEqualTo(1);
    }

    private void queueWhileTheServerIs(RefusingSmtpServer server, String email) {
        int realPort = smtp.getPort();
        smtp.setPort(server.port());
        try {
            transactions.executeWithoutResult(tx -> queue.queue(new OutgoingMail(email, "Test", "Treść")));
            Eventually.await("the server was asked", () -> server.recipients().contains(email));
        }
        finally {
            smtp.setPort(realPort);
        }
    }

    private long publicationsTo(String email) {
        return count("true", email);
    }

    private long failedMailsTo(String email) {
        return count("status = 'FAILED'", email);
    }

    private long incompleteMailsTo(String email) {
        return count("completion_date is null", email);
    }

    private long count(String condition, String email) {
        return jdbc.sql("select count(*) from event_publication where " + condition + " and serialized_event like :e")
            .param("e", "%" + email + "%")
            .query(Long.class)
            .single();
    }

}
