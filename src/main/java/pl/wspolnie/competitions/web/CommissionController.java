package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import pl.wspolnie.competitions.domain.review.CommissionMeeting;
import pl.wspolnie.competitions.domain.review.MeetingForm;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.competitions.domain.announcement.Announcements;
import pl.wspolnie.competitions.domain.review.Commissions;
import pl.wspolnie.competitions.domain.announcement.CompetitionCriterion;
import pl.wspolnie.shared.domain.RuleViolation;

import java.util.HashMap;
import java.util.Map;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.review.Nominations;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.text.Formats;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;

/**
 * The commission: appointment, declarations, the member's list, scoring of an offer,
 * ranking.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CommissionController {

    private final Commissions commissions;

    private final Announcements announcements;

    private final PdfDocuments pdf;

    private final Jsts jsts;

    private final MessageSource messages;

    private final Clock clock;

    private final Nominations nominations;

    private final ProtocolDocument protocolDocument;

    /**
     * The commission's protocol: members, declarations, the ranking with mean points and
     * proposed amounts.
     */
    @GetMapping("/competitions/{id:\\d+}/protocol.pdf")
    ResponseEntity<byte[]> protocol(@PathVariable long id) {
        List<Commissions.RankingRow> rows = commissions.ranking(id);
        Competition c = announcements.view(id);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> model = protocolDocument.model(c, commissions.members(id), rows,
                commissions.meetingsForProtocol(id));
        model.putAll(Map.of("jstName", jsts.get(c.getJstId()).name(), "fmt", new Formats(), "now", clock.instant(),
                "pdfFooter", messages.getMessage("competitions.protocol.footer", new Object[] { c.getId() }, locale)));
        byte[] bytes = pdf.render("competitions/protocol-pdf", model, locale);
        return FileDownloads.pdf(bytes, "protokol-" + id + ".pdf");
    }

    @GetMapping("/competitions/{id:\\d+}/commission")
    String members(@PathVariable long id, Model model) {
        return membersPage(id, model, "", "", false, null);
    }

    @PostMapping("/competitions/{id:\\d+}/commission")
    String appoint(@PathVariable long id, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String nominatedBy, @RequestParam(defaultValue = "false") boolean chair,
            Model model, RedirectAttributes redirect) {
        return Outcomes.orPage(() -> {
            commissions.appoint(id, email,
                    FormInput.wholeNumber(nominatedBy, "nominatedBy", "competitions.offer.coOfferors.invalid"), chair);
            return Outcomes.redirect(redirect, "competitions.commission.appointed",
                    "/competitions/" + id + "/commission");
        }, e -> membersPage(id, model, email, nominatedBy, chair, e));
    }

    private String membersPage(long id, Model model, String email, String nominatedBy, boolean chair,
            RuleViolation error) {
        model.addAttribute("members", commissions.members(id));
        model.addAttribute("c", announcements.view(id));
        boolean mayManage = announcements.mayManage(announcements.view(id));
        model.addAttribute("mayManage", mayManage);
        model.addAttribute("mayRecordMeetings", commissions.mayRecordMeetings(id));
        model.addAttribute("nominations",
                mayManage && announcements.view(id).isPublished() ? nominations.forOfficial(id) : List.of());
        model.addAttribute("email", email);
        model.addAttribute("nominatedBy", nominatedBy);
        model.addAttribute("chair", chair);
        model.addAttribute("error", error);
        return "competitions/commission";
    }

    /**
     * The commission's meetings (date, place, who attended) for the protocol: the chair
     * or an official of the JST records them.
     */
    @GetMapping("/competitions/{id:\\d+}/commission/meetings")
    String meetings(@PathVariable long id, Model model) {
        MeetingForm form = new MeetingForm();
        commissions.members(id)
            .stream()
            .filter(m -> !m.member().isExcluded())
            .forEach(m -> form.getPresent().put(m.member().getId(), true));
        return meetingsPage(id, form, model);
    }

    @PostMapping("/competitions/{id:\\d+}/commission/meetings")
    String recordMeeting(@PathVariable long id, @ModelAttribute("meeting") MeetingForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return Outcomes.form(result, redirect, "competitions.meeting.recorded",
                () -> commissions.recordMeeting(id, form), "/competitions/" + id + "/commission/meetings",
                () -> meetingsPage(id, form, model));
    }

    private String meetingsPage(long id, MeetingForm form, Model model) {
        List<CommissionMeeting> recorded = commissions.meetings(id);
        List<Commissions.Member> members = commissions.members(id);
        model.addAttribute("c", announcements.view(id));
        model.addAttribute("members", members);
        model.addAttribute("recorded", ProtocolDocument.meetingRows(recorded, members));
        model.addAttribute("meeting", form);
        return "competitions/meetings";
    }

    @GetMapping("/competitions/{id:\\d+}/evaluation")
    String board(@PathVariable long id, Model model) {
        model.addAttribute("board", commissions.board(id));
        return "competitions/evaluation";
    }

    @PostMapping("/competitions/{id:\\d+}/evaluation/declare")
    String declare(@PathVariable long id, @RequestParam(defaultValue = "false") boolean noConflict,
            RedirectAttributes redirect) {
        if (noConflict) {
            if (commissions.declareNoConflict(id)) {
                redirect.addFlashAttribute("notice", "competitions.commission.declared");
            }
            else {
                redirect.addFlashAttribute("warning", "competitions.commission.excludedNotice");
            }
        }
        else {
            redirect.addFlashAttribute("warning", "competitions.commission.declaration.required");
        }
        return "redirect:/competitions/" + id + "/evaluation";
    }

    @PostMapping("/competitions/{id:\\d+}/evaluation/conflict")
    String declareConflict(@PathVariable long id, @RequestParam(defaultValue = "") String conflictReason, Model model,
            RedirectAttributes redirect) {
        return Outcomes.orPage(() -> {
            commissions.declareConflict(id, conflictReason);
            return Outcomes.redirect(redirect, "competitions.commission.conflictDeclared",
                    "/competitions/" + id + "/evaluation");
        }, e -> {
            model.addAttribute("board", commissions.board(id));
            model.addAttribute("conflictReason", conflictReason);
            model.addAttribute("error", e);
            return "competitions/evaluation";
        });
    }

    @GetMapping("/offers/{id:\\d+}/score")
    String scoreForm(@PathVariable long id, Model model) {
        return scorePage(commissions.scoring(id), Map.of(), Map.of(), null, model);
    }

    @PostMapping("/offers/{id:\\d+}/score")
    String score(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        Commissions.Scoring scoring = commissions.scoring(id);
        Map<Long, String> points = new HashMap<>();
        Map<Long, String> why = new HashMap<>();
        for (CompetitionCriterion c : scoring.competition().getCriteria()) {
            points.put(c.getId(), params.getOrDefault("points" + c.getId(), ""));
            why.put(c.getId(), params.getOrDefault("justification" + c.getId(), ""));
        }
        return Outcomes.orPage(() -> {
            commissions.score(id, points, why);
            return Outcomes.redirect(redirect, "competitions.score.saved", "/offers/" + id + "/score");
        }, e -> scorePage(scoring, points, why, e, model));
    }

    private String scorePage(Commissions.Scoring scoring, Map<Long, String> points, Map<Long, String> why,
            RuleViolation error, Model model) {
        model.addAttribute("s", scoring);
        model.addAttribute("points", points);
        model.addAttribute("why", why);
        model.addAttribute("error", error);
        return "competitions/score";
    }

    @GetMapping("/competitions/{id:\\d+}/ranking")
    String ranking(@PathVariable long id, Model model) {
        model.addAttribute("rows", commissions.ranking(id));
        model.addAttribute("c", announcements.view(id));
        return "competitions/ranking";
    }

}
