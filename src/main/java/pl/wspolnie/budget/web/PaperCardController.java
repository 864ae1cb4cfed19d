package pl.wspolnie.budget.web;

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
import pl.wspolnie.budget.domain.BallotPaper;
import pl.wspolnie.budget.domain.InvalidCardReason;
import pl.wspolnie.budget.domain.PaperCards;
import pl.wspolnie.budget.domain.Voting;
import pl.wspolnie.budget.domain.VotingChannel;
import pl.wspolnie.shared.web.Outcomes;

/**
 * The gmina's staff enter paper voting cards: each card twice by two different people, a
 * third deciding when the two entries differ.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PaperCardController {

    private final PaperCards cards;

    private final Voting voting;

    @GetMapping("/budget/{id:\\d+}/paper-cards")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("form", new PaperCardForm());
        model.addAttribute("invalidForm", new InvalidCardForm());
        return page(id, model);
    }

    /** A staff member enters a card as invalid, with the reason. */
    @PostMapping("/budget/{id:\\d+}/paper-cards/invalid")
    String enterInvalid(@PathVariable long id, @Valid @ModelAttribute("invalidForm") InvalidCardForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return Outcomes.form(result, () -> Outcomes.redirect(redirect,
                report(cards.enterInvalid(id, form.getInvalidNumber(), form.getReason()), form.getInvalidNumber()),
                "/budget/" + id + "/paper-cards"), () -> {
                    model.addAttribute("form", new PaperCardForm());
                    return page(id, model);
                });
    }

    /**
     * What an entered card came to: a warning when it waits for someone else, else a
     * notice.
     */
    private static Outcomes.Report report(PaperCards.Outcome outcome, String number) {
        String key = "budget.paper.outcome." + outcome;
        return outcome == PaperCards.Outcome.DISPUTED || outcome == PaperCards.Outcome.ALREADY_VOTED
                ? Outcomes.Report.warning(key, number) : Outcomes.Report.notice(key, number);
    }

    @PostMapping("/budget/{id:\\d+}/paper-cards")
    String enter(@PathVariable long id, @Valid @ModelAttribute("form") PaperCardForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            VoteForm.addRuleErrors(() -> voting.check(id, form.vote(), VotingChannel.PAPER), result);
        }
        return Outcomes.form(result,
                () -> Outcomes.redirect(redirect,
                        report(cards.enter(id, form.getNumber(), form.vote()), form.getNumber()),
                        "/budget/" + id + "/paper-cards"),
                () -> {
                    model.addAttribute("invalidForm", new InvalidCardForm());
                    return page(id, model);
                });
    }

    private String page(long id, Model model) {
        model.addAttribute("disputed", cards.disputed(id));
        model.addAttribute("enteredOnce", cards.enteredOnce(id));
        BallotPaper ballot = voting.ballot(id);
        model.addAttribute("ballot", ballot);
        model.addAttribute("edition", ballot.edition());
        model.addAttribute("reasons", InvalidCardReason.values());
        return "budget/paper-cards";
    }

}
