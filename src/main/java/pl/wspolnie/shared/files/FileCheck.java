package pl.wspolnie.shared.files;

import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Instant;
import java.util.Set;

/**
 * The one check of an uploaded file before it is kept: a file was chosen and is not
 * empty, it is not larger than the limit, its type is one of those allowed — decided by
 * its extension and confirmed by its first bytes ({@link FileTypes}), never by the
 * browser's claim — and its name is cleaned. Each refusal is a {@link RuleViolation} at
 * the form's file field with the module's own message: {@code emptyKey},
 * {@code tooLargeKey} (the limit in MB as {0}) and {@code typeKey}; {@link #of} names
 * them {@code <prefix>.empty}, {@code <prefix>.tooLarge} and {@code <prefix>.type}.
 *
 * @param field the form field of the file ("file", "scan", "photo")
 * @param extensions the allowed extensions (of {@link FileTypes#KNOWN})
 * @param maxBytes the size limit
 */
public record FileCheck(String field, Set<String> extensions, int maxBytes, String emptyKey, String tooLargeKey,
        String typeKey) {

    public FileCheck {
        if (!FileTypes.KNOWN.containsAll(extensions)) {
            throw new IllegalArgumentException("unknown extension in " + extensions);
        }
        extensions = Set.copyOf(extensions);
    }

    /**
     * The check with the message keys {@code <prefix>.empty}, {@code .tooLarge},
     * {@code .type}.
     */
    public static FileCheck of(String field, Set<String> extensions, int maxBytes, String messagePrefix) {
        return new FileCheck(field, extensions, maxBytes, messagePrefix + ".empty", messagePrefix + ".tooLarge",
                messagePrefix + ".type");
    }

    /**
     * The file checked, ready to keep; a refusal when none was chosen or it is empty, too
     * large or of a type not allowed.
     */
    public StoredFile check(Upload upload, Instant now) {
        RuleViolation refusal = refusal(upload);
        if (refusal != null) {
            throw refusal;
        }
        String name = FileTypes.cleanName(upload.fileName());
        return new StoredFile(name, FileTypes.detect(name, upload.content(), extensions), upload.content(), now);
    }

    /**
     * Why the file is refused, null when it passes: for a form that reports this refusal
     * together with those of its other fields.
     */
    public RuleViolation refusal(Upload upload) {
        if (upload == null || upload.size() == 0) {
            return new RuleViolation(field, emptyKey);
        }
        if (upload.tooLarge(maxBytes)) {
            return new RuleViolation(field, tooLargeKey, maxBytes / 1024 / 1024);
        }
        if (FileTypes.detect(FileTypes.cleanName(upload.fileName()), upload.content(), extensions) == null) {
            return new RuleViolation(field, typeKey);
        }
        return null;
    }

}
