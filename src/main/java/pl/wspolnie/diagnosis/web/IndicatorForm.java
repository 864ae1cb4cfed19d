package pl.wspolnie.diagnosis.web;

import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import pl.wspolnie.diagnosis.domain.Aggregate;
import pl.wspolnie.diagnosis.domain.IndicatorDetails;
import pl.wspolnie.diagnosis.domain.IndicatorKind;
import pl.wspolnie.diagnosis.domain.LijwIndicator;

import java.math.BigDecimal;

/**
 * An indicator of a draft set: its name, in use or not, its thresholds typed with a comma
 * or a dot (plane and kind of an own one; its measure and aggregate when computed).
 */
record IndicatorForm(@Size(max = 500, message = "{diagnosis.field.tooLong}") String name, Integer plane,
        IndicatorKind kind, Boolean enabled, @Size(max = 20) String threshold1, @Size(max = 20) String threshold2,
        @Size(max = 20) String threshold3, @Size(max = 60) String measure, Aggregate aggregate) {

    static IndicatorForm empty() {
        return new IndicatorForm("", 1, IndicatorKind.DECLARED, true, "", "", "", "", null);
    }

    static IndicatorForm of(LijwIndicator i) {
        return new IndicatorForm(i.getName(), i.getPlane(), i.getKind(), i.isEnabled(), shown(i.getThreshold1()),
                shown(i.getThreshold2()), shown(i.getThreshold3()), i.getMeasure(), i.getAggregate());
    }

    private static String shown(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    IndicatorDetails details(BindingResult result) {
        return new IndicatorDetails(name == null ? "" : name, plane == null ? 0 : plane, kind,
                Boolean.TRUE.equals(enabled), number(threshold1, "threshold1", result),
                number(threshold2, "threshold2", result), number(threshold3, "threshold3", result), measure, aggregate);
    }

    private static BigDecimal number(String typed, String field, BindingResult result) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.').replace(" ", ""));
        }
        catch (NumberFormatException e) {
            result.rejectValue(field, "diagnosis.lijw.thresholdNumber");
            return null;
        }
    }

}
