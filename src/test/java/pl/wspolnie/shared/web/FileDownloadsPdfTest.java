package pl.wspolnie.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF the platform made is shown inline under its file name, in UTF-8 when it needs it.
 */
class FileDownloadsPdfTest {

    @Test
    void aPdfIsShownInlineUnderItsName() {
        ResponseEntity<byte[]> answer = FileDownloads.pdf(new byte[] { 1, 2 }, "umowa-7.pdf");

        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
            .isEqualTo("inline; filename=\"umowa-7.pdf\"; filename*=UTF-8''umowa-7.pdf");
        assertThat(answer.getBody()).containsExactly(1, 2);
    }

    @Test
    void aNameWithPolishLettersKeepsThemInItsUtf8Form() {
        assertThat(FileDownloads.pdf(new byte[0], "raport-Łódź.pdf")
            .getHeaders()
            .getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("filename*=UTF-8''raport-%C5%81%C3%B3d%C5%BA.pdf");
    }

}
