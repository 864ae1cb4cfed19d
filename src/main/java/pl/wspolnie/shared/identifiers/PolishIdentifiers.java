package pl.wspolnie.shared.identifiers;

import java.util.regex.Pattern;

/**
 * Check-digit rules of Polish identifiers. Inputs may contain spaces and dashes as people
 * type them ("123-456-32-18"); {@link #digits(String)} normalises them.
 */
public final class PolishIdentifiers {

    private static final int[] NIP_WEIGHTS = { 6, 5, 7, 2, 3, 4, 5, 6, 7 };

    private static final int[] REGON9_WEIGHTS = { 8, 9, 2, 3, 4, 5, 6, 7 };

    private static final int[] REGON14_WEIGHTS = { 2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8 };

    private static final int[] PESEL_WEIGHTS = { 1, 3, 7, 9, 1, 3, 7, 9, 1, 3 };

    private static final Pattern POSTAL = Pattern.compile("\\d{2}-\\d{3}");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    private PolishIdentifiers() {
    }

    /** Removes spaces and dashes; returns null for null. */
    public static String digits(String value) {
        return value == null ? null : SEPARATORS.matcher(value.strip()).replaceAll("");
    }

    /**
     * Ten digits with a mod-11 check digit; the first three are the code of the tax
     * office (101–999), never 0xx.
     */
    public static boolean isValidNip(String value) {
        String d = digits(value);
        if (d == null || !d.matches("\\d{10}") || d.charAt(0) == '0') {
            return false;
        }
        int check = weightedSum(d, NIP_WEIGHTS) % 11;
        return check != 10 && check == d.charAt(9) - '0';
    }

    public static boolean isValidRegon(String value) {
        String d = digits(value);
        if (d == null || d.chars().allMatch(c -> c == '0')) {
            return false;
        }
        if (d.matches("\\d{9}")) {
            return checkDigitMod11(d, REGON9_WEIGHTS) == d.charAt(8) - '0';
        }
        if (d.matches("\\d{14}")) {
            return isValidRegon(d.substring(0, 9)) && checkDigitMod11(d, REGON14_WEIGHTS) == d.charAt(13) - '0';
        }
        return false;
    }

    public static boolean isValidKrs(String value) {
        String d = digits(value);
        return d != null && d.matches("\\d{10}") && !d.equals("0000000000");
    }

    public static boolean isValidPesel(String value) {
        String d = digits(value);
        if (d == null || !d.matches("\\d{11}")) {
            return false;
        }
        // +20 per century: 1800s +80, 2000s +20, ...
        int month = Integer.parseInt(d.substring(2, 4)) % 20;
        int day = Integer.parseInt(d.substring(4, 6));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return false;
        }
        int check = (10 - weightedSum(d, PESEL_WEIGHTS) % 10) % 10;
        return check == d.charAt(10) - '0';
    }

    public static boolean isValidPostalCode(String value) {
        return value != null && POSTAL.matcher(value.strip()).matches();
    }

    /**
     * Completes the first 9 (NIP), 8 (REGON-9) or 13 (REGON-14) digits with a valid check
     * digit, for test and demo data.
     */
    public static String withNipCheckDigit(String first9) {
        int check = weightedSum(first9, NIP_WEIGHTS) % 11;
        if (check == 10) {
            throw new IllegalArgumentException("No valid NIP starts with " + first9);
        }
        return first9 + check;
    }

    public static String withRegonCheckDigit(String digits) {
        int[] weights = digits.length() == 8 ? REGON9_WEIGHTS : REGON14_WEIGHTS;
        return digits + checkDigitMod11(digits, weights);
    }

    private static int checkDigitMod11(String d, int[] weights) {
        int check = weightedSum(d, weights) % 11;
        return check == 10 ? 0 : check;
    }

    private static int weightedSum(String d, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (d.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

}
