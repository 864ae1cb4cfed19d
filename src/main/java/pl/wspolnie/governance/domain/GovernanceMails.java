package pl.wspolnie.governance.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.governance.GovernanceNotificationKinds;
import pl.wspolnie.shared.calendar.IcsCalendar;
import pl.wspolnie.shared.calendar.IcsEvent;
import pl.wspolnie.shared.mail.OutgoingMail;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.time.ClockConfig;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/** Tells people of the agreement's decisions by mail, after the action is committed. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GovernanceMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Notifications notifications;

    private final AgreementRepository agreements;

    private final PartyRepository parties;

    private final AgreementMeetingRepository meetings;

    private final AgreementDocumentRepository documents;

    private final PartyExits exits;

    private final Accounts accounts;

    private final Clock clock;

    /**
     * Those who decide on the application: the Council's members in office today, or the
     * coordinators (liaison officers of the agreement's JST) while there is no Council.
     */
    @ApplicationModuleListener
    void on(GovernanceEvents.Applied event) {
        Agreement agreement = agreements.findById(event.agreementId()).orElseThrow();
        Party party = parties.findById(event.partyId()).orElseThrow();
        Set<Long> deciders = exits.councilMembersOn(agreement.getId(), LocalDate.now(clock));
        if (deciders.isEmpty()) {
            deciders = accounts.holdersOf(List.of(Role.LIAISON_OFFICER), List.of(agreement.getJstId()));
        }
        notifications.tellAll(deciders,
                Notification.of(GovernanceNotificationKinds.APPLICATION_RECEIVED, "governance.mail.applied")
                    .subject(party.getName())
                    .body(party.getName(), agreement.getTitle(),
                            notifications.link("/governance/" + agreement.getId())));
    }

    @ApplicationModuleListener
    void on(GovernanceEvents.ApplicationDecided event) {
        Agreement agreement = agreements.findById(event.agreementId()).orElseThrow();
        Party party = parties.findById(event.partyId()).orElseThrow();
        String key = event.accepted() ? "governance.mail.accepted" : "governance.mail.refused";
        notifications.tell(event.applicantId(),
                Notification.of(GovernanceNotificationKinds.APPLICATION_DECIDED, key)
                    .subject(agreement.getTitle())
                    .body(party.getName(), agreement.getTitle(), party.getReason() == null ? "" : party.getReason(),
                            notifications.link("/governance/" + agreement.getId())));
    }

    @ApplicationModuleListener
    void on(GovernanceEvents.Nominated event) {
        Agreement agreement = agreements.findById(event.agreementId()).orElseThrow();
        notifications.tell(event.candidateId(), Notification
            .of(GovernanceNotificationKinds.NOMINATED, "governance.mail.nominated")
            .subject(agreement.getTitle())
            .body(agreement.getTitle(), event.partyName(),
                    notifications.link("/governance/" + agreement.getId() + "/elections/" + event.electionId())));
    }

    @ApplicationModuleListener
    void on(GovernanceEvents.MeetingCalled event) {
        Agreement agreement = agreements.findById(event.agreementId()).orElseThrow();
        AgreementMeeting meeting = meetings.findById(event.meetingId()).orElseThrow();
        String link = notifications.link("/governance/" + agreement.getId() + "/meetings/" + meeting.getId());
        ZonedDateTime start = meeting.getStartsAt().atZone(ClockConfig.WARSAW);
        String ics = IcsCalendar
            .write(agreement.getTitle(),
                    List.of(new IcsEvent("governance-meeting-" + meeting.getId() + "@wspolnie", agreement.getTitle(),
                            meeting.getAgenda(), start, start.plusHours(2), meeting.getPlace(), link)),
                    clock.instant());
        notifications.tellAll(meeting.getAttendance().keySet(),
                Notification
                    .of(GovernanceNotificationKinds.MEETING_CALLED, "governance.mail.meeting." + meeting.getBody())
                    .subject(agreement.getTitle())
                    .body(agreement.getTitle(), WHEN.format(start), meeting.getPlace(), meeting.getAgenda(), link)
                    .attach(new OutgoingMail.Attachment("posiedzenie.ics",
                            "text/calendar; method=PUBLISH; charset=UTF-8", ics.getBytes(StandardCharsets.UTF_8))));
    }

    @ApplicationModuleListener
    void on(GovernanceEvents.DocumentConsulted event) {
        Agreement agreement = agreements.findById(event.agreementId()).orElseThrow();
        AgreementDocument document = documents.findById(event.documentId()).orElseThrow();
        notifications.tellAll(exits.councilMembersOn(agreement.getId(), LocalDate.now(clock)),
                Notification.of(GovernanceNotificationKinds.DOCUMENT_CONSULTED, "governance.mail.documentConsulted")
                    .subject(document.getTitle())
                    .body(document.getTitle(), event.number(), agreement.getTitle(),
                            notifications.link("/consultations/" + event.consultationId()),
                            notifications.link("/governance/" + agreement.getId() + "/documents/" + document.getId()
                                    + "/versions/" + event.number())));
    }

}
