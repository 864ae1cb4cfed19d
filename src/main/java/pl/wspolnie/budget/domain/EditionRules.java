package pl.wspolnie.budget.domain;

import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of an edition and its pools (usg art. 5a ust. 3–7), each with its form field
 * and message.
 */
public final class EditionRules {

    /**
     * The share of the last reported expenditure a city with powiat rights must spend.
     */
    public static final BigDecimal MINIMUM_SHARE = new BigDecimal("0.005");

    /** At most this share of the area's residents may be required to sign a project. */
    public static final BigDecimal MAX_SIGNATURE_SHARE = new BigDecimal("0.001");

    private EditionRules() {
    }

    /**
     * The phases follow each other: each ends on or after its start, and the next one
     * starts after the previous one ends.
     */
    public static List<RuleViolation> timeline(List<PhaseDates> timeline) {
        List<RuleViolation> violations = new ArrayList<>();
        PhaseDates previous = null;
        for (PhaseDates p : timeline) {
            if (p.from() == null || p.to() == null) {
                continue; // refused by the form as a missing date
            }
            if (p.to().isBefore(p.from())) {
                violations.add(new RuleViolation(p.phase().field() + "To", "budget.timeline.endBeforeStart"));
            }
            if (previous != null && previous.to() != null && !p.from().isAfter(previous.to())) {
                violations.add(new RuleViolation(p.phase().field() + "From", "budget.timeline.overlaps"));
            }
            previous = p;
        }
        return violations;
    }

    /**
     * The most signatures a resolution may require for a pool: 0.1% of its area's
     * residents, rounded down.
     */
    public static int maxSignatures(int population) {
        return new BigDecimal(population).multiply(MAX_SIGNATURE_SHARE).setScale(0, RoundingMode.FLOOR).intValue();
    }

    /** Refuses more signatures than 0.1% of the area's residents. */
    public static void signatures(int population, int signaturesRequired) {
        int max = maxSignatures(population);
        if (signaturesRequired > max) {
            throw new RuleViolation("signaturesRequired", "budget.pool.tooManySignatures", String.valueOf(max),
                    String.valueOf(population));
        }
    }

    /**
     * 0.5% of the expenditure, rounded up to the grosz: the least a city with powiat
     * rights must put in its pools.
     */
    public static BigDecimal minimumTotal(BigDecimal expenditure) {
        return expenditure.multiply(MINIMUM_SHARE).setScale(2, RoundingMode.CEILING);
    }

}
