package pl.wspolnie.shared.files;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * An uploaded file as it is stored beside what it belongs to (a project's paper support
 * list, a milestone's photo, a news item's attachment): its cleaned name, its type
 * confirmed by {@link FileTypes}, its size, its bytes and when it came. The audit log
 * records it by {@link #toString()}: name, type and size, never the bytes.
 */
@Embeddable
public class StoredFile {

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @Column(name = "content")
    private byte[] content;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected StoredFile() {
    }

    public StoredFile(String fileName, String mediaType, byte[] content, Instant uploadedAt) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = uploadedAt;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    @Override
    public String toString() {
        return fileName + " (" + mediaType + ", " + sizeBytes + " B)";
    }

}
