package pl.wspolnie.shared.mail;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.domain.NotFound;

/**
 * Local inbox page of a development run without an SMTP server
 * ({@code ./mvnw spring-boot:run}). It shows one-time links of every account, so it
 * exists only in the explicit development mode (wspolnie.mail.dev-inbox=true) and only
 * platform administrators may open it (anonymous visitors are sent to the login page,
 * everybody else gets 403).
 */
@Controller
@ConditionalOnProperty(name = "wspolnie.mail.dev-inbox", havingValue = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DevInboxController {

    private final DevInbox inbox;

    private final MailDelivery delivery;

    private final Permissions permissions;

    @GetMapping("/dev/mail")
    String inbox(Model model) {
        if (!delivery.devInboxActive()) {
            throw new NotFound("dev inbox is off when SMTP is configured");
        }
        permissions.requireUser();
        if (!permissions.isPlatformAdmin()) {
            throw new NotAllowed("the dev inbox is for platform administrators");
        }
        model.addAttribute("mails", inbox.latest());
        return "dev/mail";
    }

}
