package pl.wspolnie.diagnosis.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.mail.Mailer;
import pl.wspolnie.shared.mail.OutgoingMail;
import pl.wspolnie.shared.text.Formats;

import java.time.Clock;
import java.util.Locale;

/**
 * Sends the invitation mails after the invitation's commit, one event an address. The
 * invited have no account, so {@code Notifications} cannot reach them: the mail goes
 * through the {@link Mailer} as the account mails do. The token is made here and only its
 * hash stored in this listener's transaction: a failed mail rolls it back and its retry
 * makes a new one, so no link is kept in the event publication either.
 */
@Component
class InvitationMails {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final InvitationRepository invitations;

    private final Surveys surveys;

    private final Jsts jsts;

    private final Mailer mailer;

    private final MessageSource messages;

    private final Formats formats;

    private final Clock clock;

    private final String baseUrl;

    InvitationMails(InvitationRepository invitations, Surveys surveys, Jsts jsts, Mailer mailer, MessageSource messages,
            Formats formats, Clock clock, @Value("${wspolnie.base-url}") String baseUrl) {
        this.formats = formats;
        this.invitations = invitations;
        this.surveys = surveys;
        this.jsts = jsts;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(InvitationDue due) {
        Invitation invitation = invitations.findById(due.invitationId()).orElseThrow();
        if (invitation.isSent()) {
            return;
        }
        Survey survey = surveys.get(invitation.getSurveyId());
        String jst = jsts.find(survey.getJstId()).map(JstSummary::name).orElse("");
        String link = baseUrl + "/diagnosis/invited/" + invitation.issueToken(clock.instant());
        String ends = survey.getEndsOn() == null ? "" : formats.date(survey.getEndsOn());
        mailer.send(new OutgoingMail(invitation.getEmail(),
                messages.getMessage("diagnosis.mail.invited.subject", new Object[] { survey.getTitle() }, POLISH),
                messages.getMessage("diagnosis.mail.invited.body",
                        new Object[] { jst, survey.getTitle(), ends, link, messages.getMessage(survey.isAnonymous()
                                ? "diagnosis.mail.invited.anonymous" : "diagnosis.mail.invited.named", null, POLISH) },
                        POLISH)));
    }

}
