package pl.wspolnie.centre.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.centre.CentreNotificationKinds;
import pl.wspolnie.shared.calendar.IcsCalendar;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import pl.wspolnie.shared.mail.OutgoingMail;

/**
 * Tells applicants what became of their application (a seat, with the event as an .ics
 * file; the waiting list; a refusal), that they got a seat from the waiting list, or that
 * the event was cancelled. Runs after the action is committed, through
 * {@link Notifications} (the person may turn the kind off).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TrainingMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Notifications notifications;

    private final TrainingRepository trainings;

    private final TrainingApplicationRepository applications;

    private final CentreRepository centres;

    private final CentreIcs ics;

    private final Clock clock;

    @ApplicationModuleListener
    void on(TrainingCancelled event) {
        notifications.tellAll(event.userIds(),
                Notification.of(CentreNotificationKinds.TRAINING, "centre.mail.trainingCancelled")
                    .subject(event.title(), event.when())
                    .body(event.title(), event.when(), event.reason(), notifications.link("/centre/trainings")));
    }

    @ApplicationModuleListener
    void on(ApplicantPromoted event) {
        Training training = trainings.findById(event.trainingId()).orElseThrow();
        String link = notifications.link("/centre/trainings/" + event.trainingId());
        notifications.tell(event.userId(),
                Notification.of(CentreNotificationKinds.TRAINING, "centre.mail.promoted")
                    .subject(event.trainingTitle())
                    .body(event.trainingTitle(), link)
                    .attach(seat(training, link)));
    }

    @ApplicationModuleListener
    void on(ApplicationDecided event) {
        TrainingApplication application = applications.findById(event.applicationId()).orElseThrow();
        if (application.getStatus() != event.status()) {
            return; // changed again since (e.g. cancelled): the later change tells its
                    // own story
        }
        Training training = trainings.findById(application.getTrainingId()).orElseThrow();
        String link = notifications.link("/centre/trainings/" + training.getId());
        String when = WHEN.format(training.getStartsAt().atZone(ClockConfig.WARSAW));
        String place = training.getPlace().isBlank()
                ? (training.getOnlineLink() == null ? "" : training.getOnlineLink()) : training.getPlace();
        Notification notification = switch (event.status()) {
            case ACCEPTED -> Notification.of(CentreNotificationKinds.TRAINING, "centre.mail.applicationAccepted")
                .subject(training.getTitle())
                .body(training.getTitle(), when, place, link)
                .attach(seat(training, link));
            case WAITING -> Notification.of(CentreNotificationKinds.TRAINING, "centre.mail.applicationWaiting")
                .subject(training.getTitle())
                .body(training.getTitle(), when, link);
            case REJECTED -> Notification.of(CentreNotificationKinds.TRAINING, "centre.mail.applicationRejected")
                .subject(training.getTitle())
                .body(training.getTitle(), when, notifications.link("/centre/trainings"));
            default -> null;
        };
        if (notification != null) {
            notifications.tell(application.getUserId(), notification);
        }
    }

    /**
     * The accepted seat as an invitation file (METHOD:PUBLISH, organised by the centre).
     */
    private OutgoingMail.Attachment seat(Training training, String link) {
        Centre centre = centres.findById(training.getCentreId()).orElseThrow();
        String file = IcsCalendar.writeForMail(centre.getName(), List.of(CentreIcs.training(training, link)),
                clock.instant(), ics.organizer(centre));
        return CentreIcs.attachment("szkolenie.ics", "PUBLISH", file);
    }

}
