package pl.wspolnie.shared.mail;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Which SMTP failures are permanent (the mail is given up) and which temporary (retried),
 * with the real JavaMail client against a server that refuses.
 */
class MailRefusalTest {

    @Test
    void anUnknownRecipientIsPermanent() throws Exception {
        try (RefusingSmtpServer server = new RefusingSmtpServer("250 OK", "550 5.1.1 No such user here")) {
            assertThat(MailRefusal.isPermanent(failure(server.port(), "nobody@example.org"))).isTrue();
        }
    }

    @Test
    void aBusyMailboxIsTemporary() throws Exception {
        try (RefusingSmtpServer server = new RefusingSmtpServer("250 OK", "451 4.2.1 Mailbox busy, try later")) {
            assertThat(MailRefusal.isPermanent(failure(server.port(), "busy@example.org"))).isFalse();
        }
    }

    @Test
    void aRefusedSenderIsTheOperatorsToFixAndRetried() throws Exception {
        try (RefusingSmtpServer server = new RefusingSmtpServer("530 5.7.0 Authentication required", "250 OK")) {
            assertThat(MailRefusal.isPermanent(failure(server.port(), "someone@example.org"))).isFalse();
        }
    }

    @Test
    void aServerThatIsDownIsTemporary() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThat(MailRefusal.isPermanent(failure(closed, "someone@example.org"))).isFalse();
    }

    @Test
    void anAddressThatCannotBeParsedIsPermanent() throws Exception {
        try (RefusingSmtpServer server = new RefusingSmtpServer("250 OK", "250 OK")) {
            assertThat(MailRefusal.isPermanent(failure(server.port(), "no body@@example"))).isTrue();
        }
    }

    private static MailException failure(int port, String to) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(port);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("platforma@example.org");
        message.setTo(to);
        message.setSubject("Test");
        message.setText("Test");
        MailException failure = catchThrowableOfType(MailException.class, () -> sender.send(message));
        assertThat(failure).as("sending fails").isNotNull();
        return failure;
    }

}
