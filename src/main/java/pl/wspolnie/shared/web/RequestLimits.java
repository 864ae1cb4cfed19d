package pl.wspolnie.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Sizes of requests taken before anything is parsed (wspolnie.web.*).
 *
 * @param maxFormSize the largest non-multipart request body (forms, JSON); the largest
 * form, a consultation draft of 200,000 characters, is about 1.2 MB URL-encoded
 * @param maxMultipartSize the largest multipart request on a path without an
 * {@link UploadLimit}
 */
@ConfigurationProperties("wspolnie.web")
public record RequestLimits(DataSize maxFormSize, DataSize maxMultipartSize) {

    public RequestLimits {
        if (maxFormSize == null)
            maxFormSize = DataSize.ofMegabytes(2);
        if (maxMultipartSize == null)
            maxMultipartSize = DataSize.ofMegabytes(2);
    }
}
