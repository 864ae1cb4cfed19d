package pl.wspolnie.news.domain;

import pl.wspolnie.shared.files.FileTypes;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.files.Upload;

/**
 * An uploaded file checked for type and size: the type is decided by the file's extension
 * and confirmed by its first bytes (PDF, PNG, JPEG, ZIP-based office documents;
 * {@link FileTypes}), never by the browser's claim.
 */
public record AttachmentFile(String fileName, String contentType, byte[] data) {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public static AttachmentFile of(Upload upload) {
        if (upload == null || upload.size() == 0) {
            throw new RuleViolation("file", "news.attachment.empty");
        }
        if (upload.tooLarge(MAX_BYTES)) {
            throw new RuleViolation("file", "news.attachment.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String name = FileTypes.cleanName(upload.fileName());
        String type = FileTypes.detect(name, upload.content(), FileTypes.KNOWN);
        if (type == null) {
            throw new RuleViolation("file", "news.attachment.type");
        }
        return new AttachmentFile(name, type, upload.content());
    }
}
