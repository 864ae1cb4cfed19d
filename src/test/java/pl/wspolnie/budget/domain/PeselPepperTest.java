package pl.wspolnie.budget.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The key of the PESEL hash: a secret stored without a check value is its own key (the
 * hashes recorded before a pepper was set stay valid); a peppered one needs the same
 * pepper, never another or none.
 */
class PeselPepperTest {

    private static final String PEPPER = "a-pepper-of-at-least-thirty-two-characters";

    private final byte[] secret = "the edition's secret of 32 bytes".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aSecretStoredWithoutACheckIsItsOwnKeyWithOrWithoutAPepper() {
        assertThat(new PeselPepper(new BudgetSettings(null)).key(secret, null)).isEqualTo(secret);
        assertThat(new PeselPepper(new BudgetSettings(PEPPER)).key(secret, null)).isEqualTo(secret);
        assertThat(new PeselPepper(new BudgetSettings(" ")).check()).isNull();
    }

    @Test
    void aPepperedSecretNeedsTheSamePepper() {
        PeselPepper pepper = new PeselPepper(new BudgetSettings(PEPPER));
        String check = pepper.check();
        assertThat(check).hasSize(16).doesNotContain(PEPPER);
        byte[] key = pepper.key(secret, check);
        assertThat(key).isEqualTo(PeselPepper.hmac(PEPPER.getBytes(StandardCharsets.UTF_8), secret))
            .isNotEqualTo(secret);
        assertThatThrownBy(() -> new PeselPepper(new BudgetSettings(null)).key(secret, check))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("WSPOLNIE_BUDGET_PESEL_PEPPER");
        assertThatThrownBy(() -> new PeselPepper(new BudgetSettings(PEPPER + "-other")).key(secret, check))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("not the value");
    }

    @Test
    void aShortPepperIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new BudgetSettings("short")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("at least 32");
    }

}
