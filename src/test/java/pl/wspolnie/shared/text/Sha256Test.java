package pl.wspolnie.shared.text;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digests of the known test vectors (FIPS 180-2 and the empty input), the same from
 * bytes, text and a stream; Polish letters are hashed as UTF-8.
 */
class Sha256Test {

    @ParameterizedTest(name = "sha256({0})")
    @CsvSource(delimiter = '|',
            textBlock = """
                    ''                                                       | e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                    abc                                                      | ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
                    abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq | 248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1
                    żółw                                                     | f36b811094f4408ff06897bb585bbd814e42bb0463782c8b0b4d28d9ca8e2591
                    """)
    void knownVectors(String text, String hex) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(Sha256.hex(text)).isEqualTo(hex);
        assertThat(Sha256.hex(bytes)).isEqualTo(hex);
        assertThat(Sha256.hex(new ByteArrayInputStream(bytes))).isEqualTo(hex);
    }

    @Test
    void aStreamLongerThanOneBuffer() {
        byte[] million = "a".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
        assertThat(Sha256.hex(new ByteArrayInputStream(million)))
            .isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

}
