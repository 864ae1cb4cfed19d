package pl.wspolnie.budget.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Participatory budget settings (wspolnie.budget.*).
 *
 * @param peselPepper a secret kept outside the database (the environment,
 * {@code WSPOLNIE_BUDGET_PESEL_PEPPER}), at least 32 characters, mixed into the key of
 * the PESEL hash of every edition whose first vote is cast while it is set; empty: none
 * (the edition's own secret alone, as before). Editions keep the key they started with,
 * so their hashes stay verifiable whether the pepper is added later or not.
 */
@ConfigurationProperties("wspolnie.budget")
public record BudgetSettings(String peselPepper) {

    /** The shortest pepper accepted (a random value of 32 characters or more). */
    public static final int MIN_PEPPER_LENGTH = 32;

    public BudgetSettings {
        peselPepper = peselPepper == null || peselPepper.isBlank() ? null : peselPepper.strip();
        if (peselPepper != null && peselPepper.length() < MIN_PEPPER_LENGTH) {
            throw new IllegalArgumentException("wspolnie.budget.pesel-pepper must have at least " + MIN_PEPPER_LENGTH
                    + " characters (a random value, e.g. openssl rand -base64 33)");
        }
    }

}
