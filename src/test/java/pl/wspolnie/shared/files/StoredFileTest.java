package pl.wspolnie.shared.files;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored upload shared by the paper support list and the milestone photo: it keeps
 * the size of its bytes, and the audit log (which records it by its text) never sees
 * them.
 */
class StoredFileTest {

    @Test
    void anUploadKnowsItsSizeAndIsAuditedByNameTypeAndSizeOnly() {
        byte[] scan = "%PDF-1.7 Jan Kowalski, PESEL 44051401359".getBytes();
        StoredFile file = new StoredFile("lista.pdf", "application/pdf", scan, Instant.parse("2031-03-01T10:00:00Z"));
        assertThat(file.getSizeBytes()).isEqualTo(scan.length);
        assertThat(file).hasToString("lista.pdf (application/pdf, " + scan.length + " B)");
        assertThat(file.toString()).doesNotContain("Kowalski");
    }

}
