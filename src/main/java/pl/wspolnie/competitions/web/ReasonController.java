package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.competitions.domain.decision.ReasonRequests;
import pl.wspolnie.shared.web.Outcomes;

/**
 * Requests for the reasons of a decision and the official's answers (shown on the
 * competition's page). A refused text shows the page again (422) with the error at its
 * field and the typed text kept.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReasonController {

    private final ReasonRequests requests;

    private final CompetitionShowPage showPage;

    @PostMapping("/competitions/{id:\\d+}/reasons")
    String ask(@PathVariable long id, @RequestParam(defaultValue = "") String question, Model model,
            RedirectAttributes redirect) {
        return Outcomes.orPage(() -> {
            requests.ask(id, question);
            return Outcomes.redirect(redirect, "competitions.reasons.asked", "/competitions/" + id + "#reasons");
        }, e -> {
            model.addAttribute("reasonsError", e);
            model.addAttribute("question", question);
            return showPage.render(id, model);
        });
    }

    @PostMapping("/reasons/{id:\\d+}/answer")
    String answer(@PathVariable long id, @RequestParam(defaultValue = "") String answer, Model model,
            RedirectAttributes redirect) {
        long competitionId = requests.competitionOf(id);
        return Outcomes.orPage(() -> {
            requests.answer(id, answer);
            return Outcomes.redirect(redirect, "competitions.reasons.answered",
                    "/competitions/" + competitionId + "#reasons");
        }, e -> {
            model.addAttribute("reasonsError", e);
            model.addAttribute("answeredId", id);
            model.addAttribute("answer", answer);
            return showPage.render(competitionId, model);
        });
    }

}
