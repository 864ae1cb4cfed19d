package pl.wspolnie.budget.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The key of an edition's PESEL hash. An edition's secret (in the database) created while
 * the pepper (outside the database) is set is stored with the pepper's check value, and
 * its key is HMAC-SHA256(pepper, secret): a copy of the database alone cannot test PESELs
 * against the hashes. A secret stored without a check value (created before a pepper was
 * set, or with none) is its own key, as before, so the hashes already recorded still
 * match. A peppered edition refuses to hash without the same pepper (rather than compute
 * other hashes, which would let a person vote twice).
 */
final class PeselPepper {

    private static final String CHECK_TEXT = "wspolnie budget PESEL pepper check";

    private final byte[] pepper;

    PeselPepper(BudgetSettings settings) {
        this.pepper = settings.peselPepper() == null ? null : settings.peselPepper().getBytes(StandardCharsets.UTF_8);
    }

    /** The check value to store with a new secret: null without a pepper. */
    String check() {
        return pepper == null ? null
                : HexFormat.of().formatHex(hmac(pepper, CHECK_TEXT.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    /** The key of the hash for a stored secret and its check value. */
    byte[] key(byte[] secret, String storedCheck) {
        if (storedCheck == null) {
            return secret;
        }
        if (pepper == null) {
            throw new IllegalStateException(
                    "The PESEL hashes of this edition were made with wspolnie.budget.pesel-pepper"
                            + " (WSPOLNIE_BUDGET_PESEL_PEPPER): set the same value");
        }
        if (!storedCheck.equals(check())) {
            throw new IllegalStateException("wspolnie.budget.pesel-pepper is not the value this edition's PESEL hashes"
                    + " were made with: set the earlier value");
        }
        return hmac(pepper, secret);
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

}
