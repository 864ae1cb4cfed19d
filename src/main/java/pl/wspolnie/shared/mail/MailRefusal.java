package pl.wspolnie.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a failed mail can ever be delivered. Permanent: the SMTP server refused the
 * recipient with a 5xx reply to RCPT TO (no such mailbox, invalid domain: JavaMail lists
 * it among the invalid addresses), or the address cannot even be parsed. Such a mail is
 * given up ({@link Mailer} logs it once at WARN), so its event publication completes
 * instead of being resubmitted by {@link MailRetry} for ever. Everything else is
 * temporary and retried: a server that is down or times out, a 4xx reply ("mailbox busy,
 * try later": JavaMail lists the address as valid but unsent), and also a 5xx refusal of
 * the sender or of the whole message (wrong credentials, a relay not allowed), which is
 * the operator's to fix and must not drop every mail meanwhile.
 */
final class MailRefusal {

    private MailRefusal() {
    }

    /** True when sending this mail again cannot succeed. */
    static boolean isPermanent(MailException failure) {
        if (failure instanceof MailParseException) {
            return true;
        }
        List<Throwable> causes = new ArrayList<>();
        causes.add(failure);
        if (failure instanceof MailSendException send) {
            causes.addAll(send.getFailedMessages().values());
        }
        Set<Throwable> seen = new HashSet<>();
        boolean refusedRecipient = false;
        while (!causes.isEmpty()) {
            Throwable t = causes.remove(0);
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (t instanceof AddressException) {
                return true;
            }
            if (t instanceof SendFailedException sendFailed) {
                if (sendFailed.getValidUnsentAddresses() != null && sendFailed.getValidUnsentAddresses().length > 0) {
                    return false; // a 4xx reply: try again later
                }
                if (sendFailed.getInvalidAddresses() != null && sendFailed.getInvalidAddresses().length > 0) {
                    refusedRecipient = true;
                }
            }
            if (t instanceof MessagingException messaging) {
                causes.add(messaging.getNextException());
            }
            causes.add(t.getCause());
        }
        return refusedRecipient;
    }

}
