package pl.wspolnie.shared.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.wspolnie.shared.domain.RuleViolation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The one check of an upload before it is kept (news and offer attachments, meeting
 * documents, paper support scans, described photos): one row per file, with the refusal
 * at the field or the type it is kept as.
 */
class FileCheckTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

    private static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0 };

    private static final int LIMIT = 1024 * 1024;

    private static final FileCheck CHECK = FileCheck.of("file", Set.of("pdf", "png", "jpg", "jpeg"), LIMIT,
            "test.attachment");

    private static final Instant NOW = Instant.parse("2031-05-01T10:00:00Z");

    private static Upload upload(String kind, String name) {
        return switch (kind) {
            case "none" -> null;
            case "empty" -> new Upload(name, 0, new byte[0]);
            case "pdf" -> new Upload(name, PDF.length, PDF);
            case "png" -> new Upload(name, PNG.length, PNG);
            case "exe" -> new Upload(name, EXE.length, EXE);
            case "tooLarge" -> new Upload(name, LIMIT + 1L, null);
            case "atLimit" -> {
                byte[] bytes = new byte[LIMIT];
                System.arraycopy(PDF, 0, bytes, 0, PDF.length);
                yield new Upload(name, LIMIT, bytes);
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0} named {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            pdf      | uchwała.pdf   | application/pdf
            pdf      | UCHWAŁA.PDF   | application/pdf
            png      | plakat.png    | image/png
            atLimit  | duzy.pdf      | application/pdf
            none     | null          | test.attachment.empty
            empty    | pusty.pdf     | test.attachment.empty
            tooLarge | duzy.pdf      | test.attachment.tooLarge
            exe      | program.exe   | test.attachment.type
            exe      | program.pdf   | test.attachment.type
            pdf      | uchwala.exe   | test.attachment.type
            png      | plakat.pdf    | test.attachment.type
            pdf      | uchwala.docx  | test.attachment.type
            pdf      | bez-rozszerzenia | test.attachment.type
            """)
    void eachFileIsKeptWithItsTypeOrRefusedAtTheField(String kind, String name, String expected) {
        Upload upload = upload(kind, name);
        if (expected.contains("/")) {
            StoredFile kept = CHECK.check(upload, NOW);
            assertThat(kept.getMediaType()).isEqualTo(expected);
            assertThat(kept.getFileName()).isEqualTo(name);
            assertThat(kept.getUploadedAt()).isEqualTo(NOW);
            assertThat(CHECK.refusal(upload)).isNull();
        }
        else {
            RuleViolation refusal = catchThrowableOfType(RuleViolation.class, () -> CHECK.check(upload, NOW));
            assertThat(refusal.field()).isEqualTo("file");
            assertThat(refusal.messageKey()).isEqualTo(expected);
            assertThat(CHECK.refusal(upload).messageKey()).isEqualTo(expected);
        }
    }

    @Test
    void theLimitIsSaidInMegabytes() {
        assertThat(CHECK.refusal(upload("tooLarge", "duzy.pdf")).args()).containsExactly(1);
    }

    @Test
    void theNameIsCleanedOfPathsControlCharactersAndQuotes() {
        StoredFile kept = CHECK.check(new Upload("C:\\dokumenty\\\"uchwała\"\u0007.pdf", PDF.length, PDF), NOW);
        assertThat(kept.getFileName()).isEqualTo("C:_dokumenty_uchwała.pdf");
    }

    @Test
    void onlyKnownTypesMayBeAllowed() {
        assertThatThrownBy(() -> FileCheck.of("file", Set.of("exe"), LIMIT, "x"))
            .isInstanceOf(IllegalArgumentException.class);
    }

}
