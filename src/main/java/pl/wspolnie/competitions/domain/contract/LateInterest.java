package pl.wspolnie.competitions.domain.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Interest for a late return of a grant, as for tax arrears: for each day from the day
 * after the deadline to the day of payment, amount × yearly rate / 365, the rate being
 * the one valid that day; the sum rounded to full złoty (art. 63 § 1 of the Tax
 * Ordinance). Paid by the deadline: none.
 */
final class LateInterest {

    /** A rate (percent a year) valid from a day. */
    record Rate(LocalDate validFrom, BigDecimal percent) {
    }

    private static final BigDecimal DAYS_A_YEAR = new BigDecimal("365");

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private LateInterest() {
    }

    /**
     * The interest on the amount returned on {@code paidOn} against the deadline
     * {@code dueOn}; rates sorted by their first day (days before the first rate bear
     * none).
     */
    static BigDecimal of(BigDecimal amount, LocalDate dueOn, LocalDate paidOn, List<Rate> rates) {
        if (!paidOn.isAfter(dueOn) || amount.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal sum = BigDecimal.ZERO;
        LocalDate firstLate = dueOn.plusDays(1);
        for (int i = 0; i < rates.size(); i++) {
            LocalDate from = max(rates.get(i).validFrom(), firstLate);
            LocalDate nextFrom = i + 1 < rates.size() ? rates.get(i + 1).validFrom() : paidOn.plusDays(1);
            LocalDate until = min(nextFrom, paidOn.plusDays(1));
            long days = ChronoUnit.DAYS.between(from, until);
            if (days > 0) {
                sum = sum.add(amount.multiply(rates.get(i).percent()).multiply(BigDecimal.valueOf(days)));
            }
        }
        return sum.divide(HUNDRED.multiply(DAYS_A_YEAR), 0, RoundingMode.HALF_UP).setScale(2);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

}
