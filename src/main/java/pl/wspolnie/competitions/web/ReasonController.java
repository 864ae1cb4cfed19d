package pl.wspolnie.competitions.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.competitions.domain.decision.ReasonRequests;
import pl.wspolnie.shared.domain.RuleViolation;

/**
 * Requests for the reasons of a decision and the official's answers (shown on the
 * competition's page).
 */
@Controller
class ReasonController {

    private final ReasonRequests requests;

    ReasonController(ReasonRequests requests) {
        this.requests = requests;
    }

    @PostMapping("/competitions/{id:\\d+}/reasons")
    String ask(@PathVariable long id, @RequestParam(defaultValue = "") String question, RedirectAttributes redirect) {
        try {
            requests.ask(id, question);
            redirect.addFlashAttribute("notice", "competitions.reasons.asked");
        }
        catch (RuleViolation e) {
            redirect.addFlashAttribute("reasonsError", e.messageKey());
            redirect.addFlashAttribute("question", question.length() > 2100 ? question.substring(0, 2100) : question);
        }
        return "redirect:/competitions/" + id + "#reasons";
    }

    @PostMapping("/reasons/{id:\\d+}/answer")
    String answer(@PathVariable long id, @RequestParam(defaultValue = "") String answer, RedirectAttributes redirect) {
        long competitionId = requests.competitionOf(id);
        try {
            requests.answer(id, answer);
            redirect.addFlashAttribute("notice", "competitions.reasons.answered");
        }
        catch (RuleViolation e) {
            redirect.addFlashAttribute("reasonsError", e.messageKey());
        }
        return "redirect:/competitions/" + competitionId + "#reasons";
    }

}
