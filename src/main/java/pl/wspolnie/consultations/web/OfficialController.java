package pl.wspolnie.consultations.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.consultations.domain.Consultation;
import pl.wspolnie.consultations.domain.ConsultationStatus;
import pl.wspolnie.consultations.domain.ConsultationWorkflow;
import pl.wspolnie.consultations.domain.Decision;
import pl.wspolnie.consultations.domain.DraftItem;
import pl.wspolnie.consultations.domain.DraftText;
import pl.wspolnie.consultations.domain.Remark;
import pl.wspolnie.consultations.domain.VersionDiff;
import pl.wspolnie.shared.domain.NotFound;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jakarta.validation.constraints.Pattern;
import pl.wspolnie.consultations.domain.Meeting;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;

/**
 * The official's side after (and during) the remarks period: answers, closing, versions,
 * open meetings.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OfficialController {

    record AnswerForm(List<Long> remarkIds,
            @NotNull(message = "{consultations.answer.decision.required}") Decision decision,
            @NotBlank(message = "{consultations.field.required}") @Size(max = 10_000,
                    message = "{consultations.field.tooLong10000}") String justification) {
    }

    record CloseForm(@NotBlank(message = "{consultations.field.required}") @Size(max = 20_000,
            message = "{consultations.field.tooLong}") String conclusions) {
    }

    record VersionForm(@NotBlank(message = "{consultations.field.required}") @Size(max = 200_000,
            message = "{consultations.draft.tooLong}") String draft) {
    }

    record MeetingForm(@NotBlank(message = "{consultations.date.required}") String startsAt,
            @Size(max = 500, message = "{consultations.field.tooLong}") String place,
            @Size(max = 500, message = "{consultations.field.tooLong}") @Pattern(regexp = "^$|^https?://\\S+$",
                    message = "{consultations.meeting.link.invalid}") String onlineLink,
            @Size(max = 20_000, message = "{consultations.field.tooLong}") String minutes) {
    }

    private final ConsultationWorkflow workflow;

    private Consultation officialOf(long id) {
        Consultation c = workflow.get(id);
        workflow.requireOfficial(c.getJstId());
        return c;
    }

    @GetMapping("/consultations/{id:\\d+}/answers")
    String answers(@PathVariable long id, Model model) {
        officialOf(id);
        return answersPage(id, model);
    }

    @PostMapping("/consultations/{id:\\d+}/answers")
    String answer(@PathVariable long id, @Valid @ModelAttribute("form") AnswerForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        officialOf(id);
        FormInput.requireBound(result);
        return Outcomes.form(result, model, redirect, response, "consultations.answer.saved",
                () -> workflow.answer(id, form.remarkIds(), form.decision(), form.justification()),
                "/consultations/" + id + "/answers", () -> answersPage(id, model));
    }

    @PostMapping("/consultations/{id:\\d+}/close")
    String close(@PathVariable long id, @Valid @ModelAttribute("closeForm") CloseForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        officialOf(id);
        FormInput.requireBound(result);
        return Outcomes.form(result, model, redirect, response, "consultations.closed.done",
                () -> workflow.close(id, form.conclusions()), "/consultations/" + id + "/report",
                () -> answersPage(id, model));
    }

    /**
     * The answers page with its two forms: the one the request bound, the other blank.
     */
    private String answersPage(long id, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AnswerForm(List.of(), null, ""));
        }
        if (!model.containsAttribute("closeForm")) {
            model.addAttribute("closeForm", new CloseForm(""));
        }
        Consultation c = workflow.get(id);
        model.addAttribute("c", c);
        model.addAttribute("status", c.status(workflow.today()));
        model.addAttribute("remarks", workflow.remarksWithAnswers(id));
        model.addAttribute("labels", labels(id));
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("unanswered", workflow.unanswered(id));
        return "consultations/answers";
    }

    private Map<Long, String> labels(long id) {
        return workflow.items(id, 1)
            .stream()
            .filter(i -> i.getLabel() != null)
            .collect(Collectors.toMap(DraftItem::getId, DraftItem::getLabel));
    }

    @GetMapping("/consultations/{id:\\d+}/versions/new")
    String versionForm(@PathVariable long id, Model model) {
        Consultation c = officialOf(id);
        model.addAttribute("form", new VersionForm(DraftText.format(workflow.items(id, c.getCurrentVersion()))));
        model.addAttribute("c", c);
        return "consultations/version";
    }

    @PostMapping("/consultations/{id:\\d+}/versions/new")
    String publishVersion(@PathVariable long id, @Valid @ModelAttribute("form") VersionForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Consultation c = officialOf(id);
        FormInput.requireBound(result);
        return Outcomes.form(result, model, redirect, response, "consultations.version.published",
                () -> "/consultations/" + id + "/versions/" + workflow.publishVersion(id, form.draft()), () -> {
                    model.addAttribute("c", c);
                    return "consultations/version";
                });
    }

    /** Version n compared with version n − 1 (public). */
    @GetMapping("/consultations/{id:\\d+}/versions/{version:\\d+}")
    String diff(@PathVariable long id, @PathVariable int version, Model model) {
        Consultation c = workflow.get(id);
        if (version < 2 || version > c.getCurrentVersion()) {
            throw new NotFound("version " + version);
        }
        List<Remark> remarks = version == 2 ? workflow.remarksWithAnswers(id) : List.of();
        model.addAttribute("c", c);
        model.addAttribute("version", version);
        model.addAttribute("rows",
                VersionDiff.of(workflow.items(id, version - 1), workflow.items(id, version), remarks));
        return "consultations/diff";
    }

    @GetMapping("/consultations/{id:\\d+}/meetings/new")
    String meetingForm(@PathVariable long id, Model model) {
        model.addAttribute("c", officialOf(id));
        model.addAttribute("form", new MeetingForm(null, "", "", ""));
        return "consultations/meeting";
    }

    @PostMapping("/consultations/{id:\\d+}/meetings/new")
    String addMeeting(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Consultation c = officialOf(id);
        FormInput.requireBound(result);
        LocalDateTime startsAt = FormInput.dateTime(form.startsAt(), "startsAt",
                "consultations.meeting.startsAt.invalid", result);
        return Outcomes
            .form(result, model, redirect, response, "consultations.meeting.saved",
                    () -> "/consultations/" + id + "#meeting-"
                            + workflow.addMeeting(id, startsAt, form.place(), form.onlineLink(), form.minutes()),
                    () -> {
                        model.addAttribute("c", c);
                        return "consultations/meeting";
                    });
    }

    @GetMapping("/consultations/{id:\\d+}/meetings/{meetingId:\\d+}/edit")
    String editMeetingForm(@PathVariable long id, @PathVariable long meetingId, Model model) {
        Consultation c = officialOf(id);
        Meeting m = workflow.meeting(id, meetingId);
        model.addAttribute("c", c);
        model.addAttribute("meeting", m);
        model.addAttribute("form",
                new MeetingForm(m.getStartsAt().atZone(ClockConfig.WARSAW).toLocalDateTime().toString(),
                        m.getPlace() == null ? "" : m.getPlace(), m.getOnlineLink() == null ? "" : m.getOnlineLink(),
                        m.getMinutes() == null ? "" : m.getMinutes()));
        return "consultations/meeting";
    }

    @PostMapping("/consultations/{id:\\d+}/meetings/{meetingId:\\d+}/edit")
    String editMeeting(@PathVariable long id, @PathVariable long meetingId,
            @Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Consultation c = officialOf(id);
        Meeting m = workflow.meeting(id, meetingId);
        FormInput.requireBound(result);
        LocalDateTime startsAt = FormInput.dateTime(form.startsAt(), "startsAt",
                "consultations.meeting.startsAt.invalid", result);
        return Outcomes.form(result, model, redirect, response, "consultations.meeting.edited",
                () -> workflow.editMeeting(id, meetingId, startsAt, form.place(), form.onlineLink(), form.minutes()),
                "/consultations/" + id + "#meeting-" + meetingId, () -> {
                    model.addAttribute("c", c);
                    model.addAttribute("meeting", m);
                    return "consultations/meeting";
                });
    }

    @PostMapping("/consultations/{id:\\d+}/meetings/{meetingId:\\d+}/delete")
    String deleteMeeting(@PathVariable long id, @PathVariable long meetingId, RedirectAttributes redirect) {
        officialOf(id);
        return Outcomes.stepOrConflict(redirect, "/consultations/" + id, "consultations.meeting.deleted",
                () -> workflow.deleteMeeting(id, meetingId));
    }

    static boolean ended(ConsultationStatus s) {
        return s == ConsultationStatus.ENDED || s == ConsultationStatus.CLOSED;
    }

}
