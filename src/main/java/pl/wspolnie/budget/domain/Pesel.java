package pl.wspolnie.budget.domain;

import pl.wspolnie.shared.identifiers.PolishIdentifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The birth date a PESEL encodes: digits 1–6 are yymmdd, with 20, 40, 60 or 80 added to
 * the month for the 2000s, 2100s, 2200s and 1800s.
 */
public final class Pesel {

    private Pesel() {
    }

    /** The birth date of a PESEL with a valid check digit, or empty. */
    public static Optional<LocalDate> birthDate(String value) {
        if (!PolishIdentifiers.isValidPesel(value)) {
            return Optional.empty();
        }
        String d = PolishIdentifiers.digits(value);
        int yy = Integer.parseInt(d.substring(0, 2));
        int mm = Integer.parseInt(d.substring(2, 4));
        int dd = Integer.parseInt(d.substring(4, 6));
        int century = switch (mm / 20) {
            case 0 -> 1900;
            case 1 -> 2000;
            case 2 -> 2100;
            case 3 -> 2200;
            default -> 1800;
        };
        try {
            return Optional.of(LocalDate.of(century + yy, mm % 20, dd));
        }
        catch (DateTimeException e) {
            return Optional.empty();
        }
    }

}
