package pl.wspolnie.governance.domain;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.governance.GovernanceNotificationKinds;

/** Tells people of the agreement's decisions by mail, after the action is committed. */
@Component
class GovernanceMails {

    private final Notifications notifications;

    private final AgreementRepository agreements;

    private final PartyRepository parties;

    GovernanceMails(Notifications notifications, AgreementRepository agreements, PartyRepository parties) {
        this.notifications = notifications;
        this.agreements = agreements;
        this.parties = parties;
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

}
