package pl.wspolnie.governance.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.governance.domain.Agreements;
import pl.wspolnie.governance.domain.GovernanceAccess;
import pl.wspolnie.governance.domain.GovernancePages;
import pl.wspolnie.governance.domain.AgreementMeeting;
import pl.wspolnie.governance.domain.Meetings;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.files.StoredFile;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;
import pl.wspolnie.shared.web.UploadLimit;
import pl.wspolnie.shared.web.Uploads;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Meetings of the Forum and the Council: calling one, the public page, attendance,
 * minutes, documents.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MeetingController {

    record MeetingForm(@NotNull(message = "{governance.field.required}") AgreementMeeting.Body body,
            @NotBlank(message = "{governance.field.required}") String startsAt,
            @NotBlank(message = "{governance.field.required}") @Size(max = 500,
                    message = "{governance.field.tooLong}") String place,
            @NotBlank(message = "{governance.field.required}") @Size(max = 10_000,
                    message = "{governance.field.tooLong}") String agenda) {
    }

    private final Meetings meetings;

    private final Agreements agreements;

    private final GovernancePages pages;

    private final GovernanceAccess access;

    private final Permissions permissions;

    @Bean
    static PublicPaths governanceMeetingDocumentPaths() {
        return PublicPaths.get("/governance/{id:\\d+}/meetings/{meetingId:\\d+}/documents/{documentId:\\d+}");
    }

    /**
     * Documents up to 10 MB; up to 25 MB the page answers with an error at the file
     * input, above it the 413 page.
     */
    @Bean
    static UploadLimit governanceMeetingDocumentUploads() {
        return UploadLimit.of(DataSize.ofMegabytes(25), "/governance/{id}/meetings/{meetingId}/documents");
    }

    @GetMapping("/governance/{id:\\d+}/meetings/new")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("form", new MeetingForm(AgreementMeeting.Body.COUNCIL, "", "", ""));
        return formPage(id, model);
    }

    @PostMapping("/governance/{id:\\d+}/meetings/new")
    String call(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        FormInput.requireBound(result);
        LocalDateTime startsAt = FormInput.dateTime(form.startsAt(), "startsAt", "governance.meeting.startsAtInvalid",
                result);
        return Outcomes.form(result, redirect, "governance.meeting.called",
                () -> "/governance/" + id + "/meetings/"
                        + meetings.call(me, id, form.body(), startsAt, form.place(), form.agenda()),
                () -> formPage(id, model));
    }

    private String formPage(long id, Model model) {
        var agreement = agreements.get(id);
        if (!access.isCoordinator(permissions.requireUser().userId(), agreement)) {
            throw new NotAllowed("not a coordinator of agreement " + id);
        }
        model.addAttribute("agreement", agreement);
        model.addAttribute("bodies", AgreementMeeting.Body.values());
        return "governance/meeting-form";
    }

    @GetMapping("/governance/{id:\\d+}/meetings/{meetingId:\\d+}")
    String page(@PathVariable long id, @PathVariable long meetingId, Model model) {
        model.addAttribute("page", pages.meeting(id, meetingId));
        return "governance/meeting";
    }

    @PostMapping("/governance/{id:\\d+}/meetings/{meetingId:\\d+}/attendance")
    String attendance(@PathVariable long id, @PathVariable long meetingId,
            @RequestParam(name = "present", required = false) List<Long> present, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        return Outcomes.step(redirect, "/governance/" + id + "/meetings/" + meetingId,
                "governance.meeting.attendanceSaved",
                () -> meetings.recordAttendance(me, id, meetingId, present == null ? Set.of() : Set.copyOf(present)));
    }

    @PostMapping("/governance/{id:\\d+}/meetings/{meetingId:\\d+}/minutes")
    String minutes(@PathVariable long id, @PathVariable long meetingId,
            @RequestParam(name = "minutes", required = false) String minutes, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        return Outcomes.step(redirect, "/governance/" + id + "/meetings/" + meetingId,
                "governance.meeting.minutesSaved", () -> meetings.recordMinutes(me, id, meetingId, minutes));
    }

    @PostMapping("/governance/{id:\\d+}/meetings/{meetingId:\\d+}/documents")
    String attach(@PathVariable long id, @PathVariable long meetingId,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        return Outcomes.orPage(() -> {
            meetings.attach(me, id, meetingId, Uploads.read(file, Meetings.MAX_DOCUMENT_BYTES));
            return Outcomes.redirect(redirect, "governance.meeting.document.added",
                    "/governance/" + id + "/meetings/" + meetingId + "#documents");
        }, refusal -> {
            model.addAttribute("documentError", refusal);
            return page(id, meetingId, model);
        });
    }

    @PostMapping("/governance/{id:\\d+}/meetings/{meetingId:\\d+}/documents/{documentId:\\d+}/delete")
    String removeDocument(@PathVariable long id, @PathVariable long meetingId, @PathVariable long documentId,
            RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        return Outcomes.step(redirect, "/governance/" + id + "/meetings/" + meetingId + "#documents",
                "governance.meeting.document.removed", () -> meetings.removeDocument(me, id, meetingId, documentId));
    }

    @GetMapping("/governance/{id:\\d+}/meetings/{meetingId:\\d+}/documents/{documentId:\\d+}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long meetingId,
            @PathVariable long documentId) {
        StoredFile file = meetings.document(id, meetingId, documentId).getFile();
        return FileDownloads.attachment(file.getFileName(), file.getMediaType()).body(file.getContent());
    }

}
