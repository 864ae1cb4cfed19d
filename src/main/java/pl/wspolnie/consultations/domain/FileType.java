package pl.wspolnie.consultations.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The document types a consultation accepts, recognised by their content (magic bytes),
 * never by the name or the type the browser sent: PDF ("%PDF-"), ODT (a ZIP whose first
 * entry "mimetype" says application/vnd.oasis.opendocument.text) and DOCX (a ZIP with
 * [Content_Types].xml and word/document.xml). Anything else (SVG, HTML, images,
 * executables, other ZIPs) is refused.
 */
public enum FileType {

    PDF("application/pdf", "pdf"), ODT("application/vnd.oasis.opendocument.text", "odt"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String mediaType;

    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

    private static final byte[] ODT_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.text"
        .getBytes(StandardCharsets.US_ASCII);

    /** The kind of a stored file, by the media type it was stored with. */
    public static FileType ofMediaType(String mediaType) {
        return Arrays.stream(values())
            .filter(t -> t.mediaType.equals(mediaType))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("not a consultation file type: " + mediaType));
    }

    public static Optional<FileType> detect(byte[] content) {
        if (startsWith(content, 0, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (!startsWith(content, 0, ZIP_MAGIC)) {
            return Optional.empty();
        }
        // ODF: the first entry is the uncompressed "mimetype" file; its name starts at
        // 30, its content follows
        if (startsWith(content, 30, ODT_MIMETYPE)) {
            return Optional.of(ODT);
        }
        boolean contentTypes = false;
        boolean wordDocument = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 2_000) {
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                wordDocument |= entry.getName().equals("word/document.xml");
            }
        }
        catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes && wordDocument ? Optional.of(DOCX) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        return content.length >= offset + prefix.length
                && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

}
