package pl.wspolnie.competitions.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionRepository;
import pl.wspolnie.competitions.domain.decision.Award;
import pl.wspolnie.competitions.domain.decision.AwardRepository;
import pl.wspolnie.competitions.domain.decision.ResultsPublished;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferRepository;
import pl.wspolnie.competitions.domain.offer.OfferStatus;
import pl.wspolnie.competitions.domain.review.Commissions;
import pl.wspolnie.competitions.domain.review.OffersReadyForScoring;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.text.Formats;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells the people who wait for a step of a competition, through {@link Notifications}
 * (after the commit, respecting each person's settings): the award to the offer's author
 * and its organisations' representatives, with the next step; offers ready for scoring to
 * the commission members who may score.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CompetitionNotices {

    /** The award (or no grant) of an offer, with the next step. */
    public static final String AWARD = "competitions.award";

    /** Offers of a competition are ready to be scored by the commission. */
    public static final String SCORING = "competitions.scoring";

    /** The commission asks the offer's author for corrections. */
    public static final String CORRECTIONS = "competitions.corrections";

    /** The official decided on a report (accepted, to correct, rejected). */
    public static final String REPORT_DECIDED = "competitions.reportDecided";

    /** The office answered a request for the reasons of a competition's results. */
    public static final String REASON_ANSWERED = "competitions.reasonAnswered";

    /** The final report of a contract is due soon. */
    public static final String REPORT_REMINDER = "competitions.reportReminder";

    /**
     * The receipt of one's own submitted offer, with its PDF and checksum: mandatory.
     */
    public static final String OFFER_RECEIPT = "competitions.offerReceipt";

    /**
     * A small grant's offer published for remarks, a remark on it, its decision (to the
     * organisation).
     */
    public static final String SMALL_GRANT = "competitions.smallGrant";

    private final CompetitionRepository competitions;

    private final AwardRepository awards;

    private final OfferRepository offers;

    private final Commissions commissions;

    private final Organizations organizations;

    private final Notifications notifications;

    @ApplicationModuleListener
    void on(ResultsPublished event) {
        Competition competition = competitions.findById(event.competitionId()).orElseThrow();
        Formats fmt = new Formats();
        String resultsLink = notifications.link("/competitions/" + competition.getId());
        for (Award award : awards.findByCompetitionIdOrderByAmountDesc(event.competitionId())) {
            Offer offer = offers.findById(award.getOfferId()).orElseThrow();
            Set<Long> people = new LinkedHashSet<>();
            people.add(offer.getCreatedBy());
            people.addAll(organizations.representativesOf(offer.getOrganizationIds()));
            String prefix = award.getAmount().signum() == 0 ? "competitions.notice.noGrant"
                    : offer.getStatus() == OfferStatus.BUDGET_UPDATE ? "competitions.notice.awardLower"
                            : "competitions.notice.award";
            // one queued mail per person: a failed one is retried alone
            notifications.tellAll(people,
                    Notification.of(AWARD, prefix)
                        .subject(competition.getTitle())
                        .body(offer.getTitle(), competition.getTitle(), fmt.money(award.getAmount()),
                                notifications.link("/offers/" + offer.getId() + "#costLines"), resultsLink,
                                notifications.link("/offers/" + offer.getId())));
        }
    }

    @ApplicationModuleListener
    void on(OffersReadyForScoring event) {
        Competition competition = competitions.findById(event.competitionId()).orElseThrow();
        List<Long> people = commissions.membersWhoMayScore(competition.getId());
        notifications.tellAll(people, Notification.of(SCORING, "competitions.notice.scoring")
            .subject(competition.getTitle())
            .body(competition.getTitle(), notifications.link("/competitions/" + competition.getId() + "/evaluation")));
    }

}
