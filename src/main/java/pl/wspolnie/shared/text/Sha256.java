package pl.wspolnie.shared.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one SHA-256 of the application: the lower-case hex digest (64 characters) of bytes,
 * of the UTF-8 bytes of a text, or of what a stream holds. Offer and project checksums,
 * attachment digests, ballot files, draw tickets and token hashes all go through it, so a
 * checksum anyone recomputes with {@code sha256sum} is the one stored.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** The hex digest of the bytes. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The hex digest of the text's UTF-8 bytes. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The hex digest of everything the stream holds (read to its end, not closed). */
    public static String hex(InputStream in) {
        MessageDigest digest = digest();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

}
