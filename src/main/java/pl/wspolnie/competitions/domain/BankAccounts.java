package pl.wspolnie.competitions.domain;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Polish bank account numbers: NRB (26 digits) or IBAN "PL" + 26 digits, checked with the
 * ISO 13616 mod-97 rule.
 */
public final class BankAccounts {

    private BankAccounts() {
    }

    /**
     * The 26 digits of a valid account (spaces and the "PL" prefix removed), or null if
     * it is not valid.
     */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.replaceAll("[\\s\\u00a0-]", "").toUpperCase(Locale.ROOT);
        if (s.startsWith("PL")) {
            s = s.substring(2);
        }
        if (!s.matches("\\d{26}")) {
            return null;
        }
        // IBAN check: move "PL" + check digits to the end, letters as numbers (P=25,
        // L=21); remainder mod 97 must be 1.
        String rearranged = s.substring(2) + "2521" + s.substring(0, 2);
        return new BigInteger(rearranged).mod(BigInteger.valueOf(97)).intValue() == 1 ? s : null;
    }

}
