package pl.wspolnie.budget.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

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
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.text.Formats;

import java.util.List;
import java.util.function.Supplier;

/**
 * The review of projects: the coordinators' review list of an edition (with conflicts and
 * appeals waiting), the formal and merit review of a project, the decision of a conflict
 * and of an appeal; the author's appeal.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
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
        return Outcomes.form(result, redirect, "budget.conflict.flagged",
                () -> reviews.flagConflict(id, form.projectIds(), form.note()), "/budget/" + id + "/review",
                () -> boardPage(id, model));
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
        return decided(result, redirect, "budget.review.given", () -> reviews.reviewFormal(id, form.formal()),
                "/budget/projects/" + id + "/review", () -> reviewPage(id, model));
    }

    @PostMapping("/budget/projects/{id:\\d+}/review/merit")
    String merit(@PathVariable long id, @ModelAttribute("form") ResultForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return decided(result, redirect, "budget.review.given", () -> reviews.reviewMerit(id, form.merit()),
                "/budget/projects/" + id + "/review", () -> reviewPage(id, model));
    }

    /**
     * Every decision of the review (a result, an appeal, a conflict, the author's appeal)
     * the same way: the decision taken and the page of what was decided with the notice,
     * or the form again with the refusal at its field.
     */
    private static String decided(BindingResult result, RedirectAttributes redirect, String notice, Runnable decision,
            String decidedPage, Supplier<String> formPage) {
        FormInput.requireBound(result);
        return Outcomes.form(result, redirect, notice, () -> {
            decision.run();
            return decidedPage;
        }, formPage);
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
        return decided(result, redirect, "budget.appeal.filed", () -> reviews.appeal(id, form.reason()),
                "/budget/projects/" + id, () -> appealPage(id, model));
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
        return decided(result, redirect, "budget.appeal.decided",
                () -> reviews.decideAppeal(id, form.upheld() == null ? null : form.upheld().value(), form.reasons()),
                "/budget/appeals/" + id, () -> appealCasePage(id, model));
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
        return decided(result, redirect, "budget.conflict.decided",
                () -> reviews.decideConflict(id, form.goingOn(), form.reasons()), "/budget/conflicts/" + id,
                () -> conflictPage(id, model));
    }

}
