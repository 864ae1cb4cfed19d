package pl.wspolnie.shared.files;

/**
 * A file as the web layer received it, before any check: the name the browser sent, its
 * size, and its bytes — null when the file was larger than the reader accepts, so that
 * only its size is known ({@code shared.web.Uploads.read}).
 */
public record Upload(String fileName, long size, byte[] content) {

    /** Whether the bytes were left out because the file was too large. */
    public boolean tooLarge(int maxBytes) {
        return size > maxBytes || content == null || content.length > maxBytes;
    }

}
