package pl.wspolnie.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;

/**
 * One real SMTP server (GreenMail) for the whole test run, on a free port (see
 * IntegrationTest#mailServer).
 */
public final class TestMailServer {

    private static final GreenMail MAIL = start();

    private TestMailServer() {
    }

    private static GreenMail start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }

    public static int port() {
        return MAIL.getSmtp().getPort();
    }

    /**
     * Waits (up to 10 s) for a mail to this address whose subject contains the text;
     * returns its body.
     */
    public static String awaitMail(String to, String subjectContains) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage m : MAIL.getReceivedMessagesForDomain(to)) {
                try {
                    boolean toMatches = Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> a.toString().equalsIgnoreCase(to));
                    if (toMatches && m.getSubject().contains(subjectContains)) {
                        return textOf(m.getContent()).replace("\r\n", "\n");
                    }
                }
                catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            sleep();
        }
        throw new AssertionError("No mail to " + to + " with subject containing '" + subjectContains + "'");
    }

    /** The text of a mail: the body, or the first part that is not an attachment. */
    private static String textOf(Object content) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getFileName() == null) {
                    return textOf(part.getContent());
                }
            }
            return "";
        }
        return String.valueOf(content);
    }

    /** All mails received for this address. */
    public static List<MimeMessage> mailsTo(String to) {
        return Arrays.stream(MAIL.getReceivedMessagesForDomain(to)).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(to));
            }
            catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** The first http(s) link in a mail body. */
    public static String firstLink(String body) {
        Matcher m = Pattern.compile("https?://\\S+").matcher(body);
        if (!m.find()) {
            throw new AssertionError("No link in mail: " + body);
        }
        return m.group();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
