package pl.wspolnie.governance.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A day as the refusals print it: dd.MM.yyyy. */
final class Days {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Days() {
    }

    static String of(LocalDate day) {
        return day == null ? "–" : DMY.format(day);
    }

}
