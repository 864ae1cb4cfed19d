package pl.wspolnie.budget.web;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import pl.wspolnie.budget.domain.Vote;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ballot as typed: PESEL, birth date, the declaration of residence and the chosen
 * projects (one checkbox each). Carried unchanged from the ballot to the review step.
 */
@Getter
@Setter
public class VoteForm {

    @NotBlank
    private String pesel = "";

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    private boolean resident;

    private List<Long> choices = new ArrayList<>();

    /**
     * Runs the domain's check of a form that already has binding errors and adds its rule
     * violations at the fields that have none yet, so every problem shows at once.
     */
    static void addRuleErrors(Runnable check, BindingResult result) {
        try {
            check.run();
        }
        catch (RuleViolation e) {
            for (RuleViolation v : e.all()) {
                if (!result.hasFieldErrors(v.field())) {
                    v.addTo(result);
                }
            }
        }
    }

    Vote vote() {
        return new Vote(pesel, birthDate, resident, choices);
    }

    public boolean chose(long projectId) {
        return choices.contains(projectId);
    }

    public void setChoices(List<Long> choices) {
        this.choices = choices == null ? new ArrayList<>() : new ArrayList<>(choices);
    }

}
