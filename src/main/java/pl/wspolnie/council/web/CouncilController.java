package pl.wspolnie.council.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.council.domain.CouncilMember;
import pl.wspolnie.council.domain.CouncilPages;
import pl.wspolnie.council.domain.CouncilPages.CouncilPage;
import pl.wspolnie.council.domain.CouncilPages.MeetingPage;
import pl.wspolnie.council.domain.CouncilPages.MemberPage;
import pl.wspolnie.council.domain.CouncilPages.OpinionRequestPage;
import pl.wspolnie.council.domain.CouncilWork;
import pl.wspolnie.council.domain.OpinionRequest;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import pl.wspolnie.council.domain.CouncilMeeting;
import pl.wspolnie.shared.web.FormInput;

/** The council page of a JST and the office's and NGOs' forms around it. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CouncilController {

    record CompositionForm(@NotBlank(message = "{council.field.required}") String startsOn,
            @NotBlank(message = "{council.field.required}") @Size(max = 10_000,
                    message = "{council.field.tooLong}") String ngoMembers,
            @Size(max = 10_000, message = "{council.field.tooLong}") String jstMembers) {
        List<String> lines(String text) {
            return text == null ? List.of()
                    : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .map(s -> s.length() > 300 ? s.substring(0, 300) : s)
                        .toList();
        }
    }

    record OpinionRequestForm(@NotBlank(message = "{council.field.required}") @Size(max = 300,
            message = "{council.field.tooLong}") String subject, Long consultationId) {
    }

    record OpinionForm(@NotBlank(message = "{council.field.required}") @Size(max = 20_000,
            message = "{council.field.tooLong}") String opinion) {
    }

    record MeetingForm(@NotBlank(message = "{council.field.required}") String startsAt,
            @NotBlank(message = "{council.field.required}") @Size(max = 500,
                    message = "{council.field.tooLong}") String place,
            @NotBlank(message = "{council.field.required}") @Size(max = 10_000,
                    message = "{council.field.tooLong}") String agenda,
            @Size(max = 20_000, message = "{council.field.tooLong}") String minutes) {
    }

    record MemberForm(
            @NotBlank(message = "{council.field.required}") @Size(max = 300,
                    message = "{council.field.tooLong}") String name,
            @NotNull(message = "{council.field.required}") CouncilMember.Side side) {
    }

    record EndForm(@NotBlank(message = "{council.field.required}") String endedOn) {
    }

    private final CouncilWork work;

    private final Jsts jsts;

    private final CouncilPages pages;

    private final Permissions permissions;

    @Bean
    static PublicPaths councilPublicPaths() {
        return PublicPaths.get("/council", "/council/{jstId:\\d+}");
    }

    @GetMapping("/council")
    String index(Model model) {
        model.addAttribute("jsts", jsts.members());
        return "council/index";
    }

    @GetMapping("/council/{jstId:\\d+}")
    String page(@PathVariable long jstId, Model model) {
        CouncilPage page = pages.show(jstId);
        model.addAttribute("jst", page.jst());
        model.addAttribute("creation", page.creation());
        model.addAttribute("orgs", page.orgs());
        model.addAttribute("term", page.term());
        model.addAttribute("members", page.members());
        model.addAttribute("opinionRequests", page.opinionRequests());
        model.addAttribute("statuses", page.statuses());
        model.addAttribute("meetings", page.meetings());
        model.addAttribute("official", page.official());
        model.addAttribute("mayRecordOpinion", page.mayRecordOpinion());
        model.addAttribute("myOrganizations", page.myOrganizations());
        model.addAttribute("zone", ClockConfig.WARSAW);
        model.addAttribute("sides", CouncilMember.Side.values());
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new MemberForm("", CouncilMember.Side.NGO));
        }
        if (!model.containsAttribute("opinionForm")) {
            model.addAttribute("opinionForm", new OpinionForm(""));
        }
        return "council/page";
    }

    @PostMapping("/council/{jstId:\\d+}/requests")
    String request(@PathVariable long jstId,
            @RequestParam(name = "organizationId", required = false) Long organizationId, RedirectAttributes redirect) {
        permissions.requireUser();
        if (organizationId == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return Outcomes.step(redirect, "/council/" + jstId, () -> Outcomes.Report
            .notice(work.requestCreation(jstId, organizationId) ? "council.request.saved" : "council.request.already"));
    }

    @GetMapping("/council/{jstId:\\d+}/composition")
    String compositionForm(@PathVariable long jstId, Model model) {
        work.requireOfficial(jstId);
        model.addAttribute("form", new CompositionForm(work.today().toString(), "", ""));
        return compositionPage(jstId, model);
    }

    @PostMapping("/council/{jstId:\\d+}/composition")
    String saveComposition(@PathVariable long jstId, @Valid @ModelAttribute("form") CompositionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        work.requireOfficial(jstId);
        FormInput.requireBound(result);
        LocalDate startsOn = FormInput.date(form.startsOn(), "startsOn", result);
        return Outcomes.form(
                result, redirect, "council.composition.saved", () -> work.saveComposition(jstId, startsOn,
                        form.lines(form.ngoMembers()), form.lines(form.jstMembers())),
                "/council/" + jstId, () -> compositionPage(jstId, model));
    }

    private String compositionPage(long jstId, Model model) {
        model.addAttribute("jst", jsts.get(jstId));
        model.addAttribute("termYears", work.settings().termYears());
        return "council/composition";
    }

    @GetMapping("/council/{jstId:\\d+}/opinions/new")
    String opinionRequestForm(@PathVariable long jstId,
            @RequestParam(name = "consultation", required = false) Long consultation, Model model) {
        OpinionRequestPage page = pages.opinionRequestForm(jstId, null);
        model.addAttribute("form", new OpinionRequestForm("", consultation));
        return opinionRequestPage(page, model);
    }

    @PostMapping("/council/{jstId:\\d+}/opinions/new")
    String requestOpinion(@PathVariable long jstId, @Valid @ModelAttribute("form") OpinionRequestForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        work.requireOfficial(jstId);
        FormInput.requireBound(result);
        return Outcomes.form(result, redirect, "council.opinion.requested",
                () -> work.requestOpinion(jstId, form.subject(), form.consultationId()), "/council/" + jstId,
                () -> opinionRequestPage(pages.opinionRequestForm(jstId, null), model));
    }

    private String opinionRequestPage(OpinionRequestPage page, Model model) {
        model.addAttribute("jst", page.jst());
        model.addAttribute("consultations", page.consultations());
        model.addAttribute("opinionDays", page.opinionDays());
        if (page.request() != null) {
            model.addAttribute("request", page.request());
        }
        return "council/opinion-request";
    }

    @PostMapping("/council/{jstId:\\d+}/opinions/{requestId:\\d+}")
    String giveOpinion(@PathVariable long jstId, @PathVariable long requestId,
            @Valid @ModelAttribute("opinionForm") OpinionForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        permissions.requireUser();
        FormInput.requireBound(result);
        if (result.hasErrors() && !work.mayRecordOpinion(jstId)) {
            throw new NotAllowed("not a council member");
        }
        return Outcomes.form(result, model, redirect, response, "council.opinion.given",
                () -> work.giveOpinion(jstId, requestId, form.opinion()), "/council/" + jstId + "#opinion-" + requestId,
                () -> {
                    model.addAttribute("opinionFor", requestId);
                    return page(jstId, model);
                });
    }

    @GetMapping("/council/{jstId:\\d+}/meetings/new")
    String meetingForm(@PathVariable long jstId, Model model) {
        MeetingPage page = pages.meetingForm(jstId, null);
        model.addAttribute("form", new MeetingForm("", "", "", ""));
        model.addAttribute("jst", page.jst());
        return "council/meeting";
    }

    @PostMapping("/council/{jstId:\\d+}/meetings/new")
    String addMeeting(@PathVariable long jstId, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        work.requireOfficial(jstId);
        FormInput.requireBound(result);
        LocalDateTime startsAt = FormInput.dateTime(form.startsAt(), "startsAt", "council.meeting.startsAt.invalid",
                result);
        if (!result.hasErrors()) {
            long id = work.addMeeting(jstId, startsAt, form.place(), form.agenda(), form.minutes());
            redirect.addFlashAttribute("notice", "council.meeting.saved");
            return "redirect:/council/" + jstId + "#meeting-" + id;
        }
        model.addAttribute("jst", jsts.get(jstId));
        return "council/meeting";
    }

    @PostMapping("/council/{jstId:\\d+}/members/new")
    String addMember(@PathVariable long jstId, @Valid @ModelAttribute("memberForm") MemberForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        work.requireOfficial(jstId);
        FormInput.requireBound(result);
        return attempt(() -> work.addMember(jstId, form.name(), form.side()), "council.member.added",
                "/council/" + jstId, result, model, redirect, response, () -> page(jstId, model));
    }

    // ---- editing a member
    // -----------------------------------------------------------------------------------

    @GetMapping("/council/{jstId:\\d+}/members/{memberId:\\d+}/edit")
    String memberForm(@PathVariable long jstId, @PathVariable long memberId, Model model) {
        return memberPage(pages.memberForm(jstId, memberId), model);
    }

    private String memberPage(MemberPage page, Model model) {
        CouncilMember m = page.member();
        model.addAttribute("jst", page.jst());
        model.addAttribute("member", m);
        model.addAttribute("sides", CouncilMember.Side.values());
        if (!model.containsAttribute("form"))
            model.addAttribute("form", new MemberForm(m.getName(), m.getSide()));
        if (!model.containsAttribute("endForm"))
            model.addAttribute("endForm", new EndForm(page.today().toString()));
        return "council/member";
    }

    @PostMapping("/council/{jstId:\\d+}/members/{memberId:\\d+}/edit")
    String editMember(@PathVariable long jstId, @PathVariable long memberId,
            @Valid @ModelAttribute("form") MemberForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        work.member(jstId, memberId);
        FormInput.requireBound(result);
        return attempt(() -> work.editMember(jstId, memberId, form.name(), form.side()), "council.member.saved",
                "/council/" + jstId, result, model, redirect, response,
                () -> memberPage(pages.memberForm(jstId, memberId), model));
    }

    @PostMapping("/council/{jstId:\\d+}/members/{memberId:\\d+}/end")
    String endMembership(@PathVariable long jstId, @PathVariable long memberId,
            @Valid @ModelAttribute("endForm") EndForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        work.member(jstId, memberId);
        FormInput.requireBound(result);
        LocalDate on = FormInput.date(form.endedOn(), "endedOn", result);
        return attempt(() -> work.endMembership(jstId, memberId, on), "council.member.endedNotice", "/council/" + jstId,
                result, model, redirect, response, () -> memberPage(pages.memberForm(jstId, memberId), model));
    }

    // ---- editing or withdrawing a request for opinion
    // ----------------------------------------------------------

    @GetMapping("/council/{jstId:\\d+}/opinions/{requestId:\\d+}/edit")
    String editRequestForm(@PathVariable long jstId, @PathVariable long requestId, Model model) {
        OpinionRequestPage page = pages.opinionRequestForm(jstId, requestId);
        OpinionRequest r = page.request();
        model.addAttribute("form", new OpinionRequestForm(r.getSubject(), r.getConsultationId()));
        return opinionRequestPage(page, model);
    }

    @PostMapping("/council/{jstId:\\d+}/opinions/{requestId:\\d+}/edit")
    String editRequest(@PathVariable long jstId, @PathVariable long requestId,
            @Valid @ModelAttribute("form") OpinionRequestForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        work.opinionRequest(jstId, requestId);
        FormInput.requireBound(result);
        return attempt(() -> work.editOpinionRequest(jstId, requestId, form.subject(), form.consultationId()),
                "council.opinion.requestEdited", "/council/" + jstId + "#opinion-" + requestId, result, model, redirect,
                response, () -> opinionRequestPage(pages.opinionRequestForm(jstId, requestId), model));
    }

    @PostMapping("/council/{jstId:\\d+}/opinions/{requestId:\\d+}/withdraw")
    String withdrawRequest(@PathVariable long jstId, @PathVariable long requestId, RedirectAttributes redirect) {
        work.opinionRequest(jstId, requestId);
        return Outcomes.stepOrConflict(redirect, "/council/" + jstId + "#opinion-" + requestId,
                "council.opinion.withdrawnNotice", () -> work.withdrawOpinionRequest(jstId, requestId));
    }

    /**
     * Runs the action of a form that has no errors: then a redirect to the target with
     * the notice; when the action is refused, the page again with the refusal.
     */
    private static String attempt(Runnable action, String notice, String target, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Supplier<String> page) {
        return Outcomes.form(result, model, redirect, response, notice, () -> {
            action.run();
            return target;
        }, page);
    }

    @GetMapping("/council/{jstId:\\d+}/meetings/{meetingId:\\d+}/edit")
    String editMeetingForm(@PathVariable long jstId, @PathVariable long meetingId, Model model) {
        MeetingPage page = pages.meetingForm(jstId, meetingId);
        CouncilMeeting m = page.meeting();
        model.addAttribute("form",
                new MeetingForm(m.getStartsAt().atZone(ClockConfig.WARSAW).toLocalDateTime().toString(), m.getPlace(),
                        m.getAgenda(), m.getMinutes() == null ? "" : m.getMinutes()));
        model.addAttribute("meeting", m);
        model.addAttribute("jst", page.jst());
        return "council/meeting";
    }

    @PostMapping("/council/{jstId:\\d+}/meetings/{meetingId:\\d+}/edit")
    String editMeeting(@PathVariable long jstId, @PathVariable long meetingId,
            @Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        CouncilMeeting m = work.meeting(jstId, meetingId);
        FormInput.requireBound(result);
        LocalDateTime startsAt = FormInput.dateTime(form.startsAt(), "startsAt", "council.meeting.startsAt.invalid",
                result);
        if (!result.hasErrors()) {
            work.editMeeting(jstId, meetingId, startsAt, form.place(), form.agenda(), form.minutes());
            redirect.addFlashAttribute("notice", "council.meeting.edited");
            return "redirect:/council/" + jstId + "#meeting-" + meetingId;
        }
        model.addAttribute("meeting", m);
        model.addAttribute("jst", jsts.get(jstId));
        return "council/meeting";
    }

    @PostMapping("/council/{jstId:\\d+}/meetings/{meetingId:\\d+}/delete")
    String deleteMeeting(@PathVariable long jstId, @PathVariable long meetingId, RedirectAttributes redirect) {
        work.deleteMeeting(jstId, meetingId);
        redirect.addFlashAttribute("notice", "council.meeting.deleted");
        return "redirect:/council/" + jstId;
    }

}
