package pl.wspolnie.competitions.domain.contract;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.competitions.domain.CompetitionNotices;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferRepository;
import pl.wspolnie.shared.text.Formats;

/**
 * The reminder of a partial report the contract asks for, to the person who started the
 * offer (the same kind as the final report's reminder), after the commit of the daily
 * job.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PartialReportMails {

    private final OfferRepository offers;

    private final Notifications notifications;

    private final Formats formats;

    @ApplicationModuleListener
    void on(PartialReportReminder event) {
        Offer offer = offers.findById(event.offerId()).orElseThrow();
        notifications.tell(offer.getCreatedBy(),
                Notification.of(CompetitionNotices.REPORT_REMINDER, "competitions.mail.partialReportReminder")
                    .subject(offer.getTitle())
                    .body(offer.getTitle(), formats.date(event.periodFrom()), formats.date(event.periodTo()),
                            formats.date(event.dueOn()), notifications.link("/offers/" + offer.getId() + "/contract")));
    }

}
