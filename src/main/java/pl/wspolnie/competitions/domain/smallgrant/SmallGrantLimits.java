package pl.wspolnie.competitions.domain.smallgrant;

import java.math.RoundingMode;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.text.Formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The limits of art. 19a in force on one day: for each {@link CapKind} the latest
 * {@link SmallGrantCap} from that day or before. Each refusal names the limit and its
 * source.
 */
public record SmallGrantLimits(LocalDate day, Map<CapKind, SmallGrantCap> caps) {

    /** The latest row of each kind valid on {@code day}, from rows newest first. */
    static SmallGrantLimits on(LocalDate day, List<SmallGrantCap> newestFirst) {
        Map<CapKind, SmallGrantCap> caps = new EnumMap<>(CapKind.class);
        for (SmallGrantCap c : newestFirst) {
            if (!c.getValidFrom().isAfter(day)) {
                caps.putIfAbsent(c.getKind(), c);
            }
        }
        return new SmallGrantLimits(day, caps);
    }

    public SmallGrantCap cap(CapKind kind) {
        return caps.get(kind);
    }

    /** The rows in the order of {@link CapKind} (for the form's list of limits). */
    public List<SmallGrantCap> list() {
        return List.copyOf(caps.values());
    }

    /** The task's days, both ends counted (1 to 30 June is 30 days). */
    public static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * What the simplified offer itself must meet: its dates given and in order, the task
     * not longer than the limit of days, the grant not above the limit per task, and with
     * the organisation's grants of the year already given ({@code givenThisYear}) not
     * above the yearly limit per organisation.
     */
    public List<RuleViolation> checkOffer(LocalDate from, LocalDate to, BigDecimal grant, BigDecimal givenThisYear,
            boolean strict) {
        List<RuleViolation> problems = new ArrayList<>();
        Formats fmt = new Formats();
        if (strict && from == null) {
            problems.add(new RuleViolation("periodFrom", "competitions.offer.period.required"));
        }
        if (strict && to == null) {
            problems.add(new RuleViolation("periodTo", "competitions.offer.period.required"));
        }
        if (from != null && to != null) {
            if (from.isAfter(to)) {
                problems.add(new RuleViolation("periodTo", "competitions.period.order"));
            }
            else {
                checkDays(from, to, problems);
            }
        }
        checkGrant(grant, "requestedGrant", "smallgrants.limit.grant", problems);
        problems.addAll(checkOrganisationYear(grant, givenThisYear, "requestedGrant"));
        return problems;
    }

    /**
     * What an annex to a small grant's contract must still meet: the task as annexed
     * ({@code from} ≤ {@code to}) not longer than the limit of days (at the end date),
     * the grant as annexed not above the limit per task (at the cost table,
     * {@code lines}). A null argument (not readable, refused elsewhere) is not checked.
     */
    public List<RuleViolation> checkAnnex(LocalDate from, LocalDate to, BigDecimal grant) {
        List<RuleViolation> problems = new ArrayList<>();
        if (from != null && to != null) {
            checkDays(from, to, problems);
        }
        checkGrant(grant, "lines", "smallgrants.limit.annexGrant", problems);
        return problems;
    }

    private void checkDays(LocalDate from, LocalDate to, List<RuleViolation> problems) {
        SmallGrantCap days = cap(CapKind.TASK_DAYS);
        if (days != null && days(from, to) > days.getValue().longValue()) {
            problems.add(new RuleViolation("periodTo", "smallgrants.limit.days", days(from, to),
                    days.getValue().longValue(), days.getSource()));
        }
    }

    private void checkGrant(BigDecimal grant, String field, String key, List<RuleViolation> problems) {
        SmallGrantCap perTask = cap(CapKind.GRANT_PER_TASK);
        if (grant != null && perTask != null && grant.compareTo(perTask.getValue()) > 0) {
            Formats fmt = new Formats();
            problems.add(new RuleViolation(field, key, fmt.money(grant), fmt.money(perTask.getValue()),
                    perTask.getSource()));
        }
    }

    /**
     * The organisation's grants of the year in this mode with this one not above the
     * yearly limit.
     */
    public List<RuleViolation> checkOrganisationYear(BigDecimal grant, BigDecimal givenThisYear, String field) {
        SmallGrantCap perYear = cap(CapKind.PER_ORGANISATION_YEAR);
        if (grant == null || perYear == null || grant.add(givenThisYear).compareTo(perYear.getValue()) <= 0) {
            return List.of();
        }
        Formats fmt = new Formats();
        return List.of(new RuleViolation(field, "smallgrants.limit.perOrganisation", fmt.money(givenThisYear),
                fmt.money(grant), fmt.money(perYear.getValue()), perYear.getSource()));
    }

    /**
     * The JST's small grants of the year with this one not above the share of its yearly
     * funds for public tasks (null funds: not entered for the year, refused with that
     * reason).
     */
    public List<RuleViolation> checkShare(BigDecimal grant, BigDecimal jstGivenThisYear, BigDecimal yearFunds,
            int year) {
        SmallGrantCap share = cap(CapKind.SHARE_OF_FUNDS_PCT);
        if (share == null) {
            return List.of();
        }
        if (yearFunds == null) {
            return List.of(new RuleViolation(null, "smallgrants.limit.noFunds", String.valueOf(year)));
        }
        BigDecimal allowed = yearFunds.multiply(share.getValue()).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        if (grant.add(jstGivenThisYear).compareTo(allowed) <= 0) {
            return List.of();
        }
        Formats fmt = new Formats();
        return List.of(new RuleViolation(null, "smallgrants.limit.share", fmt.money(jstGivenThisYear), fmt.money(grant),
                share.getValue().stripTrailingZeros().toPlainString(), fmt.money(yearFunds), fmt.money(allowed),
                share.getSource()));
    }

}
