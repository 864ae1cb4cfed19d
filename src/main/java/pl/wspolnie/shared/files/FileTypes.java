package pl.wspolnie.shared.files;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The type of an uploaded file, decided by its extension and confirmed by its first bytes
 * (PDF, PNG, JPEG, the ZIP-based office documents DOCX/XLSX/ODT/ODS), never by the
 * browser's claim. Also cleans the file's name for storing and for a Content-Disposition
 * header.
 */
public final class FileTypes {

    private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "png", "image/png", "jpg",
            "image/jpeg", "jpeg", "image/jpeg", "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "odt",
            "application/vnd.oasis.opendocument.text", "ods", "application/vnd.oasis.opendocument.spreadsheet");

    /** Every extension this class knows. */
    public static final Set<String> KNOWN = TYPES.keySet();

    private FileTypes() {
    }

    /**
     * The file name without path separators, control characters and quotes, at most 200
     * characters.
     */
    public static String cleanName(String originalName) {
        String name = originalName == null ? ""
                : originalName.replaceAll("[\\\\/]", "_").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > 200) {
            String ext = extension(name);
            name = name.substring(0, 190) + (ext.isEmpty() ? "" : "." + ext);
        }
        return name;
    }

    /** Lower-case extension of the name ("" when none). */
    public static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The MIME type of the file when its extension is one of {@code allowed} and its
     * first bytes match that type; null otherwise (a renamed file, an unknown type).
     */
    public static String detect(String name, byte[] data, Set<String> allowed) {
        String ext = extension(name);
        String type = TYPES.get(ext);
        if (type == null || !allowed.contains(ext) || data == null || !magicMatches(ext, data)) {
            return null;
        }
        return type;
    }

    private static boolean magicMatches(String ext, byte[] d) {
        return switch (ext) {
            case "pdf" -> starts(d, 0x25, 0x50, 0x44, 0x46);
            case "png" -> starts(d, 0x89, 0x50, 0x4E, 0x47);
            case "jpg", "jpeg" -> starts(d, 0xFF, 0xD8, 0xFF);
            // docx, xlsx, odt, ods are ZIP files
            default -> starts(d, 0x50, 0x4B, 0x03, 0x04);
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
