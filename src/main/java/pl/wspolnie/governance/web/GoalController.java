package pl.wspolnie.governance.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.governance.domain.ActionPlan;
import pl.wspolnie.governance.domain.ActionYear;
import pl.wspolnie.governance.domain.Agreements;
import pl.wspolnie.governance.domain.GoalPages;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.text.Formats;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The agreement's goals and actions with the parties responsible and the status per year
 * (the coordinator or a Council member adds actions and records statuses), and the yearly
 * summary of the agreement from its records (page and PDF).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GoalController {

    private final ActionPlan plan;

    private final GoalPages pages;

    private final Agreements agreements;

    private final Permissions permissions;

    private final PdfDocuments pdf;

    private final Formats formats;

    @Bean
    static PublicPaths governanceGoalPublicPaths() {
        return PublicPaths.get("/governance/{id:\\d+}/goals", "/governance/{id:\\d+}/summary",
                "/governance/{id:\\d+}/summary.pdf");
    }

    @GetMapping("/governance/{id:\\d+}/goals")
    String goals(@PathVariable long id, Model model) {
        model.addAttribute("page", pages.goals(id));
        model.addAttribute("statuses", ActionYear.Status.values());
        return "governance/goals";
    }

    @PostMapping("/governance/{id:\\d+}/goals/actions")
    String add(@PathVariable long id, @RequestParam(name = "goal", required = false) Integer goal,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "partyIds", required = false) List<Long> partyIds, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        return Outcomes.step(redirect, "/governance/" + id + "/goals", "governance.action.added", () -> {
            if (goal == null) {
                throw new RuleViolation("goal", "governance.action.unknownGoal");
            }
            if (title == null || title.isBlank() || title.length() > 500) {
                throw new RuleViolation("title", "governance.action.titleRequired");
            }
            plan.add(me, id, goal, title, partyIds == null ? Set.of() : Set.copyOf(partyIds));
        });
    }

    @PostMapping("/governance/{id:\\d+}/goals/actions/{actionId:\\d+}/status")
    String record(@PathVariable long id, @PathVariable long actionId,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "status", required = false) ActionYear.Status status,
            @RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        return Outcomes.step(redirect, "/governance/" + id + "/goals", "governance.action.recorded",
                () -> plan.record(me, id, actionId, year == null ? 0 : year, status,
                        note != null && note.length() > 1000 ? note.substring(0, 1000) : note));
    }

    @GetMapping("/governance/{id:\\d+}/summary")
    String summary(@PathVariable long id, @RequestParam(name = "year", required = false) Integer year, Model model) {
        model.addAttribute("page", pages.summary(id, year == null ? agreements.today().getYear() : year));
        model.addAttribute("formats", formats);
        return "governance/summary";
    }

    @GetMapping("/governance/{id:\\d+}/summary.pdf")
    ResponseEntity<byte[]> summaryPdf(@PathVariable long id,
            @RequestParam(name = "year", required = false) Integer year, Locale locale) {
        GoalPages.SummaryPage page = pages.summary(id, year == null ? agreements.today().getYear() : year);
        return FileDownloads.inline("podsumowanie-" + page.year() + ".pdf", "application/pdf")
            .body(pdf.render("governance/summary-pdf", Map.of("page", page, "fmt", formats, "pdfFooter",
                    page.agreement().getTitle() + " · " + page.year()), locale));
    }

}
