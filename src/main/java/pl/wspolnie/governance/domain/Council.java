package pl.wspolnie.governance.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agreement's Council: the seat numbers of each group (settings of the agreement),
 * terms, and seats. Every change of membership is checked against the numbers: a seat
 * over its group's number, for a party of another kind or outside the term is refused.
 * The city office and unit seats are appointed by the coordinator; the NGO seats are
 * filled by the Forum's election ({@link Elections}).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Council {

    private final Agreements agreements;

    private final TermRepository terms;

    private final CouncilSeatRepository seats;

    private final GovernanceAccess access;

    private final Accounts accounts;

    private final Clock clock;

    /**
     * Changes the settings of the agreement: the seat numbers (refused when a group of
     * the term in office today would have more members than its new number), the quorum
     * of elections (percent of the parties) and the tie rule.
     */
    public void changeSettings(long actor, long agreementId, Map<SeatGroup, Integer> numbers, int quorumPercent,
            TieRule tieRule) {
        Agreement agreement = agreements.get(agreementId);
        access.requireCoordinator(actor, agreement);
        for (SeatGroup g : SeatGroup.values()) {
            Integer n = numbers.get(g);
            if (n == null || n < 0 || n > 50) {
                throw new RuleViolation(g.settingField(), "governance.seats.range");
            }
        }
        LocalDate today = agreements.today();
        termOn(agreementId, today).ifPresent(term -> {
            List<CouncilSeat> held = seats.findByTermIdOrderByFromOnAscIdAsc(term.getId());
            for (SeatGroup g : SeatGroup.values()) {
                long now = mostHeld(held.stream().filter(s -> s.getGroup() == g).toList(), today);
                if (now > numbers.get(g)) {
                    throw new RuleViolation(g.settingField(), "governance.seats.belowMembers", now);
                }
            }
        });
        if (quorumPercent < 1 || quorumPercent > 100) {
            throw new RuleViolation("quorumPercent", "governance.settings.quorumRange");
        }
        agreement.changeSeats(numbers.get(SeatGroup.CITY_OFFICE), numbers.get(SeatGroup.NGO),
                numbers.get(SeatGroup.UNIT));
        agreement.changeVoting(quorumPercent, tieRule);
    }

    /** A new term; terms of one agreement never overlap. */
    public long openTerm(long actor, long agreementId, LocalDate startsOn, LocalDate endsOn) {
        Agreement agreement = agreements.get(agreementId);
        access.requireCoordinator(actor, agreement);
        if (!endsOn.isAfter(startsOn)) {
            throw new RuleViolation("endsOn", "governance.term.endBeforeStart");
        }
        for (Term t : terms.findByAgreementIdOrderByStartsOnDesc(agreementId)) {
            if (!t.getStartsOn().isAfter(endsOn) && !t.getEndsOn().isBefore(startsOn)) {
                throw new RuleViolation("startsOn", "governance.term.overlap", Days.of(t.getStartsOn()),
                        Days.of(t.getEndsOn()));
            }
        }
        try {
            return terms.saveAndFlush(new Term(agreementId, startsOn, endsOn, clock.instant())).getId();
        }
        catch (DataIntegrityViolationException e) {
            throw new RuleViolation("startsOn", "governance.term.overlapNow");
        }
    }

    /**
     * The coordinator appoints a member of the city office or unit group of the term in
     * office on the day the seat starts.
     */
    public long appoint(long actor, long agreementId, SeatGroup group, long partyId, String email, LocalDate fromOn) {
        AccountSummary person = access.person(email);
        return appoint(actor, agreementId, group, partyId, person, fromOn);
    }

    /**
     * As {@link #appoint(long, long, SeatGroup, long, String, LocalDate)} for an account.
     */
    public long appointPerson(long actor, long agreementId, SeatGroup group, long partyId, long userId,
            LocalDate fromOn) {
        return appoint(actor, agreementId, group, partyId,
                accounts.find(userId).orElseThrow(() -> new NotFound("account " + userId)), fromOn);
    }

    private long appoint(long actor, long agreementId, SeatGroup group, long partyId, AccountSummary person,
            LocalDate fromOn) {
        Agreement agreement = agreements.get(agreementId);
        access.requireCoordinator(actor, agreement);
        if (group == SeatGroup.NGO) {
            throw new RuleViolation("group", "governance.seat.ngoByElection");
        }
        Term term = termOn(agreementId, fromOn)
            .orElseThrow(() -> new RuleViolation("fromOn", "governance.seat.noTerm", Days.of(fromOn)));
        return seat(agreement, term, group, agreements.party(agreementId, partyId), person, fromOn, null);
    }

    /**
     * A seat of the group for the person from the day: checked against the group's number
     * of seats, the party's kind and membership, and the person's other seats.
     */
    long seat(Agreement agreement, Term term, SeatGroup group, Party party, AccountSummary person, LocalDate fromOn,
            Long electionId) {
        if (party.getKind() != group.partyKind()) {
            throw new RuleViolation("partyId", "governance.seat.wrongKind." + group.name());
        }
        if (!party.isMemberOn(fromOn)) {
            throw new RuleViolation("partyId", "governance.seat.notMember", party.getName());
        }
        if (!term.includes(fromOn)) {
            throw new RuleViolation("fromOn", "governance.seat.outsideTerm", Days.of(term.getStartsOn()),
                    Days.of(term.getEndsOn()));
        }
        List<CouncilSeat> held = seats.findByTermIdOrderByFromOnAscIdAsc(term.getId());
        if (held.stream().anyMatch(s -> s.getUserId() == person.id() && s.isHeldFrom(fromOn))) {
            throw new RuleViolation("email", "governance.seat.already", person.displayName());
        }
        long inGroup = mostHeld(held.stream().filter(s -> s.getGroup() == group).toList(), fromOn);
        int quota = agreement.quota(group);
        if (inGroup >= quota) {
            throw new RuleViolation("group", "governance.seat.overQuota." + group.name(), inGroup, quota);
        }
        return seats.save(new CouncilSeat(term.getId(), group, person.id(), party.getId(), fromOn, electionId)).getId();
    }

    /**
     * The most of these seats held on one day from the given day on: a seat ending and
     * another beginning later count once.
     */
    static long mostHeld(List<CouncilSeat> seats, LocalDate from) {
        long most = 0;
        for (CouncilSeat s : seats) {
            LocalDate day = s.getFromOn().isAfter(from) ? s.getFromOn() : from;
            most = Math.max(most, seats.stream().filter(x -> x.isHeldOn(day)).count());
        }
        return most;
    }

    /** Ends a seat on the day (not before it began); the group then has a vacancy. */
    public void endSeat(long actor, long agreementId, long seatId, LocalDate on) {
        Agreement agreement = agreements.get(agreementId);
        access.requireCoordinator(actor, agreement);
        CouncilSeat seat = seats.findById(seatId)
            .filter(s -> terms.findById(s.getTermId()).map(t -> t.getAgreementId() == agreementId).orElse(false))
            .orElseThrow(() -> new NotFound("seat " + seatId));
        if (on == null || on.isBefore(seat.getFromOn())) {
            throw new RuleViolation("toOn", "governance.seat.endBeforeStart", Days.of(seat.getFromOn()));
        }
        if (seat.getToOn() != null && !seat.getToOn().isAfter(on)) {
            throw new RuleViolation("toOn", "governance.seat.endedAlready", Days.of(seat.getToOn()));
        }
        seat.endOn(on);
    }

    @Transactional(readOnly = true)
    public Optional<Term> termOn(long agreementId, LocalDate day) {
        return terms.findByAgreementIdOrderByStartsOnDesc(agreementId)
            .stream()
            .filter(t -> t.includes(day))
            .findFirst();
    }

    /** The seats missing in each group of the term on that day (0 when full). */
    @Transactional(readOnly = true)
    public Map<SeatGroup, Integer> missing(Agreement agreement, Term term, LocalDate day) {
        List<CouncilSeat> held = term == null ? List.of() : seats.findByTermIdOrderByFromOnAscIdAsc(term.getId());
        Map<SeatGroup, Integer> result = new EnumMap<>(SeatGroup.class);
        for (SeatGroup g : SeatGroup.values()) {
            long filled = held.stream().filter(s -> s.getGroup() == g && s.isHeldOn(day)).count();
            result.put(g, (int) Math.max(0, agreement.quota(g) - filled));
        }
        return result;
    }

}
