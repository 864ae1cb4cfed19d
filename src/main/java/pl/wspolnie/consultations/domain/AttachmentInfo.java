package pl.wspolnie.consultations.domain;

import java.util.Locale;

/**
 * An attachment in a list, without its content; meetingId null = an attachment to the
 * draft.
 */
public record AttachmentInfo(long id, Long meetingId, String fileName, String mediaType, int sizeBytes) {

    /** PDF, ODT or DOCX, for the link text. */
    public FileType fileType() {
        return FileType.ofMediaType(mediaType);
    }

    /** "1,2 MB" / "35 kB" for the link text. */
    public String sizeLabel() {
        return sizeBytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", sizeBytes / 1048576.0).replace('.', ',')
                : Math.max(1, sizeBytes / 1024) + " kB";
    }
}
