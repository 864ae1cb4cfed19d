package pl.wspolnie.shared.figures;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One record behind a cooperation measure (see {@link CooperationRecordsSource}).
 *
 * @param day the record's date in the year
 * @param label what it is, in Polish (a consultation's subject, a remark's author...)
 * @param path the platform page showing it, or null
 * @param counted whether it meets the measure's condition (a remark that was answered,
 * money awarded by open competition); a count counts these, a share divides them by all
 * @param amount the record's figure when the measure sums or takes a median (zł, days,
 * participants), else null
 */
public record CooperationRecord(LocalDate day, String label, String path, boolean counted, BigDecimal amount) {

    public static CooperationRecord of(LocalDate day, String label, String path) {
        return new CooperationRecord(day, label, path, true, null);
    }

}
