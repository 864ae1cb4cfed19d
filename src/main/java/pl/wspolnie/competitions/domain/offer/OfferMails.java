package pl.wspolnie.competitions.domain.offer;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.competitions.domain.CompetitionNotices;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionRepository;
import pl.wspolnie.competitions.domain.contract.FinalReportReminder;

import org.springframework.context.MessageSource;
import pl.wspolnie.partnership.Jsts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.shared.mail.OutgoingMail;
import pl.wspolnie.shared.text.Formats;

import java.util.Locale;

/**
 * Mails about an offer to the person who started or submitted it, through
 * {@link Notifications} after the commit: the receipt of a submitted offer with its PDF
 * and checksum (mandatory), corrections requested by the commission, and the reminder of
 * the final report.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OfferMails {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final OfferRepository offers;

    private final OfferVersionRepository versions;

    private final CompetitionRepository competitions;

    private final OfferDocuments documents;

    private final Notifications notifications;

    private final MessageSource messages;

    private final Jsts jsts;

    @ApplicationModuleListener
    void on(FinalReportReminder event) {
        Offer offer = offers.findById(event.offerId()).orElseThrow();
        notifications.tell(offer.getCreatedBy(),
                Notification.of(CompetitionNotices.REPORT_REMINDER, "competitions.mail.reportReminder")
                    .subject(offer.getTitle())
                    .body(offer.getTitle(), new Formats().date(event.dueOn()),
                            notifications.link("/offers/" + offer.getId() + "/contract")));
    }

    @ApplicationModuleListener
    void on(CorrectionsRequested event) {
        Offer offer = offers.findById(event.offerId()).orElseThrow();
        String sections = String.join(", ",
                offer.unlockedSections()
                    .stream()
                    .map(section -> section == OfferSection.ATTACHMENTS
                            ? messages.getMessage("competitions.offer.section.short.ATTACHMENTS", null, POLISH)
                            : section.name())
                    .toList());
        notifications.tell(offer.getCreatedBy(),
                Notification.of(CompetitionNotices.CORRECTIONS, "competitions.mail.corrections")
                    .subject(offer.getTitle())
                    .body(offer.getTitle(), sections, new Formats().dateTime(offer.getCorrectionDeadline()),
                            notifications.link("/offers/" + offer.getId())));
    }

    @ApplicationModuleListener
    void on(OfferSubmitted event) {
        Offer offer = offers.findById(event.offerId()).orElseThrow();
        OfferVersion version = versions.findByOfferIdAndNumber(event.offerId(), event.versionNumber()).orElseThrow();
        // A small grant's offer is made to its JST, not in a competition.
        Competition competition = offer.isSmallGrant() ? null
                : competitions.findById(offer.getCompetitionId()).orElseThrow();
        long jstId = offer.isSmallGrant() ? offer.getJstId() : competition.getJstId();
        byte[] pdf = documents.render(version, jstId, POLISH);
        String where = offer.isSmallGrant()
                ? messages.getMessage("smallgrants.mail.submittedTo", new Object[] { jsts.get(jstId).name() }, POLISH)
                : messages.getMessage("competitions.mail.submittedIn", new Object[] { competition.getTitle() }, POLISH);
        notifications.tell(event.submittedBy(),
                Notification.of(CompetitionNotices.OFFER_RECEIPT, "competitions.mail.submitted")
                    .subject(offer.getTitle())
                    .body(offer.getTitle(), where, version.getChecksum(), version.shortChecksum(),
                            notifications.link("/offers/verify?checksum=" + version.shortChecksum()),
                            notifications
                                .link((offer.isSmallGrant() ? "/small-grants/offers/" : "/offers/") + offer.getId()))
                    .attach(new OutgoingMail.Attachment("oferta-" + offer.getId() + "-v" + version.getNumber() + ".pdf",
                            "application/pdf", pdf)));
    }

}
