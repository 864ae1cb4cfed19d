package pl.wspolnie.bulletin.web;

import pl.wspolnie.shared.domain.NotAllowed;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.web.PublicPaths;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.time.format.DateTimeFormatter;

/**
 * The public archive of issues, the editor's pages (propose, edit, publish) and the PDFs.
 */
@Controller
class BulletinController {

    private final Bulletins bulletins;

    private final Jsts jsts;

    private final Clock clock;

    BulletinController(Bulletins bulletins, Jsts jsts, Clock clock) {
        this.bulletins = bulletins;
        this.jsts = jsts;
        this.clock = clock;
    }

    @Bean
    static PublicPaths bulletinPublicPaths() {
        return PublicPaths.get("/bulletin", "/bulletin/{id:\\d+}.pdf");
    }

    @GetMapping("/bulletin")
    String archive(@RequestParam(defaultValue = "0") int page, Model model) {
        var archive = bulletins.archive(page);
        model.addAttribute("archive", archive);
        model.addAttribute("jstNames", jsts.all().stream().collect(Collectors.toMap(JstSummary::id, JstSummary::name)));
        List<JstSummary> editorJsts = bulletins.editorJsts();
        model.addAttribute("editor", !editorJsts.isEmpty());
        model.addAttribute("drafts", editorJsts.isEmpty() ? List.of() : bulletins.drafts());
        return "bulletin/archive";
    }

    @GetMapping("/bulletin/new")
    String newIssue(Model model) {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        return form(model, null, last.atDay(1).toString(), last.atEndOfMonth().toString(), null);
    }

    @PostMapping("/bulletin/new")
    String propose(@RequestParam(required = false) Long jstId, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to, Model model, RedirectAttributes redirect) {
        LocalDate f = date(from);
        LocalDate t = date(to);
        if (f == null || t == null) {
            return form(model, jstId, from, to, new RuleViolation(f == null ? "from" : "to", "bulletin.date.invalid"));
        }
        try {
            long id = bulletins.propose(jstId, f, t);
            return "redirect:/bulletin/" + id + "/edit";
        }
        catch (RuleViolation e) {
            return form(model, jstId, from, to, e);
        }
    }

    private String form(Model model, Long jstId, String from, String to, RuleViolation error) {
        List<JstSummary> editorJsts = bulletins.editorJsts();
        if (editorJsts.isEmpty()) {
            throw new NotAllowed("not a bulletin editor");
        }
        model.addAttribute("editorJsts", editorJsts);
        model.addAttribute("jstId", jstId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("error", error);
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
            RedirectAttributes redirect) {
        BulletinIssue issue = bulletins.forEdit(id);
        List<Bulletins.ItemEdit> edits = new ArrayList<>();
        for (BulletinItem item : issue.getItems()) {
            String pos = params.getFirst("position-" + item.getId());
            int position;
            try {
                position = pos == null ? item.getPosition() : Integer.parseInt(pos.strip());
            }
            catch (NumberFormatException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "position");
            }
            String summary = params.getFirst("summary-" + item.getId());
            if (summary != null && summary.length() > 1000) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "summary too long");
            }
            edits.add(new Bulletins.ItemEdit(item.getId(), position, summary == null ? item.getSummary() : summary,
                    params.containsKey("remove-" + item.getId())));
        }
        bulletins.edit(id, edits);
        if (params.containsKey("publish")) {
            try {
                bulletins.publish(id);
                redirect.addFlashAttribute("notice", "bulletin.publishedNotice");
                return "redirect:/bulletin";
            }
            catch (RuleViolation e) {
                model.addAttribute("error", e);
                return edit(id, model);
            }
        }
        redirect.addFlashAttribute("notice", "bulletin.saved");
        return "redirect:/bulletin/" + id + "/edit";
    }

    @GetMapping("/bulletin/{id:\\d+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        BulletinIssue issue = bulletins.published(id);
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.inline().filename("biuletyn-" + issue.getNumber() + ".pdf").build().toString())
            .body(issue.getPdf());
    }

    private static LocalDate date(String value) {
        try {
            String v = value.strip();
            return v.contains(".") ? LocalDate.parse(v, DateTimeFormatter.ofPattern("dd.MM.yyyy")) : LocalDate.parse(v);
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }

}
