package pl.wspolnie.news.domain;

import pl.wspolnie.shared.web.BusinessRuleViolation;

import java.util.Locale;
import java.util.Map;

/**
 * An uploaded file checked for type and size: the type is decided by the file's extension and confirmed by its
 * first bytes (PDF, PNG, JPEG, ZIP-based office documents), never by the browser's claim.
 */
public record AttachmentFile(String fileName, String contentType, byte[] data) {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "odt", "application/vnd.oasis.opendocument.text",
            "ods", "application/vnd.oasis.opendocument.spreadsheet");

    public static AttachmentFile of(String originalName, byte[] data) {
        if (data == null || data.length == 0) {
            throw new BusinessRuleViolation("file", "news.attachment.empty");
        }
        if (data.length > MAX_BYTES) {
            throw new BusinessRuleViolation("file", "news.attachment.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String name = originalName == null ? "" : originalName.replaceAll("[\\\\/]", "_").replaceAll("[\\p{Cntrl}\"]", "").strip();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(ext);
        if (type == null || !magicMatches(ext, data)) {
            throw new BusinessRuleViolation("file", "news.attachment.type");
        }
        if (name.length() > 200) {
            name = name.substring(0, 190) + "." + ext;
        }
        return new AttachmentFile(name, type, data);
    }

    private static boolean magicMatches(String ext, byte[] d) {
        return switch (ext) {
            case "pdf" -> starts(d, 0x25, 0x50, 0x44, 0x46);
            case "png" -> starts(d, 0x89, 0x50, 0x4E, 0x47);
            case "jpg", "jpeg" -> starts(d, 0xFF, 0xD8, 0xFF);
            default -> starts(d, 0x50, 0x4B, 0x03, 0x04); // docx, xlsx, odt, ods are ZIP files
        };
    }

    private static boolean starts(byte[] d, int... magic) {
        if (d.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((d[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
