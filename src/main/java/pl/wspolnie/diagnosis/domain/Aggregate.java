package pl.wspolnie.diagnosis.domain;

import pl.wspolnie.shared.figures.CooperationRecord;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * How an indicator's value is made from the records behind it: the number of counted
 * records, their share of all (%), the share of the counted records' amounts in all
 * amounts (%), the counted records' amounts as a share of the other records' amounts (the
 * base: grants as a share of the JST's expenditure, %), the median or the mean of the
 * counted records' amounts (a survey indicator's mean is taken from the survey's answers
 * instead, see LijwFigures). Null when it cannot be computed (no records, nothing to
 * divide by); {@link #reasonWithout} then says why.
 */
public enum Aggregate {

    COUNT, SHARE, SHARE_OF_SUM, SHARE_OF_BASE, MEDIAN, MEAN;

    /** The unit of the value: a percentage for the shares, none for the others. */
    public String unit() {
        return this == SHARE || this == SHARE_OF_SUM || this == SHARE_OF_BASE ? "%" : "";
    }

    /**
     * The message key saying why {@link #of} gave no value: no base recorded (the JST's
     * expenditure), or the module kept no record that year.
     */
    public String reasonWithout(List<CooperationRecord> records) {
        if (this == SHARE_OF_BASE && sum(base(records)).signum() == 0) {
            return "diagnosis.lijw.reason.noBase";
        }
        return "diagnosis.lijw.reason.noRecords";
    }

    public BigDecimal of(List<CooperationRecord> records) {
        if (records.isEmpty()) {
            return null;
        }
        List<CooperationRecord> counted = records.stream().filter(CooperationRecord::counted).toList();
        return switch (this) {
            case COUNT -> BigDecimal.valueOf(counted.size()).setScale(2);
            case SHARE -> percent(BigDecimal.valueOf(counted.size()), BigDecimal.valueOf(records.size()));
            case SHARE_OF_SUM -> percent(sum(counted), sum(records));
            case SHARE_OF_BASE -> percent(sum(counted), sum(base(records)));
            case MEDIAN -> median(counted);
            case MEAN -> mean(counted);
        };
    }

    private static List<CooperationRecord> base(List<CooperationRecord> records) {
        return records.stream().filter(r -> !r.counted()).toList();
    }

    private static BigDecimal sum(List<CooperationRecord> records) {
        return records.stream()
            .map(CooperationRecord::amount)
            .filter(Objects::nonNull)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal median(List<CooperationRecord> counted) {
        List<BigDecimal> values = counted.stream()
            .map(CooperationRecord::amount)
            .filter(Objects::nonNull)
            .sorted()
            .toList();
        if (values.isEmpty()) {
            return null;
        }
        int n = values.size();
        BigDecimal middle = n % 2 == 1 ? values.get(n / 2)
                : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2));
        return middle.setScale(2, RoundingMode.HALF_UP);
    }

    /** The plain mean of the counted records' amounts. */
    private static BigDecimal mean(List<CooperationRecord> counted) {
        List<BigDecimal> values = counted.stream().map(CooperationRecord::amount).filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return null;
        }
        return values.stream()
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

}
