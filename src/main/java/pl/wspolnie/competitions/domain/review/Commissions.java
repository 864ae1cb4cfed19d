package pl.wspolnie.competitions.domain.review;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.competitions.domain.CanonicalJson;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionCriterion;
import pl.wspolnie.competitions.domain.announcement.CompetitionRepository;
import pl.wspolnie.competitions.domain.offer.FormalResult;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferContent;
import pl.wspolnie.competitions.domain.offer.OfferRepository;
import pl.wspolnie.competitions.domain.offer.OfferStatus;
import pl.wspolnie.competitions.domain.offer.OfferVersion;
import pl.wspolnie.competitions.domain.offer.OfferVersionRepository;

import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.text.Formats;
import pl.wspolnie.shared.time.ClockConfig;
import java.time.LocalDate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.time.Instant;
import java.util.Objects;

/**
 * The competition commission: the official appoints members; each declares no conflict of
 * interest; a member who represents an organisation of an offer is excluded from that
 * offer automatically; members score the formally correct offers after the deadline; the
 * ranking by mean points with proposed amounts within each task's funds.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Commissions {

    /**
     * A member with the offers the member is excluded from automatically (titles of the
     * submitted offers of an organisation the member represents).
     */
    public record Member(CommissionMember member, String name, String email, String nominatedBy, int scored,
            List<String> excludedFrom) {
    }

    public record OfferToScore(Offer offer, boolean excluded, Evaluation mine) {
    }

    public record Board(Competition competition, CommissionMember me, boolean open, List<OfferToScore> offers) {
    }

    public record Scoring(Offer offer, Competition competition, OfferContent content, OfferVersion version,
            Evaluation mine, List<Evaluation> others, Map<Long, String> memberNames) {
    }

    public record RankingRow(Offer offer, String offerors, String taskName, int evaluations, BigDecimal mean,
            BigDecimal requested, BigDecimal proposed) {
    }

    private final CommissionMemberRepository members;

    private final EvaluationRepository evaluations;

    private final CompetitionRepository competitions;

    private final OfferRepository offers;

    private final OfferVersionRepository versions;

    private final Organizations organizations;

    private final Accounts accounts;

    private final Permissions permissions;

    private final Clock clock;

    private final CommissionMeetingRepository meetings;

    private final Formats formats;

    /**
     * The official appoints a person (by the e-mail of their account), optionally as
     * nominated by an NGO; returns the member's id.
     */
    public long appoint(long competitionId, String email, Long nominatingOrganizationId, boolean chair) {
        Competition c = competition(competitionId);
        permissions.require(c.getJstId(), Role.OFFICIAL);
        AccountSummary person = accounts.findByEmail(email == null ? "" : email.strip())
            .orElseThrow(() -> new RuleViolation("email", "competitions.commission.unknownUser"));
        if (nominatingOrganizationId != null && organizations.find(nominatingOrganizationId).isEmpty()) {
            throw new RuleViolation("nominatedBy", "competitions.offer.coOfferors.unknown", nominatingOrganizationId);
        }
        if (members.findByCompetitionIdAndUserId(competitionId, person.id()).isPresent()) {
            throw new RuleViolation("email", "competitions.commission.already");
        }
        if (nominatingOrganizationId != null
                && offerors(offers.findSubmitted(competitionId)).contains(nominatingOrganizationId)) {
            throw new RuleViolation("nominatedBy", "competitions.commission.nomineeOfOfferor",
                    organizations.find(nominatingOrganizationId).map(OrganizationSummary::name).orElse(""));
        }
        return members
            .save(new CommissionMember(competitionId, person.id(), nominatingOrganizationId, chair, clock.instant()))
            .getId();
    }

    /**
     * Members with their progress: for the official of the JST and for the members
     * themselves.
     */
    public List<Member> members(long competitionId) {
        Competition c = competition(competitionId);
        if (!permissions.has(Role.OFFICIAL, c.getJstId())) {
            me(competitionId);
        }
        List<CommissionMember> list = members.findByCompetitionIdOrderById(competitionId);
        Map<Long, AccountSummary> people = accounts.findAll(list.stream().map(CommissionMember::getUserId).toList());
        Map<Long, OrganizationSummary> orgs = organizations.findAll(
                list.stream().map(CommissionMember::getNominatedByOrganizationId).filter(Objects::nonNull).toList());
        List<Offer> submitted = offers.findSubmitted(competitionId);
        applyExclusions(list, submitted);
        List<Long> offerIds = submitted.stream().map(Offer::getId).toList();
        Map<Long, List<String>> excluded = new HashMap<>();
        for (CommissionMember m : list) {
            Set<Long> represented = submitted.isEmpty() ? Set.of() : organizations.representedBy(m.getUserId());
            excluded.put(m.getId(),
                    submitted.stream()
                        .filter(o -> o.getOrganizationIds().stream().anyMatch(represented::contains))
                        .map(Offer::getTitle)
                        .toList());
        }
        Map<Long, Long> scored = offerIds.isEmpty() ? Map.of()
                : evaluations.findByOfferIdIn(offerIds)
                    .stream()
                    .collect(Collectors.groupingBy(Evaluation::getMemberId, Collectors.counting()));
        return list.stream()
            .map(m -> new Member(m,
                    Optional.ofNullable(people.get(m.getUserId())).map(AccountSummary::displayName).orElse(""),
                    Optional.ofNullable(people.get(m.getUserId())).map(AccountSummary::email).orElse(""),
                    m.getNominatedByOrganizationId() == null ? null
                            : Optional.ofNullable(orgs.get(m.getNominatedByOrganizationId()))
                                .map(OrganizationSummary::name)
                                .orElse(""),
                    scored.getOrDefault(m.getId(), 0L).intValue(), excluded.getOrDefault(m.getId(), List.of())))
            .toList();
    }

    /**
     * The user ids of the members who may score (for the platform's notice, no user
     * involved): exclusions found now are recorded first.
     */
    public List<Long> membersWhoMayScore(long competitionId) {
        List<CommissionMember> list = members.findByCompetitionIdOrderById(competitionId);
        applyExclusions(list, offers.findSubmitted(competitionId));
        return list.stream().filter(m -> !m.isExcluded()).map(CommissionMember::getUserId).toList();
    }

    /** The current user's membership of the commission (403 for anybody else). */
    @Transactional(readOnly = true)
    public CommissionMember me(long competitionId) {
        AuthenticatedUser user = permissions.requireUser();
        return members.findByCompetitionIdAndUserId(competitionId, user.userId())
            .orElseThrow(() -> new NotAllowed("not a member of the commission of " + competitionId));
    }

    /** True when the current user sits on the competition's commission. */
    @Transactional(readOnly = true)
    public boolean isMember(long competitionId) {
        return permissions.currentUser()
            .flatMap(u -> members.findByCompetitionIdAndUserId(competitionId, u.userId()))
            .isPresent();
    }

    /**
     * The member's declaration of no conflict of interest (art. 15 ust. 2d and 2f of the
     * Act with art. 24 KPA). A member the platform finds tied to an offeror is excluded
     * instead; returns false then.
     */
    public boolean declareNoConflict(long competitionId) {
        CommissionMember me = me(competitionId);
        applyExclusions(List.of(me), offers.findSubmitted(competitionId));
        if (me.isExcluded()) {
            return false;
        }
        me.declareNoConflict(clock.instant());
        return true;
    }

    /**
     * The member declares a conflict of interest with an offeror (art. 15 ust. 2f of the
     * Act, art. 24 KPA): excluded from the evaluation of the whole competition, with the
     * reason recorded.
     */
    public void declareConflict(long competitionId, String reason) {
        CommissionMember me = me(competitionId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleViolation("conflictReason", "competitions.commission.conflictReason.required");
        }
        if (why.length() > 2000) {
            throw new RuleViolation("conflictReason", "competitions.commission.conflictReason.tooLong");
        }
        me.exclude(ExclusionGround.DECLARED, why, clock.instant());
    }

    /**
     * The member's list: after the deadline, the formally correct offers, each scored, to
     * score or excluded.
     */
    public Board board(long competitionId) {
        CommissionMember me = me(competitionId);
        Competition c = competition(competitionId);
        boolean open = !c.acceptsOffers(clock.instant()) && c.isPublished();
        List<Offer> submitted = offers.findSubmitted(competitionId);
        applyExclusions(List.of(me), submitted);
        List<OfferToScore> list = new ArrayList<>();
        if (open && me.hasDeclared() && !me.isExcluded()) {
            for (Offer o : submitted) {
                if (o.getFormalResult() != FormalResult.CORRECT) {
                    continue;
                }
                list.add(new OfferToScore(o, false,
                        evaluations.findByOfferIdAndMemberId(o.getId(), me.getId()).orElse(null)));
            }
        }
        return new Board(c, me, open, list);
    }

    /**
     * An offer to score: only for a member who declared no conflict, after the deadline,
     * for a formally correct offer of an organisation the member does not represent (403
     * otherwise, also by a crafted URL). Others' scores are shown only once the member's
     * own are submitted.
     */
    public Scoring scoring(long offerId) {
        Offer offer = offers.findById(offerId).orElseThrow(() -> new NotFound("offer " + offerId));
        CommissionMember me = me(offer.getCompetitionId());
        Competition c = competition(offer.getCompetitionId());
        requireMayScore(me, c, offer);
        OfferVersion version = versions.findByOfferIdOrderByNumber(offerId)
            .stream()
            .max(Comparator.comparingInt(OfferVersion::getNumber))
            .orElseThrow();
        Evaluation mine = evaluations.findByOfferIdAndMemberId(offerId, me.getId()).orElse(null);
        List<Evaluation> others = mine == null ? List.of()
                : evaluations.findByOfferId(offerId).stream().filter(e -> !e.getMemberId().equals(me.getId())).toList();
        others.forEach(e -> e.getScores().size());
        if (mine != null) {
            mine.getScores().size();
        }
        c.getCriteria().size();
        Map<Long, String> names = new HashMap<>();
        if (!others.isEmpty()) {
            List<CommissionMember> all = members.findByCompetitionIdOrderById(c.getId());
            Map<Long, AccountSummary> people = accounts.findAll(all.stream().map(CommissionMember::getUserId).toList());
            all.forEach(m -> names.put(m.getId(),
                    Optional.ofNullable(people.get(m.getUserId())).map(AccountSummary::displayName).orElse("")));
        }
        return new Scoring(offer, c, CanonicalJson.read(version.getContent(), OfferContent.class), version, mine,
                others, names);
    }

    /**
     * Records the member's scores: every criterion 0–max with a justification; once only.
     */
    public void score(long offerId, Map<Long, String> points, Map<Long, String> justifications) {
        Offer offer = offers.findById(offerId).orElseThrow(() -> new NotFound("offer " + offerId));
        CommissionMember me = me(offer.getCompetitionId());
        Competition c = competition(offer.getCompetitionId());
        requireMayScore(me, c, offer);
        if (evaluations.findByOfferIdAndMemberId(offerId, me.getId()).isPresent()) {
            throw new StateConflict("competitions.conflict.alreadyScored",
                    "offer " + offerId + " already scored by member " + me.getId());
        }
        List<Evaluation.Score> scores = new ArrayList<>();
        for (CompetitionCriterion criterion : c.getCriteria()) {
            String field = "points" + criterion.getId();
            String typed = points.getOrDefault(criterion.getId(), "").strip();
            int value;
            try {
                value = Integer.parseInt(typed);
            }
            catch (NumberFormatException e) {
                throw new RuleViolation(field, "competitions.score.points.invalid", criterion.getMaxPoints());
            }
            if (value < 0 || value > criterion.getMaxPoints()) {
                throw new RuleViolation(field, "competitions.score.points.invalid", criterion.getMaxPoints());
            }
            String why = justifications.getOrDefault(criterion.getId(), "").strip();
            if (why.isEmpty()) {
                throw new RuleViolation("justification" + criterion.getId(),
                        "competitions.score.justification.required");
            }
            if (why.length() > 2000) {
                throw new RuleViolation("justification" + criterion.getId(),
                        "competitions.score.justification.tooLong");
            }
            scores.add(new Evaluation.Score(criterion.getId(), value, why));
        }
        evaluations.save(new Evaluation(offerId, me.getId(), scores, clock.instant()));
    }

    /**
     * Ranking by mean points of the submitted evaluations, for the JST's officials and
     * the chair; the proposed amount is the requested grant while the task's funds last,
     * in ranking order.
     */
    public List<RankingRow> ranking(long competitionId) {
        Competition c = competition(competitionId);
        if (!permissions.has(Role.OFFICIAL, c.getJstId()) && !me(competitionId).isChair()) {
            throw new NotAllowed("ranking of " + competitionId);
        }
        List<Offer> submitted = offers.findSubmitted(competitionId);
        List<CommissionMember> all = members.findByCompetitionIdOrderById(competitionId);
        applyExclusions(all, submitted);
        // An excluded member's scores (for example given before the exclusion was found)
        // do not count: the evaluation is comparative (art. 15 ust. 2f of the Act).
        Set<Long> excludedMembers = all.stream()
            .filter(CommissionMember::isExcluded)
            .map(CommissionMember::getId)
            .collect(Collectors.toSet());
        List<Offer> correct = submitted.stream().filter(o -> o.getFormalResult() == FormalResult.CORRECT).toList();
        Map<Long, List<Evaluation>> byOffer = correct.isEmpty() ? Map.of()
                : evaluations.findByOfferIdIn(correct.stream().map(Offer::getId).toList())
                    .stream()
                    .filter(e -> !excludedMembers.contains(e.getMemberId()))
                    .collect(Collectors.groupingBy(Evaluation::getOfferId));
        record Scored(Offer offer, OfferContent content, int n, BigDecimal mean) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Offer o : correct) {
            List<Evaluation> es = byOffer.getOrDefault(o.getId(), List.of());
            BigDecimal mean = es.isEmpty() ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(es.stream().mapToInt(Evaluation::getTotal).sum())
                        .divide(BigDecimal.valueOf(es.size()), 2, RoundingMode.HALF_UP);
            // The corrected offer as ranked: the latest version submitted before the
            // decision (a budget update after it is not what the commission scored).
            OfferVersion last = versions.findByOfferIdOrderByNumber(o.getId())
                .stream()
                .filter(v -> c.getDecidedAt() == null || !v.getSubmittedAt().isAfter(c.getDecidedAt()))
                .max(Comparator.comparingInt(OfferVersion::getNumber))
                .orElseThrow();
            scored.add(new Scored(o, CanonicalJson.read(last.getContent(), OfferContent.class), es.size(), mean));
        }
        scored.sort(Comparator.comparing(Scored::mean).reversed().thenComparing(s -> s.offer().getId()));
        Map<Long, BigDecimal> remaining = new HashMap<>();
        c.getTasks().forEach(t -> remaining.put(t.getId(), t.getFunds()));
        List<RankingRow> rows = new ArrayList<>();
        for (Scored s : scored) {
            BigDecimal requested = new BigDecimal(s.content().sources().grant());
            BigDecimal left = remaining.getOrDefault(s.content().taskId(), BigDecimal.ZERO);
            BigDecimal proposed = s.n() == 0 ? BigDecimal.ZERO.setScale(2) : requested.min(left).max(BigDecimal.ZERO);
            remaining.put(s.content().taskId(), left.subtract(proposed));
            rows.add(new RankingRow(s.offer(),
                    s.content().offerors().stream().map(OfferContent.Offeror::name).collect(Collectors.joining(", ")),
                    s.content().taskName(), s.n(), s.mean(), requested, proposed));
        }
        return rows;
    }

    /**
     * Whether the current user may record the commission's meetings: an official of the
     * competition's JST or the commission's chair.
     */
    @Transactional(readOnly = true)
    public boolean mayRecordMeetings(long competitionId) {
        Competition c = competition(competitionId);
        if (permissions.currentUser().isEmpty()) {
            return false;
        }
        if (permissions.has(Role.OFFICIAL, c.getJstId())) {
            return true;
        }
        return permissions.currentUser()
            .flatMap(u -> members.findByCompetitionIdAndUserId(competitionId, u.userId()))
            .map(CommissionMember::isChair)
            .orElse(false);
    }

    /**
     * The commission's recorded meetings, oldest first: for an official of the JST and
     * the chair (403 for anybody else).
     */
    public List<CommissionMeeting> meetings(long competitionId) {
        requireMayRecordMeetings(competitionId);
        return meetings.findByCompetitionIdOrderByHeldOnAscIdAsc(competitionId);
    }

    /**
     * The recorded meetings for the protocol, whose caller already checked that the
     * person may see the ranking.
     */
    @Transactional(readOnly = true)
    public List<CommissionMeeting> meetingsForProtocol(long competitionId) {
        return meetings.findByCompetitionIdOrderByHeldOnAscIdAsc(competitionId);
    }

    /**
     * Records a meeting of the commission (the chair or an official of the JST): held on
     * a day from the offer deadline to today, at a place, with each member present or
     * absent (and why). A member excluded from the evaluation (art. 15 ust. 2d and 2f of
     * the Act) cannot be recorded as present; somebody must be.
     * @return the meeting's id
     */
    public long recordMeeting(long competitionId, MeetingForm form) {
        Competition c = competition(competitionId);
        long recordedBy = requireMayRecordMeetings(competitionId);
        List<CommissionMember> list = members.findByCompetitionIdOrderById(competitionId);
        applyExclusions(list, offers.findSubmitted(competitionId));
        List<RuleViolation> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(ClockConfig.WARSAW));
        LocalDate deadline = c.getOfferDeadline() == null ? null
                : c.getOfferDeadline().atZone(ClockConfig.WARSAW).toLocalDate();
        LocalDate heldOn = form.getHeldOn();
        if (heldOn == null) {
            problems.add(new RuleViolation("heldOn", "competitions.meeting.heldOn.required"));
        }
        else if (deadline != null && heldOn.isBefore(deadline)) {
            problems
                .add(new RuleViolation("heldOn", "competitions.meeting.heldOn.beforeDeadline", formats.date(deadline)));
        }
        else if (heldOn.isAfter(today)) {
            problems.add(new RuleViolation("heldOn", "competitions.meeting.heldOn.future"));
        }
        String place = form.getPlace() == null ? "" : form.getPlace().strip();
        if (place.isEmpty()) {
            problems.add(new RuleViolation("place", "competitions.meeting.place.required"));
        }
        else if (place.length() > 300) {
            problems.add(new RuleViolation("place", "competitions.field.tooLong"));
        }
        Map<Long, AccountSummary> people = accounts.findAll(list.stream().map(CommissionMember::getUserId).toList());
        List<CommissionMeeting.Attendance> attendance = new ArrayList<>();
        for (CommissionMember m : list) {
            boolean present = form.isPresent(m.getId());
            String reason = form.getAbsenceReason().getOrDefault(m.getId(), "");
            reason = reason == null || reason.isBlank() ? null : reason.strip();
            if (present && m.isExcluded()) {
                problems.add(new RuleViolation("present[" + m.getId() + "]", "competitions.meeting.presentExcluded",
                        Optional.ofNullable(people.get(m.getUserId())).map(AccountSummary::displayName).orElse("")));
            }
            if (reason != null && reason.length() > 500) {
                problems.add(new RuleViolation("absenceReason[" + m.getId() + "]", "competitions.field.tooLong"));
            }
            attendance.add(new CommissionMeeting.Attendance(m.getId(), present, reason));
        }
        if (attendance.stream().noneMatch(CommissionMeeting.Attendance::isPresent)) {
            problems.add(new RuleViolation("present", "competitions.meeting.nobodyPresent"));
        }
        RuleViolation.throwIfAny(problems);
        return meetings
            .save(new CommissionMeeting(competitionId, heldOn, place, attendance, recordedBy, clock.instant()))
            .getId();
    }

    /** The current user's id when they may record meetings; 403 otherwise. */
    private long requireMayRecordMeetings(long competitionId) {
        AuthenticatedUser user = permissions.requireUser();
        if (!mayRecordMeetings(competitionId)) {
            throw new NotAllowed("meetings of the commission of " + competitionId);
        }
        return user.userId();
    }

    /**
     * Records the exclusion of members tied to an offeror of the competition: nominated
     * by an organisation that submitted an offer (art. 15 ust. 2d of the Act) or
     * representing one (art. 15 ust. 2f with art. 24 KPA). Such a member takes no part in
     * the evaluation of the whole competition.
     */
    private void applyExclusions(List<CommissionMember> list, List<Offer> submitted) {
        Set<Long> offerors = offerors(submitted);
        if (offerors.isEmpty() || list.stream().allMatch(CommissionMember::isExcluded)) {
            return;
        }
        Map<Long, OrganizationSummary> names = organizations.findAll(offerors);
        Instant now = clock.instant();
        for (CommissionMember m : list) {
            if (m.isExcluded()) {
                continue;
            }
            Long nominatedBy = m.getNominatedByOrganizationId();
            if (nominatedBy != null && offerors.contains(nominatedBy)) {
                m.exclude(ExclusionGround.NOMINATED_BY_OFFEROR, name(names, nominatedBy), now);
                continue;
            }
            organizations.representedBy(m.getUserId())
                .stream()
                .filter(offerors::contains)
                .sorted()
                .findFirst()
                .ifPresent(org -> m.exclude(ExclusionGround.REPRESENTS_OFFEROR, name(names, org), now));
        }
    }

    private static Set<Long> offerors(List<Offer> submitted) {
        return submitted.stream().flatMap(o -> o.getOrganizationIds().stream()).collect(Collectors.toSet());
    }

    private static String name(Map<Long, OrganizationSummary> names, Long id) {
        return Optional.ofNullable(names.get(id)).map(OrganizationSummary::name).orElse(String.valueOf(id));
    }

    private void requireMayScore(CommissionMember me, Competition c, Offer offer) {
        applyExclusions(List.of(me), offers.findSubmitted(c.getId()));
        if (me.isExcluded()) {
            throw new NotAllowed("member " + me.getId() + " is excluded from the evaluation of " + c.getId());
        }
        if (!me.hasDeclared()) {
            throw new NotAllowed("no declaration of no conflict of interest");
        }
        if (c.acceptsOffers(clock.instant())) {
            throw new NotAllowed("offers are scored after the deadline");
        }
        if (offer.getOrganizationIds().stream().anyMatch(organizations.representedBy(me.getUserId())::contains)) {
            throw new NotAllowed("member " + me.getId() + " is excluded from offer " + offer.getId());
        }
        if (offer.getFormalResult() != FormalResult.CORRECT || offer.getStatus() != OfferStatus.SUBMITTED) {
            throw new NotAllowed("offer " + offer.getId() + " is not formally correct");
        }
    }

    private Competition competition(long id) {
        return competitions.findById(id).orElseThrow(() -> new NotFound("competition " + id));
    }

}
