package pl.wspolnie.diagnosis.domain;

import pl.wspolnie.shared.figures.CooperationRecord;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator's value in the diagnosis's year with the records behind it and the score
 * its thresholds propose; when there is no value, {@code reason} is the message key
 * saying why (no source yet, the module not used that year, no survey question
 * chosen...).
 */
public record IndicatorFigure(BigDecimal value, List<CooperationRecord> records, Integer proposed, String reason) {

    public boolean computable() {
        return value != null;
    }

    /**
     * The value as the pages show it: a Polish decimal comma, no needless zeros, the
     * unit.
     */
    public String text(String unit) {
        if (value == null) {
            return "";
        }
        String number = value.stripTrailingZeros().toPlainString().replace('.', ',');
        return unit == null || unit.isEmpty() ? number : "%".equals(unit) ? number + "%" : number + " " + unit;
    }

    public long counted() {
        return records.stream().filter(CooperationRecord::counted).count();
    }

}
