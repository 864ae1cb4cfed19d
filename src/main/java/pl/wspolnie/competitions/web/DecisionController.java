package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.competitions.domain.announcement.Announcements;
import pl.wspolnie.competitions.domain.review.Commissions;
import pl.wspolnie.competitions.domain.decision.Decisions;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.web.Outcomes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The executive's decision on the amounts, and the annulment of a competition without
 * valid offers.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DecisionController {

    private final Decisions decisions;

    private final Announcements announcements;

    @GetMapping("/competitions/{id:\\d+}/decision")
    String form(@PathVariable long id, Model model) {
        return page(id, decisions.proposal(id), Map.of(), Map.of(), "", null, model);
    }

    @PostMapping("/competitions/{id:\\d+}/decision")
    String decide(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        List<Commissions.RankingRow> rows = decisions.proposal(id);
        Map<Long, String> amounts = new HashMap<>();
        Map<Long, String> why = new HashMap<>();
        for (Commissions.RankingRow r : rows) {
            amounts.put(r.offer().getId(), params.getOrDefault("amount" + r.offer().getId(), ""));
            why.put(r.offer().getId(), params.getOrDefault("justification" + r.offer().getId(), ""));
        }
        return Outcomes.orPage(() -> {
            decisions.decide(id, amounts, why);
            return Outcomes.redirect(redirect, "competitions.decision.published", "/competitions/" + id);
        }, e -> page(id, rows, amounts, why, "", e, model));
    }

    @PostMapping("/competitions/{id:\\d+}/annul")
    String annul(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes redirect) {
        return Outcomes.orPage(() -> {
            decisions.annul(id, reason);
            return Outcomes.redirect(redirect, "competitions.annul.done", "/competitions/" + id);
        }, e -> page(id, decisions.proposal(id), Map.of(), Map.of(), reason, e, model));
    }

    private String page(long id, List<Commissions.RankingRow> rows, Map<Long, String> amounts, Map<Long, String> why,
            String reason, RuleViolation error, Model model) {
        model.addAttribute("c", announcements.view(id));
        model.addAttribute("rows", rows);
        model.addAttribute("amounts", amounts);
        model.addAttribute("why", why);
        model.addAttribute("reason", reason);
        model.addAttribute("error", error);
        return "competitions/decision";
    }

}
