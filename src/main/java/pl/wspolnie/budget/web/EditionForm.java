package pl.wspolnie.budget.web;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import pl.wspolnie.budget.domain.Amounts;
import pl.wspolnie.budget.domain.Edition;
import pl.wspolnie.budget.domain.EditionDetails;
import pl.wspolnie.budget.domain.Phase;
import pl.wspolnie.budget.domain.PhaseDates;

import java.time.LocalDate;
import java.util.List;

/**
 * The edition's form: JST and year, the last reported expenditure with its source, the
 * rules of the resolution and the dates of the six phases.
 */
@Getter
@Setter
public class EditionForm {

    @NotNull
    private Long jstId;

    @NotNull
    @Min(2000)
    @Max(9999)
    private Integer year;

    @NotBlank
    @Size(max = 300, message = "{budget.field.tooLong}")
    private String title;

    @NotBlank
    private String expenditure;

    @NotBlank
    @Size(max = 500, message = "{budget.field.tooLong}")
    private String expenditureSource;

    @NotNull
    @Min(0)
    @Max(18)
    private Integer minAge;

    @NotNull
    @Min(1)
    @Max(50)
    private Integer choicesPerPool;

    @NotNull
    @Min(0)
    @Max(1000000)
    private Integer minVotes;

    private boolean severalAreas;

    @NotNull
    @Min(0)
    @Max(365)
    private Integer challengeDays = EditionDetails.DEFAULT_CHALLENGE_DAYS;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate submissionFrom;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate submissionTo;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviewFrom;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviewTo;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate appealsFrom;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate appealsTo;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate votingFrom;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate votingTo;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate resultsFrom;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate resultsTo;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate implementationFrom;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate implementationTo;

    static EditionForm of(Edition e) {
        EditionForm f = new EditionForm();
        f.jstId = e.getJstId();
        f.year = e.getYear();
        f.title = e.getTitle();
        f.expenditure = Amounts.plain(e.getExpenditure());
        f.expenditureSource = e.getExpenditureSource();
        f.minAge = e.getMinAge();
        f.choicesPerPool = e.getChoicesPerPool();
        f.minVotes = e.getMinVotes();
        f.severalAreas = e.isSeveralAreas();
        f.challengeDays = e.getChallengeDays();
        for (PhaseDates p : e.timeline()) {
            f.set(p.phase(), p.from(), p.to());
        }
        return f;
    }

    /** The details; the expenditure is parsed here (a RuleViolation on its field). */
    EditionDetails details() {
        return new EditionDetails(jstId, year, title.strip(), Amounts.parse(expenditure, "expenditure"),
                expenditureSource.strip(), minAge, choicesPerPool, minVotes, severalAreas, timeline(), challengeDays);
    }

    List<PhaseDates> timeline() {
        return List.of(new PhaseDates(Phase.SUBMISSION, submissionFrom, submissionTo),
                new PhaseDates(Phase.REVIEW, reviewFrom, reviewTo),
                new PhaseDates(Phase.APPEALS, appealsFrom, appealsTo),
                new PhaseDates(Phase.VOTING, votingFrom, votingTo),
                new PhaseDates(Phase.RESULTS, resultsFrom, resultsTo),
                new PhaseDates(Phase.IMPLEMENTATION, implementationFrom, implementationTo));
    }

    void set(Phase phase, LocalDate from, LocalDate to) {
        switch (phase) {
            case SUBMISSION -> {
                submissionFrom = from;
                submissionTo = to;
            }
            case REVIEW -> {
                reviewFrom = from;
                reviewTo = to;
            }
            case APPEALS -> {
                appealsFrom = from;
                appealsTo = to;
            }
            case VOTING -> {
                votingFrom = from;
                votingTo = to;
            }
            case RESULTS -> {
                resultsFrom = from;
                resultsTo = to;
            }
            case IMPLEMENTATION -> {
                implementationFrom = from;
                implementationTo = to;
            }
        }
    }

    /** The phases' names for the form's fieldsets, in order. */
    public List<Phase> getPhases() {
        return List.of(Phase.values());
    }

}
