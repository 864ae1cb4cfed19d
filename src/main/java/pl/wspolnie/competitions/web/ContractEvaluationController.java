package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.competitions.domain.contract.EvaluationCodesForm;
import pl.wspolnie.competitions.domain.contract.EvaluationForm;
import pl.wspolnie.competitions.domain.contract.TaskEvaluations;
import pl.wspolnie.diagnosis.EmbeddedSurveys;
import pl.wspolnie.shared.web.Outcomes;

import java.util.List;

/**
 * The evaluation of a contracted task with its beneficiaries (issue 19 point 3): its page
 * for the contract's parties (set-up by the official, answer codes for the organisation,
 * the report), the printable list of new codes, and the competition's summary for the
 * officials.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContractEvaluationController {

    /** A printable line: the code as printed (in two groups) and its link. */
    record PrintedCode(String code, String link) {
    }

    private final TaskEvaluations evaluations;

    private final Notifications notifications;

    @GetMapping("/offers/{id:\\d+}/evaluation")
    String page(@PathVariable long id, Model model) {
        return evaluationPage(id, model);
    }

    @PostMapping("/offers/{id:\\d+}/evaluation")
    String setUp(@PathVariable long id, @Valid @ModelAttribute("setup") EvaluationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return Outcomes.form(result, redirect, "competitions.taskEvaluation.setUp", () -> evaluations.setUp(id, form),
                "/offers/" + id + "/evaluation", () -> evaluationPage(id, model));
    }

    @PostMapping("/offers/{id:\\d+}/evaluation/codes")
    String issue(@PathVariable long id, @Valid @ModelAttribute("codes") EvaluationCodesForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return Outcomes.form(result, redirect, "competitions.taskEvaluation.codesIssued", () -> {
            List<String> codes = evaluations.issueCodes(id, form);
            redirect.addFlashAttribute("issued", codes);
            return "/offers/" + id + "/evaluation/codes";
        }, () -> evaluationPage(id, model));
    }

    /**
     * The codes just issued, to print (they are shown once: only their hashes are kept);
     * without them, what to do.
     */
    @GetMapping("/offers/{id:\\d+}/evaluation/codes")
    String printable(@PathVariable long id, Model model) {
        model.addAttribute("v", evaluations.view(id));
        @SuppressWarnings("unchecked")
        List<String> issued = (List<String>) model.getAttribute("issued");
        model.addAttribute("printed",
                issued == null ? List.of()
                        : issued.stream()
                            .map(c -> new PrintedCode(c.substring(0, 5) + "-" + c.substring(5),
                                    notifications.link(EmbeddedSurveys.answerPath(c))))
                            .toList());
        model.addAttribute("codePage", notifications.link(EmbeddedSurveys.codePagePath()));
        return "competitions/task-evaluation-codes";
    }

    @GetMapping("/competitions/{id:\\d+}/evaluations")
    String summary(@PathVariable long id, Model model) {
        model.addAttribute("s", evaluations.summary(id));
        model.addAttribute("minGroup", EmbeddedSurveys.Summary.MIN_GROUP);
        return "competitions/task-evaluation-summary";
    }

    private String evaluationPage(long id, Model model) {
        TaskEvaluations.View v = evaluations.view(id);
        model.addAttribute("v", v);
        if (!model.containsAttribute("setup")) {
            EvaluationForm setup = new EvaluationForm();
            setup.setEndsOn(v.party().contract().getEndsOn().plusDays(30));
            model.addAttribute("setup", setup);
        }
        if (!model.containsAttribute("codes")) {
            EvaluationCodesForm codes = new EvaluationCodesForm();
            codes.setCount(20);
            model.addAttribute("codes", codes);
        }
        model.addAttribute("maxCodes", TaskEvaluations.MAX_CODES);
        model.addAttribute("minGroup", EmbeddedSurveys.Summary.MIN_GROUP);
        return "competitions/task-evaluation";
    }

}
