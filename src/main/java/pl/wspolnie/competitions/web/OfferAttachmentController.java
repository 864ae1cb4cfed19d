package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import pl.wspolnie.competitions.domain.offer.OfferAttachment;
import pl.wspolnie.competitions.domain.offer.OfferAttachments;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;
import pl.wspolnie.shared.web.UploadLimit;

/**
 * Attachments of an offer: the size limit of their upload and their download (the upload
 * and the removal are steps on the offer's page, in {@link OfferController}).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OfferAttachmentController {

    private final OfferAttachments attachments;

    /**
     * Attachments up to wspolnie.competitions.attachment-max-mb (10 MB); 15 MB more still
     * reach the form and get a field error, larger requests the 413 page.
     */
    @Bean
    static UploadLimit offerAttachmentUploads(@Value("${wspolnie.competitions.attachment-max-mb:10}") int maxMb) {
        return UploadLimit.of(DataSize.ofMegabytes(maxMb + 15L), "/offers/{id}/attachments");
    }

    @GetMapping("/offers/{id:\\d+}/attachments/{aid:\\d+}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long aid) {
        OfferAttachment a = attachments.download(id, aid);
        ContentDisposition disposition = ContentDisposition.attachment()
            .filename(a.getFileName(), StandardCharsets.UTF_8)
            .build();
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(a.getContentType()))
            .header("X-Content-Type-Options", "nosniff")
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .body(a.getData());
    }

}
