package pl.wspolnie.shared.web;

import pl.wspolnie.shared.files.StoredFile;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/**
 * A stored file sent back the same way everywhere: its own type (never sniffed by the
 * browser) and its name in the Content-Disposition, shown in the browser
 * ({@link #inline}) or saved ({@link #attachment}); the caller adds its caching and the
 * body.
 */
public final class FileDownloads {

    private FileDownloads() {
    }

    /** A file the browser shows (a photo). */
    public static ResponseEntity.BodyBuilder inline(String fileName, String mediaType) {
        return send(ContentDisposition.inline(), fileName, mediaType);
    }

    /**
     * A public file that never changes under its id (a milestone's or an initiative's
     * photo): shown inline, and browsers and proxies may keep it for a day (an HTTP
     * header, not an application cache).
     */
    public static ResponseEntity<byte[]> publicPhoto(StoredFile photo) {
        return inline(photo.getFileName(), photo.getMediaType())
            .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
            .body(photo.getContent());
    }

    /**
     * A PDF the platform made (a protocol, a contract, a report), shown by the browser
     * under a file name for saving; a name with Polish letters goes in UTF-8 (RFC 6266)
     * with an ASCII fallback.
     */
    public static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
            .body(content);
    }

    /** A file the browser saves (a document, a scan with personal data). */
    public static ResponseEntity.BodyBuilder attachment(String fileName, String mediaType) {
        return send(ContentDisposition.attachment(), fileName, mediaType);
    }

    private static ResponseEntity.BodyBuilder send(ContentDisposition.Builder disposition, String fileName,
            String mediaType) {
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(mediaType))
            .header("X-Content-Type-Options", "nosniff")
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    disposition.filename(fileName, StandardCharsets.UTF_8).build().toString());
    }

}
