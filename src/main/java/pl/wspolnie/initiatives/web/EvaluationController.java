package pl.wspolnie.initiatives.web;

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
import pl.wspolnie.initiatives.domain.Evaluations;
import pl.wspolnie.initiatives.domain.ScoreLine;
import pl.wspolnie.shared.web.Outcomes;

import java.util.ArrayList;
import java.util.List;

/**
 * The official's score sheet of an application against the weighted criteria of the
 * council's resolution, the decision with reasons, and marking an initiative carried out.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EvaluationController {

    /** The points typed per criterion, in the criteria's order. */
    public static class ScoreForm {

        private List<Integer> points = new ArrayList<>();

        public List<Integer> getPoints() {
            return points;
        }

        public void setPoints(List<Integer> points) {
            this.points = points;
        }

    }

    /** The decision: accept or refuse, with reasons. */
    record DecisionForm(Boolean accept, String reason) {
    }

    private final Evaluations evaluations;

    @GetMapping("/initiatives/{id:\\d+}/score")
    String sheet(@PathVariable long id, Model model) {
        Evaluations.Sheet sheet = evaluations.sheet(id);
        ScoreForm form = new ScoreForm();
        sheet.scored().ifPresent(s -> s.getLines().forEach(l -> form.points.add(l.points())));
        model.addAttribute("scoreForm", form);
        return page(sheet, model);
    }

    @PostMapping("/initiatives/{id:\\d+}/score")
    String score(@PathVariable long id, @ModelAttribute("scoreForm") ScoreForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Evaluations.Sheet sheet = evaluations.sheet(id);
        return Outcomes.form(result, redirect, "initiatives.score.saved", () -> evaluations.score(id, form.getPoints()),
                "/initiatives/" + id + "/score", () -> page(sheet, model));
    }

    @PostMapping("/initiatives/{id:\\d+}/decision")
    String decide(@PathVariable long id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Evaluations.Sheet sheet = evaluations.sheet(id);
        return Outcomes.form(result, redirect, "initiatives.decision.saved",
                () -> evaluations.decide(id, form.accept(), form.reason()), "/initiatives/" + id, () -> {
                    ScoreForm scores = new ScoreForm();
                    sheet.scored().ifPresent(s -> s.getLines().forEach(l -> scores.points.add(l.points())));
                    model.addAttribute("scoreForm", scores);
                    return page(sheet, model);
                });
    }

    @PostMapping("/initiatives/{id:\\d+}/complete")
    String complete(@PathVariable long id, RedirectAttributes redirect) {
        return Outcomes.stepOrConflict(redirect, "/initiatives/" + id, "initiatives.complete.saved",
                () -> evaluations.complete(id));
    }

    private String page(Evaluations.Sheet sheet, Model model) {
        ScoreForm form = (ScoreForm) model.getAttribute("scoreForm");
        while (form.points.size() < sheet.criteria().size()) {
            form.points.add(null);
        }
        model.addAttribute("sheet", sheet);
        model.addAttribute("lines", sheet.scored().map(s -> s.getLines()).orElse(List.<ScoreLine>of()));
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm(null, ""));
        }
        return "initiatives/score";
    }

}
