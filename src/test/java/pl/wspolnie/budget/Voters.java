package pl.wspolnie.budget;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid PESEL numbers for the voting tests, each with a serial of its own. */
final class Voters {

    private static final int[] WEIGHTS = { 1, 3, 7, 9, 1, 3, 7, 9, 1, 3 };

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 5000));

    private Voters() {
    }

    /** A valid PESEL of a person born on the day. */
    static String pesel(LocalDate born) {
        int month = born.getMonthValue() + switch (born.getYear() / 100) {
            case 18 -> 80;
            case 20 -> 20;
            case 21 -> 40;
            case 22 -> 60;
            default -> 0;
        };
        String first10 = String.format("%02d%02d%02d%04d", born.getYear() % 100, month, born.getDayOfMonth(),
                SERIAL.incrementAndGet() % 10000);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (first10.charAt(i) - '0') * WEIGHTS[i];
        }
        return first10 + (10 - sum % 10) % 10;
    }

}
