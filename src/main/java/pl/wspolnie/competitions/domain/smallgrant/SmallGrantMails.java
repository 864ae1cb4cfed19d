package pl.wspolnie.competitions.domain.smallgrant;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.competitions.domain.CompetitionNotices;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferRepository;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.text.Formats;

import java.util.List;
import java.util.Set;

/**
 * Tells the organisation's representatives that its small grant's offer was published for
 * remarks, that a remark came, and the decision; tells the JST's officials that an offer
 * waits for their judgement.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SmallGrantMails {

    private final SmallGrantRepository grants;

    private final SmallGrantRemarkRepository remarks;

    private final OfferRepository offers;

    private final Organizations organizations;

    private final Accounts accounts;

    private final Notifications notifications;

    @ApplicationModuleListener
    void on(SmallGrantSubmitted event) {
        SmallGrant grant = grants.findById(event.offerId()).orElseThrow();
        Offer offer = offers.findById(event.offerId()).orElseThrow();
        notifications.tellAll(accounts.holdersOf(List.of(Role.OFFICIAL), List.of(grant.getJstId())),
                Notification.of(CompetitionNotices.SMALL_GRANT, "smallgrants.mail.toJudge")
                    .subject(offer.getTitle())
                    .body(offer.getTitle(), new Formats().money(grant.getAmount()), link(grant)));
    }

    @ApplicationModuleListener
    void on(SmallGrantPublished event) {
        SmallGrant grant = grants.findById(event.offerId()).orElseThrow();
        Offer offer = offers.findById(event.offerId()).orElseThrow();
        Formats fmt = new Formats();
        notifications.tellAll(representatives(grant),
                Notification.of(CompetitionNotices.SMALL_GRANT, "smallgrants.mail.published")
                    .subject(offer.getTitle())
                    .body(offer.getTitle(), fmt.date(grant.getPublishedOn()), fmt.date(grant.getRemarksUntil()),
                            link(grant)));
    }

    @ApplicationModuleListener
    void on(SmallGrantRemarked event) {
        SmallGrant grant = grants.findById(event.offerId()).orElseThrow();
        Offer offer = offers.findById(event.offerId()).orElseThrow();
        SmallGrantRemark remark = remarks.findById(event.remarkId()).orElseThrow();
        notifications.tellAll(representatives(grant),
                Notification.of(CompetitionNotices.SMALL_GRANT, "smallgrants.mail.remarked")
                    .subject(offer.getTitle())
                    .body(offer.getTitle(), remark.getText(), link(grant)));
    }

    @ApplicationModuleListener
    void on(SmallGrantDecided event) {
        SmallGrant grant = grants.findById(event.offerId()).orElseThrow();
        Offer offer = offers.findById(event.offerId()).orElseThrow();
        String reason = grant.getDecisionReason() != null ? grant.getDecisionReason() : grant.getJudgementReason();
        notifications.tellAll(representatives(grant),
                Notification.of(CompetitionNotices.SMALL_GRANT, "smallgrants.mail.decided." + grant.getStatus())
                    .subject(offer.getTitle())
                    .body(offer.getTitle(), new Formats().money(grant.getAmount()), reason, link(grant)));
    }

    private Set<Long> representatives(SmallGrant grant) {
        return organizations.representativesOf(List.of(grant.getOrganizationId()));
    }

    private String link(SmallGrant grant) {
        return notifications.link("/small-grants/offers/" + grant.getOfferId());
    }

}
