package pl.wspolnie.competitions.domain.contract;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.Collections;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.competitions.domain.Money;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * The rates of interest for a late return of a grant as a dated setting: listed for the
 * officials and the platform administrator; the platform administrator adds a rate from a
 * day with its source when the Minister of Finance announces a new one (the rate of tax
 * arrears is national, so no JST sets it). A row is never edited; {@link LateInterest}
 * uses the rate valid on each day.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InterestRates {

    /**
     * The rates newest first, the one in force today (null before the first) and whether
     * the user may add.
     */
    public record Page(List<InterestRate> rates, InterestRate inForce, boolean mayAdd) {
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final InterestRateRepository rates;

    private final Permissions permissions;

    private final Clock clock;

    /** The settings page: officials of any JST and the platform administrator. */
    @Transactional(readOnly = true)
    public Page page() {
        permissions.requireUser();
        if (!permissions.hasAnywhere(Role.OFFICIAL) && !permissions.isPlatformAdmin()) {
            throw new NotAllowed("interest rates");
        }
        List<InterestRate> all = new ArrayList<>(rates.findAllByOrderByValidFromAsc());
        LocalDate today = LocalDate.now(clock.withZone(WARSAW));
        InterestRate inForce = all.stream()
            .filter(r -> !r.getValidFrom().isAfter(today))
            .reduce((a, b) -> b)
            .orElse(null);
        Collections.reverse(all);
        return new Page(all, inForce, permissions.isPlatformAdmin());
    }

    /**
     * A new rate from a day: the platform administrator only; the day (one rate a day),
     * the rate above 0 and at most 100 % with at most two decimals, and the source are
     * required; what refused is at its field.
     */
    public void add(InterestRateForm f) {
        permissions.requireUser();
        if (!permissions.isPlatformAdmin()) {
            throw new NotAllowed("interest rates");
        }
        List<RuleViolation> refused = new ArrayList<>();
        if (f.getValidFrom() == null) {
            refused.add(new RuleViolation("validFrom", "competitions.interestRate.validFrom.required"));
        }
        else if (rates.existsByValidFrom(f.getValidFrom())) {
            refused.add(new RuleViolation("validFrom", "competitions.interestRate.validFrom.taken"));
        }
        BigDecimal rate = null;
        try {
            rate = Money.parsePercent(f.getRate(), "rate");
        }
        catch (RuleViolation e) {
            refused.add(new RuleViolation("rate", "competitions.interestRate.rate.invalid"));
        }
        if (rate == null && refused.stream().noneMatch(r -> "rate".equals(r.field()))) {
            refused.add(new RuleViolation("rate", "competitions.interestRate.rate.required"));
        }
        else if (rate != null && (rate.signum() <= 0 || rate.compareTo(HUNDRED) > 0)) {
            refused.add(new RuleViolation("rate", "competitions.interestRate.rate.invalid"));
        }
        String source = f.getSource() == null ? "" : f.getSource().strip();
        if (source.isEmpty()) {
            refused.add(new RuleViolation("source", "competitions.interestRate.source.required"));
        }
        RuleViolation.throwIfAny(refused);
        rates.save(
                new InterestRate(f.getValidFrom(), rate, source, permissions.requireUser().userId(), clock.instant()));
    }

}
