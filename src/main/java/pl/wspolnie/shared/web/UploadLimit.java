package pl.wspolnie.shared.web;

import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * Paths where a module takes file uploads, with the largest request it accepts there.
 * Each module declares its own bean next to the upload form; every other path takes only
 * small requests ({@link RequestSizeFilter}). Set the limit above the module's own file
 * limit, so a slightly too large file still reaches the form and gets a field error with
 * everything typed kept; far larger requests get the 413 page without being read.
 *
 * @param maxRequest the largest whole request (all fields and files)
 * @param patterns Spring path patterns, e.g. {@code /offers/{id}/attachments}
 */
public record UploadLimit(DataSize maxRequest, List<String> patterns) {

    public static UploadLimit of(DataSize maxRequest, String... patterns) {
        return new UploadLimit(maxRequest, List.of(patterns));
    }
}
