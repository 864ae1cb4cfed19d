package pl.wspolnie.budget.domain;

import pl.wspolnie.shared.text.Sha256;

/**
 * The draw that breaks ties, reproducible by anyone with a SHA-256 tool. The draw key is
 * SHA-256 of the text "checksum of the ballot file (64 lower-case hex digits)" followed
 * by the draw seed announced before voting closes (nothing between them; an empty seed
 * when none was announced). Each project's ticket is SHA-256 of "draw key:project
 * number"; among projects with the same votes, the lower ticket (compared as hex text)
 * goes first.
 */
public final class Draw {

    private Draw() {
    }

    /** The lower-case hex SHA-256 of the UTF-8 text. */
    public static String sha256(String text) {
        return Sha256.hex(text);
    }

    /** The lower-case hex SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    /** The draw key from the ballot file's checksum and the announced seed. */
    public static String key(String ballotFileChecksum, String seed) {
        return sha256(ballotFileChecksum + (seed == null ? "" : seed));
    }

    /** The project's ticket in the draw. */
    public static String ticket(String key, long projectId) {
        return sha256(key + ":" + projectId);
    }

}
