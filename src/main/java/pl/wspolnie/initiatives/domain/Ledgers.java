package pl.wspolnie.initiatives.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.security.AuthenticatedUser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ledger of an accepted initiative: the applicants (or the JST's official) record the
 * residents' contribution as it is delivered — social work valued at the hourly rate in
 * force on its day, goods, money — and the official records the JST's purchases; the
 * totals set against what the agreement planned.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Ledgers {

    /** A line as typed. */
    public record EntryInput(String kind, String person, LocalDate doneOn, String hours, String description,
            String value) {
    }

    /** Delivered against planned, per part of the contribution and for the JST. */
    public record Totals(BigDecimal hoursPlanned, BigDecimal hoursDelivered, BigDecimal workPlanned,
            BigDecimal workDelivered, BigDecimal inKindPlanned, BigDecimal inKindDelivered, BigDecimal cashPlanned,
            BigDecimal cashDelivered, BigDecimal contributionPlanned, BigDecimal contributionDelivered,
            BigDecimal jstPlanned, BigDecimal jstSpent) {
    }

    /**
     * The ledger page: the initiative, its lines, the totals, and what the person may
     * record.
     */
    public record Ledger(Initiative initiative, List<LedgerEntry> entries, Totals totals, boolean mayRecord,
            boolean official) {
    }

    private final Initiatives initiatives;

    private final LedgerEntryRepository entries;

    private final Resolutions resolutions;

    private final InitiativeAccess access;

    private final Clock clock;

    /** The ledger of an accepted (or carried out) initiative, for the parties only. */
    @Transactional(readOnly = true)
    public Ledger of(long initiativeId) {
        Initiative i = initiatives.initiative(initiativeId);
        if (!i.isAgreed()) {
            throw new StateConflict("initiatives.ledger.notAccepted", "initiative " + initiativeId);
        }
        access.requireUser();
        boolean official = access.isOfficial(i.getJstId());
        boolean applicant = isApplicant(i);
        if (!official && !applicant) {
            throw new NotAllowed("not a party to initiative " + initiativeId);
        }
        List<LedgerEntry> list = entries.findByInitiativeIdOrderByDoneOnAscIdAsc(initiativeId);
        return new Ledger(i, list, totals(i, list),
                (official || applicant) && i.getStatus() == InitiativeStatus.ACCEPTED, official);
    }

    private boolean isApplicant(Initiative i) {
        return access.currentUser()
            .map(u -> initiatives.acceptedMembers(i.getId()).contains(u.userId()) || initiatives.mayEditAsApplicant(i))
            .orElse(false);
    }

    private Totals totals(Initiative i, List<LedgerEntry> list) {
        Initiatives.Totals planned = initiatives.totals(i);
        BigDecimal hours = sum(list, LedgerKind.SOCIAL_WORK, true);
        BigDecimal work = sum(list, LedgerKind.SOCIAL_WORK, false);
        BigDecimal inKind = sum(list, LedgerKind.IN_KIND, false);
        BigDecimal cash = sum(list, LedgerKind.CASH, false);
        return new Totals(planned.hours(), hours, planned.socialWork(), work, planned.inKind(), inKind, planned.cash(),
                cash, planned.contribution(), work.add(inKind).add(cash), planned.requested(),
                sum(list, LedgerKind.JST_PURCHASE, false));
    }

    private static BigDecimal sum(List<LedgerEntry> list, LedgerKind kind, boolean hours) {
        return list.stream()
            .filter(e -> e.getKind() == kind)
            .map(e -> hours ? e.getHours() : e.getValue())
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .setScale(2);
    }

    /**
     * Records a delivered contribution (the applicants or the official) or a purchase of
     * the JST (the official only); 403 for anyone else.
     */
    public void record(long initiativeId, EntryInput input) {
        Initiative i = initiatives.initiative(initiativeId);
        AuthenticatedUser user = access.requireUser();
        boolean official = access.isOfficial(i.getJstId());
        LedgerKind kind = Arrays.stream(LedgerKind.values())
            .filter(k -> k.name().equals(input.kind()))
            .findFirst()
            .orElse(null);
        if (!official && (kind == LedgerKind.JST_PURCHASE || !isApplicant(i))) {
            throw new NotAllowed("not allowed to record in the ledger of initiative " + initiativeId);
        }
        if (i.getStatus() != InitiativeStatus.ACCEPTED) {
            throw new StateConflict("initiatives.ledger.notAccepted", "initiative " + initiativeId);
        }
        save(i, kind, input, user.userId());
    }

    private void save(Initiative i, LedgerKind kind, EntryInput input, long userId) {
        List<RuleViolation> v = new ArrayList<>();
        if (kind == null) {
            v.add(new RuleViolation("kind", "initiatives.required"));
        }
        String person = input.person() == null ? "" : input.person().strip();
        if (person.isEmpty()) {
            v.add(new RuleViolation("person", "initiatives.required"));
        }
        else if (person.length() > 200) {
            v.add(new RuleViolation("person", "initiatives.tooLong"));
        }
        if (input.doneOn() == null) {
            v.add(new RuleViolation("doneOn", "initiatives.required"));
        }
        else if (input.doneOn().isAfter(LocalDate.now(clock))) {
            v.add(new RuleViolation("doneOn", "initiatives.ledger.future"));
        }
        String description = input.description() == null ? "" : input.description().strip();
        if (description.isEmpty()) {
            v.add(new RuleViolation("description", "initiatives.required"));
        }
        else if (description.length() > 1000) {
            v.add(new RuleViolation("description", "initiatives.tooLong"));
        }
        BigDecimal hours = null;
        BigDecimal rate = null;
        BigDecimal value;
        if (kind == LedgerKind.SOCIAL_WORK) {
            hours = ApplicationRules.amount(input.hours(), "hours", ApplicationRules.HOURS_LIMIT,
                    "initiatives.hours.invalid", v);
            if (hours.signum() == 0 && v.stream().noneMatch(x -> "hours".equals(x.field()))) {
                v.add(new RuleViolation("hours", "initiatives.ledger.hoursRequired"));
            }
            if (input.doneOn() != null) {
                rate = resolutions.rateOn(i.getJstId(), input.doneOn()).map(HourlyRate::getRate).orElse(null);
                if (rate == null) {
                    v.add(new RuleViolation("doneOn", "initiatives.application.noRate"));
                }
            }
            value = rate == null ? BigDecimal.ZERO : hours.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        }
        else {
            value = ApplicationRules.amount(input.value(), "value", ApplicationRules.MONEY_LIMIT,
                    "initiatives.money.invalid", v);
            if (value.signum() == 0 && v.stream().noneMatch(x -> "value".equals(x.field()))) {
                v.add(new RuleViolation("value", "initiatives.ledger.valueRequired"));
            }
        }
        RuleViolation.throwIfAny(v);
        entries.save(new LedgerEntry(i, kind, person, input.doneOn(), hours, rate, description, value, userId,
                clock.instant()));
    }

    /** Demo data: a line recorded without permission checks. */
    public void seed(long initiativeId, LedgerKind kind, EntryInput input, long userId) {
        save(initiatives.initiative(initiativeId), kind, input, userId);
    }

}
