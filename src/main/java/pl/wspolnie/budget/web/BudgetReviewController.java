package pl.wspolnie.budget.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.budget.domain.Amounts;
import pl.wspolnie.budget.domain.review.FormalResult;
import pl.wspolnie.budget.domain.review.MeritResult;
import pl.wspolnie.budget.domain.review.Reviews;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.text.Formats;

import java.util.List;

/**
 * The review of projects: the coordinators' review list of an edition (with conflicts and
 * appeals waiting), the formal and merit review of a project, the decision of a conflict
 * and of an appeal; the author's appeal.
 */
@Controller
class BudgetReviewController {

    /** The result of a formal or merit review as typed. */
    record ResultForm(Verdict positive, String justification, Boolean feasible, Boolean lawful, String responsibleUnit,
            String correctedCost) {

        static ResultForm empty() {
            return new ResultForm(null, "", false, false, "", "");
        }

        FormalResult formal() {
            return new FormalResult(positive == null ? null : positive.value(), justification);
        }

        MeritResult merit() {
            String cost = correctedCost == null ? "" : correctedCost.strip();
            return new MeritResult(positive == null ? null : positive.value(), Boolean.TRUE.equals(feasible),
                    Boolean.TRUE.equals(lawful), responsibleUnit,
                    cost.isEmpty() ? null : Amounts.parse(cost, "correctedCost"), justification);
        }

    }

    /** The author's appeal. */
    record AppealForm(String reason) {
    }

    /** The decision of an appeal or a conflict. */
    record DecisionForm(Verdict upheld, List<Long> goingOn, String reasons) {
    }

    /** Projects marked as conflicting. */
    record ConflictForm(List<Long> projectIds, String note) {
    }

    private final Reviews reviews;

    private final Formats fmt;

    BudgetReviewController(Reviews reviews, Formats fmt) {
        this.reviews = reviews;
        this.fmt = fmt;
    }

    @GetMapping("/budget/{id:\\d+}/review")
    String board(@PathVariable long id, Model model) {
        model.addAttribute("conflictForm", new ConflictForm(List.of(), ""));
        return boardPage(id, model);
    }

    private String boardPage(long id, Model model) {
        model.addAttribute("board", reviews.board(id));
        return "budget/review";
    }

    @PostMapping("/budget/{id:\\d+}/conflicts")
    String flag(@PathVariable long id, @ModelAttribute("conflictForm") ConflictForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            reviews.flagConflict(id, form.projectIds(), form.note());
            redirect.addFlashAttribute("notice", "budget.conflict.flagged");
            return "redirect:/budget/" + id + "/review";
        }
        catch (RuleViolation e) {
            e.addTo(result);
            return boardPage(id, model);
        }
    }

    @GetMapping("/budget/projects/{id:\\d+}/review")
    String reviewForm(@PathVariable long id, Model model) {
        model.addAttribute("form", ResultForm.empty());
        return reviewPage(id, model);
    }

    private String reviewPage(long id, Model model) {
        Reviews.Publication publication = reviews.forReviewer(id);
        model.addAttribute("pub", publication);
        model.addAttribute("project", publication.project());
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("authorCost", fmt.money(publication.project().costTotal()));
        return "budget/review-project";
    }

    @PostMapping("/budget/projects/{id:\\d+}/review/formal")
    String formal(@PathVariable long id, @ModelAttribute("form") ResultForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            reviews.reviewFormal(id, form.formal());
        }
        catch (RuleViolation e) {
            e.addTo(result);
            return reviewPage(id, model);
        }
        return given(id, redirect);
    }

    @PostMapping("/budget/projects/{id:\\d+}/review/merit")
    String merit(@PathVariable long id, @ModelAttribute("form") ResultForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            reviews.reviewMerit(id, form.merit());
        }
        catch (RuleViolation e) {
            e.addTo(result);
            return reviewPage(id, model);
        }
        return given(id, redirect);
    }

    private static String given(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "budget.review.given");
        return "redirect:/budget/projects/" + id + "/review";
    }

    @GetMapping("/budget/projects/{id:\\d+}/appeal")
    String appealForm(@PathVariable long id, Model model) {
        model.addAttribute("form", new AppealForm(""));
        return appealPage(id, model);
    }

    private String appealPage(long id, Model model) {
        Reviews.Publication publication = reviews.forAuthor(id);
        model.addAttribute("pub", publication);
        model.addAttribute("project", publication.project());
        model.addAttribute("open", reviews.appealsOpen(publication.project().editionId()));
        return "budget/appeal";
    }

    @PostMapping("/budget/projects/{id:\\d+}/appeal")
    String appeal(@PathVariable long id, @ModelAttribute("form") AppealForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            reviews.appeal(id, form.reason());
        }
        catch (RuleViolation e) {
            e.addTo(result);
            return appealPage(id, model);
        }
        redirect.addFlashAttribute("notice", "budget.appeal.filed");
        return "redirect:/budget/projects/" + id;
    }

    @GetMapping("/budget/appeals/{id:\\d+}")
    String appealCase(@PathVariable long id, Model model) {
        model.addAttribute("form", new DecisionForm(null, List.of(), ""));
        return appealCasePage(id, model);
    }

    private String appealCasePage(long id, Model model) {
        Reviews.AppealCase found = reviews.appealCase(id);
        model.addAttribute("case", found);
        model.addAttribute("review", found.review());
        model.addAttribute("verdicts", Verdict.values());
        return "budget/appeal-decision";
    }

    @PostMapping("/budget/appeals/{id:\\d+}")
    String decideAppeal(@PathVariable long id, @ModelAttribute("form") DecisionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            reviews.decideAppeal(id, form.upheld() == null ? null : form.upheld().value(), form.reasons());
        }
        catch (RuleViolation e) {
            e.addTo(result);
            return appealCasePage(id, model);
        }
        redirect.addFlashAttribute("notice", "budget.appeal.decided");
        return "redirect:/budget/appeals/" + id;
    }

    @GetMapping("/budget/conflicts/{id:\\d+}")
    String conflict(@PathVariable long id, Model model) {
        model.addAttribute("form", new DecisionForm(null, List.of(), ""));
        return conflictPage(id, model);
    }

    private String conflictPage(long id, Model model) {
        model.addAttribute("view", reviews.conflict(id));
        return "budget/conflict";
    }

    @PostMapping("/budget/conflicts/{id:\\d+}")
    String decideConflict(@PathVariable long id, @ModelAttribute("form") DecisionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            reviews.decideConflict(id, form.goingOn(), form.reasons());
        }
        catch (RuleViolation e) {
            e.addTo(result);
            return conflictPage(id, model);
        }
        redirect.addFlashAttribute("notice", "budget.conflict.decided");
        return "redirect:/budget/conflicts/" + id;
    }

}
