package pl.wspolnie.competitions.domain.decision;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.competitions.domain.Money;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionRepository;
import pl.wspolnie.competitions.domain.announcement.CompetitionTask;
import pl.wspolnie.competitions.domain.offer.FormalResult;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferRepository;
import pl.wspolnie.competitions.domain.review.Commissions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.events.ContentPublished;
import pl.wspolnie.shared.events.ContentType;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.Optional;

/**
 * The executive's decision: amounts per offer (the commission's proposal by default; a
 * change needs a justification; within the requested grant and each task's funds),
 * published on the page, in the feed and by e-mail; or the annulment of a competition
 * without valid offers.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Decisions {

    /** A line of the published results. */
    public record Result(long offerId, String title, String offerors, BigDecimal amount) {
    }

    private final Commissions commissions;

    private final CompetitionRepository competitions;

    private final OfferRepository offers;

    private final AwardRepository awards;

    private final Organizations organizations;

    private final Permissions permissions;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    /** The commission's proposal the decision starts from (officials of the JST). */
    @Transactional(readOnly = true)
    public List<Commissions.RankingRow> proposal(long competitionId) {
        requireOfficial(competitionId);
        return commissions.ranking(competitionId);
    }

    /**
     * Records and publishes the decision; each problem names its field
     * ("amount{offerId}", "justification{offerId}").
     */
    public void decide(long competitionId, Map<Long, String> typedAmounts, Map<Long, String> justifications) {
        Competition c = requireOfficial(competitionId);
        List<Commissions.RankingRow> rows = commissions.ranking(competitionId);
        if (rows.isEmpty()) {
            throw new RuleViolation(null, "competitions.decision.noOffers");
        }
        Map<Long, BigDecimal> left = new HashMap<>();
        c.getTasks().forEach(t -> left.put(t.getId(), t.getFunds()));
        List<Award> toSave = new ArrayList<>();
        Instant now = clock.instant();
        for (Commissions.RankingRow row : rows) {
            long offerId = row.offer().getId();
            String typed = typedAmounts.getOrDefault(offerId, "");
            BigDecimal amount = typed.isBlank() ? row.proposed() : Money.parse(typed, "amount" + offerId);
            if (amount.compareTo(row.requested()) > 0) {
                throw new RuleViolation("amount" + offerId, "competitions.decision.aboveRequested");
            }
            String why = justifications.getOrDefault(offerId, "").strip();
            if (amount.compareTo(row.proposed()) != 0 && why.isEmpty()) {
                throw new RuleViolation("justification" + offerId, "competitions.decision.justification.required");
            }
            if (why.length() > 2000) {
                throw new RuleViolation("justification" + offerId, "competitions.score.justification.tooLong");
            }
            Long taskId = row.offer().getTaskId();
            BigDecimal remaining = left.getOrDefault(taskId, BigDecimal.ZERO).subtract(amount);
            if (remaining.signum() < 0) {
                throw new RuleViolation("amount" + offerId, "competitions.decision.aboveFunds");
            }
            left.put(taskId, remaining);
            toSave.add(new Award(offerId, competitionId, row.proposed(), amount, why.isEmpty() ? null : why, now));
        }
        competitions.lockById(competitionId).orElseThrow().decide(now);
        awards.saveAll(toSave);
        for (Commissions.RankingRow row : rows) {
            BigDecimal amount = toSave.stream()
                .filter(a -> a.getOfferId().equals(row.offer().getId()))
                .findFirst()
                .orElseThrow()
                .getAmount();
            if (amount.signum() > 0 && amount.compareTo(row.requested()) < 0) {
                offers.findById(row.offer().getId()).orElseThrow().openBudgetUpdate(now);
            }
        }
        events.publishEvent(new ContentPublished(ContentType.COMPETITION_RESULT, String.valueOf(competitionId),
                c.getTitle(), null, "/competitions/" + competitionId, c.getJstId(),
                c.getTasks().stream().map(CompetitionTask::getSphereCode).collect(Collectors.toSet()), now));
        events.publishEvent(new ResultsPublished(competitionId));
    }

    /** Annuls a competition in which no offer is formally correct. */
    public void annul(long competitionId, String reason) {
        Competition c = requireOfficial(competitionId);
        boolean valid = offers.findSubmitted(competitionId)
            .stream()
            .anyMatch(o -> o.getFormalResult() == FormalResult.CORRECT);
        if (valid) {
            throw new RuleViolation("reason", "competitions.annul.validOffers");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new RuleViolation("reason", "competitions.annul.reason.required");
        }
        Instant now = clock.instant();
        competitions.lockById(competitionId).orElseThrow().annul(now, reason.strip());
        events.publishEvent(new ContentPublished(ContentType.COMPETITION_RESULT, String.valueOf(competitionId),
                c.getTitle(), reason.strip(), "/competitions/" + competitionId, c.getJstId(),
                c.getTasks().stream().map(CompetitionTask::getSphereCode).collect(Collectors.toSet()), now));
    }

    /** The published results (empty until the decision). */
    @Transactional(readOnly = true)
    public List<Result> results(long competitionId) {
        List<Award> list = awards.findByCompetitionIdOrderByAmountDesc(competitionId);
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Offer> byId = offers.findAllById(list.stream().map(Award::getOfferId).toList())
            .stream()
            .collect(Collectors.toMap(Offer::getId, o -> o));
        Set<Long> orgIds = byId.values()
            .stream()
            .flatMap(o -> o.getOrganizationIds().stream())
            .collect(Collectors.toSet());
        Map<Long, OrganizationSummary> orgs = organizations.findAll(orgIds);
        return list.stream().map(a -> {
            Offer o = byId.get(a.getOfferId());
            String names = o.getOrganizationIds()
                .stream()
                .map(orgs::get)
                .filter(Objects::nonNull)
                .map(OrganizationSummary::name)
                .sorted()
                .collect(Collectors.joining(", "));
            return new Result(o.getId(), o.getTitle(), names, a.getAmount());
        }).toList();
    }

    /** The awarded amount of an offer, if the competition is decided. */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> awardOf(long offerId) {
        return awards.findById(offerId).map(Award::getAmount);
    }

    private Competition requireOfficial(long competitionId) {
        Competition c = competitions.findById(competitionId).orElseThrow(() -> new NotFound("competition"));
        permissions.require(c.getJstId(), Role.OFFICIAL);
        c.getTasks().size();
        return c;
    }

}
