package pl.wspolnie.competitions.domain.smallgrant;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.competitions.domain.Money;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The limits of art. 19a as dated settings: listed for officials and administrators; the
 * platform administrator adds a row from a date when the law changes (a row is never
 * edited). Each JST's official enters the JST's yearly funds for public tasks, the base
 * of the share limit.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SmallGrantCaps {

    private final SmallGrantCapRepository caps;

    private final SmallGrantYearFundsRepository funds;

    private final SmallGrantRepository grants;

    private final Permissions permissions;

    private final Clock clock;

    /** The limits in force on a day. */
    @Transactional(readOnly = true)
    public SmallGrantLimits limitsOn(LocalDate day) {
        return SmallGrantLimits.on(day, caps.findByValidFromLessThanEqualOrderByValidFromDesc(day));
    }

    /** Every row, by kind, newest first (officials and administrators). */
    @Transactional(readOnly = true)
    public List<SmallGrantCap> all() {
        permissions.requireUser();
        if (!permissions.hasAnywhere(Role.OFFICIAL) && !permissions.isPlatformAdmin()) {
            throw new NotAllowed("small grant limits");
        }
        return caps.findAllByOrderByKindAscValidFromDesc();
    }

    /** Whether the current user may add a row (the platform administrator). */
    @Transactional(readOnly = true)
    public boolean mayAdd() {
        return permissions.isPlatformAdmin();
    }

    /**
     * A new row from a date: the platform administrator only; kind, value above zero,
     * date and source required; one row per kind and date.
     */
    public void add(CapKind kind, String value, LocalDate validFrom, String source) {
        permissions.requireUser();
        if (!permissions.isPlatformAdmin()) {
            throw new NotAllowed("small grant limits");
        }
        List<RuleViolation> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new RuleViolation("kind", "smallgrants.cap.kind.required"));
        }
        BigDecimal amount = Money.parse(value, "value", problems);
        if (amount == null && problems.stream().noneMatch(p -> "value".equals(p.field()))) {
            problems.add(new RuleViolation("value", "smallgrants.cap.value.required"));
        }
        else if (amount != null && amount.signum() <= 0) {
            problems.add(new RuleViolation("value", "smallgrants.cap.value.required"));
        }
        if (validFrom == null) {
            problems.add(new RuleViolation("validFrom", "smallgrants.cap.validFrom.required"));
        }
        if (source == null || source.isBlank()) {
            problems.add(new RuleViolation("source", "smallgrants.cap.source.required"));
        }
        if (kind != null && validFrom != null && caps.existsByKindAndValidFrom(kind, validFrom)) {
            problems.add(new RuleViolation("validFrom", "smallgrants.cap.validFrom.taken"));
        }
        RuleViolation.throwIfAny(problems);
        caps.save(new SmallGrantCap(kind, amount, validFrom, source.strip(), permissions.requireUser().userId(),
                clock.instant()));
    }

    /** The JST's funds for public tasks in a year (null when not entered). */
    @Transactional(readOnly = true)
    public BigDecimal yearFunds(long jstId, int year) {
        return funds.findById(new SmallGrantYearFunds.Key(jstId, year))
            .map(SmallGrantYearFunds::getAmount)
            .orElse(null);
    }

    /** The JST's entered years (officials of the JST). */
    @Transactional(readOnly = true)
    public List<SmallGrantYearFunds> yearFundsOf(long jstId) {
        permissions.require(jstId, Role.OFFICIAL);
        return funds.findByKeyJstIdOrderByKeyYearDesc(jstId);
    }

    /** Enters (or corrects) the JST's funds for a year: its officials only. */
    public void recordYearFunds(long jstId, Integer year, String amount) {
        permissions.require(jstId, Role.OFFICIAL);
        List<RuleViolation> problems = new ArrayList<>();
        if (year == null || year < 2010 || year > 2100) {
            problems.add(new RuleViolation("year", "smallgrants.funds.year.invalid"));
        }
        BigDecimal value = Money.parse(amount, "amount", problems);
        if (value == null && problems.stream().noneMatch(p -> "amount".equals(p.field()))) {
            problems.add(new RuleViolation("amount", "smallgrants.funds.amount.required"));
        }
        RuleViolation.throwIfAny(problems);
        SmallGrantYearFunds row = funds.findById(new SmallGrantYearFunds.Key(jstId, year))
            .orElseGet(() -> new SmallGrantYearFunds(jstId, year));
        row.record(value, permissions.requireUser().userId(), clock.instant());
        funds.save(row);
    }

    /** The grants a JST awarded an organisation in this mode for offers of a year. */
    @Transactional(readOnly = true)
    public BigDecimal awardedTo(long jstId, long organizationId, int year) {
        return grants.awardedTo(jstId, organizationId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** The grants a JST awarded in this mode for offers of a year. */
    @Transactional(readOnly = true)
    public BigDecimal awardedBy(long jstId, int year) {
        return grants.awardedBy(jstId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

}
