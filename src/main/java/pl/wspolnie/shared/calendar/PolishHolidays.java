package pl.wspolnie.shared.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.time.temporal.ChronoUnit;

/**
 * The Polish statutory public holidays (ustawa z dnia 18 stycznia 1951 r. o dniach
 * wolnych od pracy, art. 1): the fixed dates, and Easter Sunday and Monday, Pentecost
 * Sunday and Corpus Christi computed from Easter (the Gregorian computus). Christmas Eve
 * is a holiday from 2025.
 */
public final class PolishHolidays {

    /**
     * A public holiday; its Polish and English names are the messages
     * {@code holiday.<NAME>}.
     */
    public enum Holiday {

        NEW_YEAR, EPIPHANY, EASTER, EASTER_MONDAY, LABOUR_DAY, CONSTITUTION_DAY, PENTECOST, CORPUS_CHRISTI, ASSUMPTION,
        ALL_SAINTS, INDEPENDENCE_DAY, CHRISTMAS_EVE, CHRISTMAS, SECOND_DAY_OF_CHRISTMAS;

        public String messageKey() {
            return "holiday." + name();
        }

    }

    private PolishHolidays() {
    }

    /** The holiday falling on this date, if any. */
    public static Optional<Holiday> on(LocalDate date) {
        Holiday fixed = fixed(MonthDay.from(date), date.getYear());
        if (fixed != null) {
            return Optional.of(fixed);
        }
        LocalDate easter = easterSunday(date.getYear());
        long fromEaster = ChronoUnit.DAYS.between(easter, date);
        if (fromEaster == 0) {
            return Optional.of(Holiday.EASTER);
        }
        if (fromEaster == 1) {
            return Optional.of(Holiday.EASTER_MONDAY);
        }
        if (fromEaster == 49) {
            return Optional.of(Holiday.PENTECOST);
        }
        if (fromEaster == 60) {
            return Optional.of(Holiday.CORPUS_CHRISTI);
        }
        return Optional.empty();
    }

    public static boolean isHoliday(LocalDate date) {
        return on(date).isPresent();
    }

    private static Holiday fixed(MonthDay day, int year) {
        return switch (day.getMonthValue() * 100 + day.getDayOfMonth()) {
            case 101 -> Holiday.NEW_YEAR;
            case 106 -> Holiday.EPIPHANY;
            case 501 -> Holiday.LABOUR_DAY;
            case 503 -> Holiday.CONSTITUTION_DAY;
            case 815 -> Holiday.ASSUMPTION;
            case 1101 -> Holiday.ALL_SAINTS;
            case 1111 -> Holiday.INDEPENDENCE_DAY;
            case 1224 -> year >= 2025 ? Holiday.CHRISTMAS_EVE : null;
            case 1225 -> Holiday.CHRISTMAS;
            case 1226 -> Holiday.SECOND_DAY_OF_CHRISTMAS;
            default -> null;
        };
    }

    /**
     * Easter Sunday of the Gregorian calendar (the anonymous "Meeus/Jones/Butcher"
     * computus).
     */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

}
