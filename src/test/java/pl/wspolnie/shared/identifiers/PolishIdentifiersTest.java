package pl.wspolnie.shared.identifiers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check-digit rules of NIP, REGON, KRS, PESEL and postal codes, as people type them.
 */
class PolishIdentifiersTest {

    @ParameterizedTest(name = "NIP {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            5260250274      | true
            526-025-02-74   | true
            526 025 02 74   | true
            1234563218      | true
            1234563219      | false
            0000000000      | false
            0123456789      | false
            526025027       | false
            52602502741     | false
            52602502A4      | false
            ''              | false
            null            | false
            """)
    void nip(String value, boolean valid) {
        assertThat(PolishIdentifiers.isValidNip(value)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "REGON {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            123456785       | true
            123-456-785     | true
            123456786       | false
            000000000       | false
            00000000000000  | false
            12345678       | false
            null            | false
            """)
    void regon(String value, boolean valid) {
        assertThat(PolishIdentifiers.isValidRegon(value)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "REGON-14 from {0}")
    @CsvSource({ "1234567851234", "7302568700001" })
    void regon14WithItsCheckDigitIsValidOnlyWhenItsFirstNineAre(String first13) {
        String regon14 = PolishIdentifiers.withRegonCheckDigit(first13);
        assertThat(PolishIdentifiers.isValidRegon(regon14))
            .isEqualTo(PolishIdentifiers.isValidRegon(first13.substring(0, 9)));
    }

    @ParameterizedTest(name = "KRS {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            0000123456      | true
            0000 123 456    | true
            0000000000      | false
            123456          | false
            null            | false
            """)
    void krs(String value, boolean valid) {
        assertThat(PolishIdentifiers.isValidKrs(value)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "PESEL {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            44051401359     | true
            02270803624     | true
            02070803628     | true
            44051401358     | false
            00000000000     | false
            4405140135      | false
            null            | false
            """)
    void pesel(String value, boolean valid) {
        assertThat(PolishIdentifiers.isValidPesel(value)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "postal code {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            29-100          | true
            ' 29-100 '      | true
            29100           | false
            2-9100          | false
            null            | false
            """)
    void postalCode(String value, boolean valid) {
        assertThat(PolishIdentifiers.isValidPostalCode(value)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "NIP completed from {0}")
    @CsvSource({ "526025027", "123456321", "965432100" })
    void completedNipIsValid(String first9) {
        assertThat(PolishIdentifiers.isValidNip(PolishIdentifiers.withNipCheckDigit(first9))).isTrue();
    }

}
