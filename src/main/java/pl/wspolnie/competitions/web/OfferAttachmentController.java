package pl.wspolnie.competitions.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.competitions.domain.offer.OfferAttachment;
import pl.wspolnie.competitions.domain.offer.OfferAttachments;
import pl.wspolnie.shared.domain.RuleViolation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;
import pl.wspolnie.shared.web.UploadLimit;

/**
 * Attachments of an offer: upload (with the type and size checked; a problem comes back
 * as an error next to the file field of the offer's page), removal and download.
 */
@Controller
class OfferAttachmentController {

    private final OfferAttachments attachments;

    OfferAttachmentController(OfferAttachments attachments) {
        this.attachments = attachments;
    }

    /**
     * Attachments up to wspolnie.competitions.attachment-max-mb (10 MB); 15 MB more still
     * reach the form and get a field error, larger requests the 413 page.
     */
    @Bean
    static UploadLimit offerAttachmentUploads(@Value("${wspolnie.competitions.attachment-max-mb:10}") int maxMb) {
        return UploadLimit.of(DataSize.ofMegabytes(maxMb + 15L), "/offers/{id}/attachments");
    }

    @PostMapping("/offers/{id:\\d+}/attachments")
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String requiredName, RedirectAttributes redirect) throws IOException {
        try {
            if (file != null && file.getSize() > attachments.maxBytes()) {
                // Refused before reading the bytes into memory.
                throw new RuleViolation("file", "competitions.attachment.tooLarge", attachments.maxMb());
            }
            attachments.attach(id, requiredName, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("notice", "competitions.attachment.added");
        }
        catch (RuleViolation e) {
            redirect.addFlashAttribute("attachmentError", e.messageKey());
            redirect.addFlashAttribute("attachmentErrorArg", e.args().length > 0 ? String.valueOf(e.args()[0]) : "");
            redirect.addFlashAttribute("attachmentSlot", requiredName);
        }
        return "redirect:/offers/" + id + "#attachments";
    }

    @PostMapping("/offers/{id:\\d+}/attachments/{aid:\\d+}/delete")
    String remove(@PathVariable long id, @PathVariable long aid, RedirectAttributes redirect) {
        try {
            attachments.remove(id, aid);
            redirect.addFlashAttribute("notice", "competitions.attachment.removed");
        }
        catch (RuleViolation e) {
            redirect.addFlashAttribute("attachmentError", e.messageKey());
            redirect.addFlashAttribute("attachmentErrorArg", "");
        }
        return "redirect:/offers/" + id + "#attachments";
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
