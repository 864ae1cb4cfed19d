package pl.wspolnie.bulletin.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.bulletin.domain.BulletinIssue;
import pl.wspolnie.bulletin.domain.BulletinItem;
import pl.wspolnie.bulletin.domain.Bulletins;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import pl.wspolnie.shared.web.PublicPaths;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The public archive of issues, the editor's pages (propose, edit, publish) and the PDFs.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BulletinController {

    private final Bulletins bulletins;

    private final Jsts jsts;

    private final Clock clock;

    @Bean
    static PublicPaths bulletinPublicPaths() {
        return PublicPaths.get("/bulletin", "/bulletin/{id:\\d+}.pdf");
    }

    @GetMapping("/bulletin")
    String archive(@RequestParam(defaultValue = "0") int page, Model model) {
        var archive = bulletins.archive(page);
        model.addAttribute("archive", archive);
        model.addAttribute("jstNames", jsts.names());
        List<JstSummary> editorJsts = bulletins.editorJsts();
        model.addAttribute("editor", !editorJsts.isEmpty());
        model.addAttribute("drafts", editorJsts.isEmpty() ? List.of() : bulletins.drafts());
        return "bulletin/archive";
    }

    /** What the editor proposes: the JST and the period (dates typed as text). */
    record ProposalForm(Long jstId, String from, String to) {
    }

    @GetMapping("/bulletin/new")
    String newIssue(Model model) {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        model.addAttribute("form", new ProposalForm(null, last.atDay(1).toString(), last.atEndOfMonth().toString()));
        return form(model);
    }

    @PostMapping("/bulletin/new")
    String propose(@ModelAttribute("form") ProposalForm form, BindingResult result, Model model) {
        FormInput.requireBound(result);
        LocalDate from = date(form.from(), "from", result);
        LocalDate to = date(form.to(), "to", result);
        return Outcomes.form(result, () -> "redirect:/bulletin/" + bulletins.propose(form.jstId(), from, to) + "/edit",
                () -> form(model));
    }

    private String form(Model model) {
        List<JstSummary> editorJsts = bulletins.editorJsts();
        if (editorJsts.isEmpty()) {
            throw new NotAllowed("not a bulletin editor");
        }
        model.addAttribute("editorJsts", editorJsts);
        return "bulletin/new";
    }

    @GetMapping("/bulletin/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        BulletinIssue issue = bulletins.forEdit(id);
        model.addAttribute("issue", issue);
        model.addAttribute("jstName", jsts.get(issue.getJstId()).name());
        return "bulletin/edit";
    }

    /**
     * Fields per entry: position-ID, summary-ID, remove-ID (checkbox); the button
     * "publish" also publishes.
     */
    @PostMapping("/bulletin/{id:\\d+}/edit")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        BulletinIssue issue = bulletins.forEdit(id);
        List<Bulletins.ItemEdit> edits = new ArrayList<>();
        for (BulletinItem item : issue.getItems()) {
            String pos = params.getFirst("position-" + item.getId());
            int position = pos == null ? item.getPosition() : FormInput.integer(pos);
            String summary = params.getFirst("summary-" + item.getId());
            if (summary != null && summary.length() > 1000) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "summary too long");
            }
            edits.add(new Bulletins.ItemEdit(item.getId(), position, summary == null ? item.getSummary() : summary,
                    params.containsKey("remove-" + item.getId())));
        }
        bulletins.edit(id, edits);
        if (params.containsKey("publish")) {
            return Outcomes.orWarning(model, response, () -> {
                bulletins.publish(id);
                return Outcomes.redirect(redirect, "bulletin.publishedNotice", "/bulletin");
            }, () -> edit(id, model));
        }
        return Outcomes.redirect(redirect, "bulletin.saved", "/bulletin/" + id + "/edit");
    }

    @GetMapping("/bulletin/{id:\\d+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        BulletinIssue issue = bulletins.published(id);
        return FileDownloads.pdf(issue.getPdf(), "biuletyn-" + issue.getNumber() + ".pdf");
    }

    /**
     * The date typed (yyyy-MM-dd from a date input, or dd.MM.yyyy typed by hand); null
     * with the error at its field when it is neither or none was typed.
     */
    private static LocalDate date(String value, String field, BindingResult result) {
        LocalDate date = FormInput.date(value, field, result);
        if (date == null && !result.hasFieldErrors(field)) {
            // none typed
            result.rejectValue(field, "bulletin.date.invalid");
        }
        return date;
    }

}
