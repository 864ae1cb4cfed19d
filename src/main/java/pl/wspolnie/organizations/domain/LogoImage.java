package pl.wspolnie.organizations.domain;

import pl.wspolnie.shared.domain.RuleViolation;

import java.io.IOException;
import java.util.Arrays;

/**
 * An uploaded logo that passed the checks: at most 2 MB and a PNG, JPEG, GIF or WebP
 * image by its first bytes (the name and the declared content type are ignored; SVG,
 * which can carry scripts, is never accepted).
 */
public record LogoImage(String contentType, byte[] bytes) {

    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

    /** Reads the upload's bytes. */
    @FunctionalInterface
    public interface Bytes {

        byte[] read() throws IOException;

    }

    /**
     * Checks an upload of the given size, reading its bytes only when the size is
     * acceptable.
     * @throws RuleViolation on field "logo" when the file is empty, too large or not an
     * accepted image
     */
    public static LogoImage from(long size, Bytes upload) {
        if (size <= 0) {
            throw new RuleViolation("logo", "organizations.logo.empty");
        }
        if (size > MAX_BYTES) {
            throw new RuleViolation("logo", "organizations.logo.tooLarge", 2);
        }
        byte[] bytes;
        try {
            bytes = upload.read();
        }
        catch (IOException e) {
            throw new RuleViolation("logo", "organizations.logo.unreadable");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RuleViolation("logo", "organizations.logo.tooLarge", 2);
        }
        String type = contentTypeOf(bytes);
        if (type == null) {
            throw new RuleViolation("logo", "organizations.logo.notImage");
        }
        return new LogoImage(type, bytes);
    }

    /**
     * The image type by the file's magic bytes, or null when it is none of PNG, JPEG,
     * GIF, WebP.
     */
    static String contentTypeOf(byte[] b) {
        if (startsWith(b, PNG)) {
            return "image/png";
        }
        if (startsWith(b, JPEG)) {
            return "image/jpeg";
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8' && (b[4] == '7' || b[4] == '9')
                && b[5] == 'a') {
            return "image/gif";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }
}
