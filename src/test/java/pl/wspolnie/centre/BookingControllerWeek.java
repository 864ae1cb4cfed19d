package pl.wspolnie.centre;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The ISO week of a date as the week view's parameter, e.g. "2026-W48". */
final class BookingControllerWeek {

    private BookingControllerWeek() {
    }

    static String of(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

}
