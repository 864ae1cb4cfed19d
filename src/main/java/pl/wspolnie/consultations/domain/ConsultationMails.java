package pl.wspolnie.consultations.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.consultations.ConsultationsNotificationKinds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Tells the authors of remarks (those with an account) that their remark was answered and
 * that the consultation's report was published. Runs after the action is committed.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ConsultationMails {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final Notifications notifications;

    private final ConsultationRepository consultations;

    private final RemarkRepository remarks;

    private final AnswerRepository answers;

    private final MessageSource messages;

    @ApplicationModuleListener
    void on(ConsultationEvents.RemarksAnswered event) {
        Consultation c = consultations.findById(event.consultationId()).orElse(null);
        Answer answer = answers.findById(event.answerId()).orElse(null);
        if (c == null || answer == null) {
            return;
        }
        String decision = messages.getMessage("consultations.decision." + answer.getDecision().name(), null, POLISH);
        // one mail per author, linking their first answered remark
        Map<Long, Long> firstRemarkOf = new LinkedHashMap<>();
        for (Remark r : remarks.findAllById(event.remarkIds())) {
            if (r.getAuthorUserId() != null) {
                firstRemarkOf.merge(r.getAuthorUserId(), r.getId(), Math::min);
            }
        }
        firstRemarkOf.forEach((author, remarkId) -> notifications.tell(author,
                Notification.of(ConsultationsNotificationKinds.REMARK_ANSWERED, "consultations.mail.remarkAnswered")
                    .subject(c.getSubject())
                    .body(c.getSubject(), decision, answer.getJustification(),
                            notifications.link("/consultations/" + c.getId() + "#remark-" + remarkId))));
    }

    @ApplicationModuleListener
    void on(ConsultationEvents.ReportPublished event) {
        Consultation c = consultations.findById(event.consultationId()).orElse(null);
        if (c == null) {
            return;
        }
        List<Long> authors = remarks.withAnswers(c.getId())
            .stream()
            .map(Remark::getAuthorUserId)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
        notifications.tellAll(authors,
                Notification.of(ConsultationsNotificationKinds.REPORT_PUBLISHED, "consultations.mail.reportPublished")
                    .subject(c.getSubject())
                    .body(c.getSubject(), notifications.link("/consultations/" + c.getId() + "/report")));
    }

}
