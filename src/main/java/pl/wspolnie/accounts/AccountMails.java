package pl.wspolnie.accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.shared.mail.Mailer;
import pl.wspolnie.shared.mail.OutgoingMail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Sends the account mails after the registration or reset request has been committed. */
@Component
class AccountMails {

    private final Mailer mailer;

    private final MessageSource messages;

    private final String baseUrl;

    AccountMails(Mailer mailer, MessageSource messages, @Value("${wspolnie.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(AccountEvents.ConfirmationRequested event) {
        Locale locale = Locale.forLanguageTag(event.locale());
        String link = baseUrl + "/register/confirm?token="
                + URLEncoder.encode(event.rawToken(), StandardCharsets.UTF_8);
        mailer.send(new OutgoingMail(event.email(), messages.getMessage("accounts.mail.confirm.subject", null, locale),
                messages.getMessage("accounts.mail.confirm.body", new Object[] { event.displayName(), link }, locale)));
    }

    @ApplicationModuleListener
    void on(AccountEvents.PasswordResetRequested event) {
        Locale locale = Locale.forLanguageTag(event.locale());
        String link = baseUrl + "/password/reset?token=" + URLEncoder.encode(event.rawToken(), StandardCharsets.UTF_8);
        mailer.send(new OutgoingMail(event.email(), messages.getMessage("accounts.mail.reset.subject", null, locale),
                messages.getMessage("accounts.mail.reset.body", new Object[] { event.displayName(), link }, locale)));
    }

    @ApplicationModuleListener
    void on(AccountEvents.AdministratorCreated event) {
        Locale locale = Locale.forLanguageTag("pl");
        String link = baseUrl + "/password/reset?token=" + URLEncoder.encode(event.rawToken(), StandardCharsets.UTF_8);
        mailer
            .send(new OutgoingMail(event.email(), messages.getMessage("accounts.mail.firstAdmin.subject", null, locale),
                    messages.getMessage("accounts.mail.firstAdmin.body",
                            new Object[] { baseUrl, link, event.validHours() }, locale)));
    }

    @ApplicationModuleListener
    void on(AccountEvents.LoginUnlockRequested event) {
        Locale locale = Locale.forLanguageTag(event.locale());
        String link = baseUrl + "/login/unlock?token=" + URLEncoder.encode(event.rawToken(), StandardCharsets.UTF_8);
        mailer.send(new OutgoingMail(event.email(), messages.getMessage("accounts.mail.unlock.subject", null, locale),
                messages.getMessage("accounts.mail.unlock.body",
                        new Object[] { event.displayName(), link, event.failures() }, locale)));
    }

}
