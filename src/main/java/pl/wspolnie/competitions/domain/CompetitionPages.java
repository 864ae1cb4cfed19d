package pl.wspolnie.competitions.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.competitions.domain.announcement.Announcements;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.Phase;
import pl.wspolnie.competitions.domain.decision.Decisions;
import pl.wspolnie.competitions.domain.decision.ReasonRequest;
import pl.wspolnie.competitions.domain.decision.ReasonRequests;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferRepository;
import pl.wspolnie.competitions.domain.offer.Offers;
import pl.wspolnie.competitions.domain.review.Commissions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.partnership.Jsts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the competition's page shows to the person looking at it, read in one read-only
 * transaction.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CompetitionPages {

    /**
     * The page of one competition: the announcement, its phase now, what this person may
     * do (manage, offer, nominate, score, ask for reasons) and, after the deadline, the
     * figures and results.
     */
    public record CompetitionPage(Competition competition, String jstName, Phase phase, boolean acceptsOffers,
            boolean mayManage, List<Offer> myOffers, boolean commissionMember, List<Decisions.Result> results,
            List<ReasonRequest> reasonRequests, boolean mayAskReasons, CompetitionStatistics.Stats stats,
            boolean mayOffer, List<OrganizationSummary> myOrganizations, long submittedCount) {
    }

    private final Announcements announcements;

    private final Offers offers;

    private final OfferRepository offerRows;

    private final Commissions commissions;

    private final Decisions decisions;

    private final ReasonRequests reasonRequests;

    private final CompetitionStatistics statistics;

    private final Jsts jsts;

    private final Clock clock;

    /**
     * Published competitions for everyone; a draft only for the officials of its JST (404
     * for others).
     */
    public CompetitionPage show(long id) {
        Competition c = announcements.view(id);
        Instant now = clock.instant();
        boolean acceptsOffers = c.acceptsOffers(now);
        boolean mayManage = announcements.mayManage(c);
        boolean mayOffer = offers.mayCurrentUserOffer();
        return new CompetitionPage(c, jsts.get(c.getJstId()).name(),
                c.isPublished() ? c.phase(now, LocalDate.now(clock)) : null, acceptsOffers, mayManage,
                offers.mineIn(c.getId()), commissions.isMember(c.getId()), decisions.results(c.getId()),
                c.getDecidedAt() == null ? List.of() : reasonRequests.visibleIn(c.getId()), reasonRequests.mayAsk(),
                c.isPublished() && !acceptsOffers ? statistics.of(c.getId()) : null, mayOffer,
                mayOffer ? offers.representedByCurrentUser() : List.of(),
                mayManage ? offerRows.countSubmitted(c.getId()) : 0);
    }

}
