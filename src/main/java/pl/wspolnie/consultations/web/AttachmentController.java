package pl.wspolnie.consultations.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.consultations.domain.Consultation;
import pl.wspolnie.shared.files.StoredFile;
import pl.wspolnie.consultations.domain.ConsultationAttachments;
import pl.wspolnie.consultations.domain.ConsultationWorkflow;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;
import pl.wspolnie.shared.web.UploadLimit;

import org.springframework.util.unit.DataSize;
import pl.wspolnie.consultations.domain.ConsultationStatus;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Uploads;

/**
 * The official attaches files (draft attachments, meeting minutes); anyone downloads
 * them.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AttachmentController {

    /** meetingId null = an attachment to the draft. */
    record AttachmentForm(Long meetingId, MultipartFile file) {
    }

    private final ConsultationWorkflow workflow;

    private final ConsultationAttachments attachments;

    @Bean
    static PublicPaths consultationAttachmentPublicPaths() {
        return PublicPaths.get("/consultations/{id:\\d+}/attachments/{a:\\d+}");
    }

    /**
     * Files up to 10 MB; up to 25 MB the form answers with a field error, above it the
     * 413 page.
     */
    @Bean
    static UploadLimit consultationAttachmentUploads() {
        return UploadLimit.of(DataSize.ofMegabytes(25), "/consultations/{id}/attachments/new");
    }

    @GetMapping("/consultations/{id:\\d+}/attachments/new")
    String form(@PathVariable long id, Model model) {
        Consultation c = workflow.get(id);
        workflow.requireOfficial(c.getJstId());
        model.addAttribute("form", new AttachmentForm(null, null));
        return page(c, model);
    }

    @PostMapping("/consultations/{id:\\d+}/attachments/new")
    String upload(@PathVariable long id, @ModelAttribute("form") AttachmentForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Consultation c = workflow.get(id);
        workflow.requireOfficial(c.getJstId());
        FormInput.requireBound(result);
        return Outcomes.form(result, redirect, "consultations.attachment.saved", () -> {
            long attachmentId = attachments.add(id, form.meetingId(),
                    Uploads.read(form.file(), ConsultationAttachments.MAX_BYTES));
            return "/consultations/" + id
                    + (form.meetingId() != null ? "#meeting-" + form.meetingId() : "#attachment-" + attachmentId);
        }, () -> page(c, model));
    }

    private String page(Consultation c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("closed", c.status(workflow.today()) == ConsultationStatus.CLOSED);
        model.addAttribute("meetings", workflow.meetings(c.getId()));
        model.addAttribute("attachments", attachments.of(c.getId()));
        return "consultations/attachment";
    }

    @PostMapping("/consultations/{id:\\d+}/attachments/{a:\\d+}/delete")
    String delete(@PathVariable long id, @PathVariable long a, RedirectAttributes redirect) {
        return Outcomes.stepOrConflict(redirect, "/consultations/" + id + "/attachments/new",
                "consultations.attachment.deleted", () -> attachments.delete(id, a));
    }

    @GetMapping("/consultations/{id:\\d+}/attachments/{a:\\d+}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long a) {
        StoredFile file = attachments.get(id, a).getFile();
        return FileDownloads.attachment(file.getFileName(), file.getMediaType()).body(file.getContent());
    }

}
