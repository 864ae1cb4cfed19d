package pl.wspolnie.centre.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.centre.domain.Centre;
import pl.wspolnie.centre.domain.TrainingPlan;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.Outcomes.Report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The centre's planned trainings, made by its staff from a training-needs survey's
 * results page (its form posts here).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TrainingPlanController {

    private static final String PATH = "/centre/planned-trainings";

    private final TrainingPlan plan;

    @GetMapping(PATH)
    String list(Model model) {
        Map<Long, String> centres = plan.staffedCentres()
            .stream()
            .collect(Collectors.toMap(Centre::getId, Centre::getName));
        model.addAttribute("centreNames", centres);
        model.addAttribute("planned", plan.planned());
        return "centre/planned-trainings";
    }

    @PostMapping(PATH)
    String plan(@RequestParam long survey, @RequestParam(name = "option", required = false) List<Integer> options,
            RedirectAttributes redirect) {
        return Outcomes.step(redirect, PATH, () -> Report.notice("centre.plan.added", plan.plan(survey, options)));
    }

}
