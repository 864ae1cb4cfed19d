package pl.wspolnie.shared.files;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The one check of a described photo (a milestone's, an initiative report's): the type by
 * its first bytes, the size, and the description, every refusal at once.
 */
class DescribedPhotoTest {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D',
            'R' };

    private static final Instant NOW = Instant.parse("2031-05-01T10:00:00Z");

    private static Upload upload(String kind) {
        return switch (kind) {
            case "none" -> null;
            case "png" -> new Upload("plac zabaw.png", PNG.length, PNG);
            case "renamedPdf" -> new Upload("zdjecie.png", 9, "%PDF-1.7\n".getBytes());
            case "tooLarge" -> new Upload("duze.png", DescribedPhoto.MAX_BYTES + 1L, null);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0} + alt of {1} characters -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            png        | 1   | null
            png        | 300 | null
            png        | 0   | altText:files.photo.altRequired
            png        | 301 | altText:files.photo.altTooLong
            none       | 5   | photo:files.photo.required
            renamedPdf | 5   | photo:files.photo.type
            tooLarge   | 5   | photo:files.photo.tooLarge
            none       | 0   | photo:files.photo.required altText:files.photo.altRequired
            """)
    void checks(String kind, int altLength, String refusals) {
        String alt = "a".repeat(altLength);
        if (refusals == null) {
            DescribedPhoto photo = DescribedPhoto.check(upload(kind), " " + alt + " ", NOW);
            assertThat(photo.altText()).isEqualTo(alt);
            assertThat(photo.file()).hasToString("plac zabaw.png (image/png, " + PNG.length + " B)");
            assertThat(photo.file().getUploadedAt()).isEqualTo(NOW);
            return;
        }
        RuleViolation refused = catchThrowableOfType(RuleViolation.class,
                () -> DescribedPhoto.check(upload(kind), alt, NOW));
        assertThat(refused.all()).extracting(v -> v.field() + ":" + v.messageKey())
            .containsExactlyElementsOf(Arrays.asList(refusals.split(" ")));
    }

}
