package pl.wspolnie.shared.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends mail through Spring Mail when an SMTP server is configured (spring.mail.host); otherwise
 * keeps it in the {@link DevInbox} and logs it, so the default run works without a mail server.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final DevInbox devInbox;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, DevInbox devInbox, @Value("${wspolnie.mail.from}") String from) {
        this.sender = sender;
        this.devInbox = devInbox;
        this.from = from;
    }

    public void send(OutgoingMail mail) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.info("Mail (no SMTP configured) to {}: {}\n{}", mail.to(), mail.subject(), mail.body());
            devInbox.add(mail);
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
