package pl.wspolnie.shared.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * How mail leaves the platform: through SMTP when a host is configured
 * (spring.mail.host), else nowhere — kept in the {@link DevInbox} only in the explicit
 * development mode (wspolnie.mail.dev-inbox, on for {@code ./mvnw spring-boot:run}), and
 * said loudly at start-up so a production run without SMTP is noticed.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> sender;

    private final boolean devInbox;

    MailDelivery(ObjectProvider<JavaMailSender> sender, @Value("${wspolnie.mail.dev-inbox:false}") boolean devInbox) {
        this.sender = sender;
        this.devInbox = devInbox;
    }

    /**
     * The SMTP sender, or null when no SMTP host is set (an empty SPRING_MAIL_HOST counts
     * as none).
     */
    JavaMailSender smtp() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp instanceof JavaMailSenderImpl impl && !StringUtils.hasText(impl.getHost())) {
            return null;
        }
        return smtp;
    }

    /** True when mails are kept for /dev/mail: development mode and no SMTP server. */
    public boolean devInboxActive() {
        return devInbox && smtp() == null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenMailIsNotDelivered() {
        String warning = startupWarning();
        if (warning != null) {
            log.warn(warning);
        }
    }

    /**
     * The one block logged at start when mail is not sent, or null when SMTP is
     * configured.
     */
    String startupWarning() {
        if (smtp() != null) {
            return null;
        }
        String line = "=".repeat(78);
        if (devInbox) {
            return "\n" + line + "\n  MAIL IS NOT DELIVERED: no SMTP host (SPRING_MAIL_HOST) is set."
                    + "\n  Development mode (wspolnie.mail.dev-inbox=true): mails are kept in memory and shown"
                    + "\n  to platform administrators at /dev/mail. Never run like this in production." + "\n" + line;
        }
        return "\n" + line + "\n  MAIL IS NOT DELIVERED: no SMTP host (SPRING_MAIL_HOST) is set."
                + "\n  E-mail confirmations, password resets, unlock links and notifications are DROPPED"
                + "\n  (only recipient and subject are logged). Set SPRING_MAIL_HOST, SPRING_MAIL_PORT,"
                + "\n  SPRING_MAIL_USERNAME and SPRING_MAIL_PASSWORD (see docs/operations.md)." + "\n" + line;
    }

}
