package pl.wspolnie.shared.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import pl.wspolnie.shared.web.NotFoundException;
import pl.wspolnie.shared.web.PublicPaths;

/** Local inbox page for runs without an SMTP server (the default demo run). */
@Controller
@ConditionalOnProperty(name = "wspolnie.mail.dev-inbox", havingValue = "true")
class DevInboxController {

    private final DevInbox inbox;
    private final ObjectProvider<JavaMailSender> smtp;

    DevInboxController(DevInbox inbox, ObjectProvider<JavaMailSender> smtp) {
        this.inbox = inbox;
        this.smtp = smtp;
    }

    @GetMapping("/dev/mail")
    String inbox(Model model) {
        if (smtp.getIfAvailable() != null) {
            throw new NotFoundException("dev inbox is off when SMTP is configured");
        }
        model.addAttribute("mails", inbox.latest());
        return "dev/mail";
    }

    @Bean
    static PublicPaths devInboxPublicPaths() {
        return PublicPaths.get("/dev/mail");
    }
}
