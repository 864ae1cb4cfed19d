package pl.wspolnie.shared.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends mail through Spring Mail when an SMTP server is configured (spring.mail.host).
 * Without one, a development run ({@code wspolnie.mail.dev-inbox=true}) keeps it in the
 * {@link DevInbox}; otherwise only the recipient and subject are logged (a body may carry
 * a one-time link, which must not reach the logs).
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final MailDelivery delivery;

    private final DevInbox devInbox;

    private final String from;

    Mailer(MailDelivery delivery, DevInbox devInbox, @Value("${wspolnie.mail.from}") String from) {
        this.delivery = delivery;
        this.devInbox = devInbox;
        this.from = from;
    }

    /**
     * Sends the mail, or throws when it may succeed later (the event publication of the
     * calling listener then stays incomplete and {@link MailRetry} sends it again). A
     * mail the SMTP server refuses for good (an unknown recipient, {@link MailRefusal})
     * is logged once at WARN and given up: retrying it would fail for ever.
     */
    public void send(OutgoingMail mail) {
        try {
            deliver(mail);
        }
        catch (MailException e) {
            if (!MailRefusal.isPermanent(e)) {
                throw e;
            }
            log.warn("Mail NOT delivered, refused for good by the SMTP server (not retried) to {}: {} ({})", mail.to(),
                    mail.subject(), e.getMessage());
        }
    }

    private void deliver(OutgoingMail mail) {
        JavaMailSender smtp = delivery.smtp();
        if (smtp == null) {
            if (delivery.devInboxActive()) {
                log.info("Mail (development mode, no SMTP) to {}: {} — see /dev/mail", mail.to(), mail.subject());
                devInbox.add(mail);
            }
            else {
                log.warn("Mail NOT delivered (no SMTP host configured) to {}: {}", mail.to(), mail.subject());
            }
            return;
        }
        if (mail.attachments().isEmpty()) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.to());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            smtp.send(message);
            return;
        }
        smtp.send(mime -> {
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            for (OutgoingMail.Attachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
        });
    }

}
