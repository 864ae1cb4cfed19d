package pl.wspolnie.shared.web;

import org.springframework.web.multipart.MultipartFile;
import pl.wspolnie.shared.files.Upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a posted file for the domain to check: never more than one byte past what the
 * caller accepts, so a file that is too large is known by its size alone.
 */
public final class Uploads {

    private Uploads() {
    }

    /**
     * The file, null when none was chosen; its content is left out when it is larger than
     * {@code maxBytes}.
     */
    public static Upload read(MultipartFile file, int maxBytes) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > maxBytes) {
            return new Upload(file.getOriginalFilename(), file.getSize(), null);
        }
        try (InputStream in = file.getInputStream()) {
            return new Upload(file.getOriginalFilename(), file.getSize(), in.readNBytes(maxBytes + 1));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
