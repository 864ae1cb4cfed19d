package pl.wspolnie.initiatives.web;

import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;
import pl.wspolnie.initiatives.domain.InitiativeSettings;
import pl.wspolnie.initiatives.domain.Intake;
import pl.wspolnie.initiatives.domain.SettingsDetails;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The official's form of the council resolution's settings: a fixed number of criterion
 * rows (the first is the residents' contribution) and of round rows; blank rows are left
 * out.
 */
@Getter
@Setter
public class SettingsForm {

    private String resolution = "";

    private Integer minGroupSize;

    private Intake intake = Intake.ALL_YEAR;

    private List<CriterionRow> criteria = new ArrayList<>();

    private List<RoundRow> rounds = new ArrayList<>();

    /** A criterion as typed. */
    @Getter
    @Setter
    public static class CriterionRow {

        private String name = "";

        private Integer weight;

        private Integer maxPoints;

        public CriterionRow() {
        }

        CriterionRow(String name, Integer weight, Integer maxPoints) {
            this.name = name;
            this.weight = weight;
            this.maxPoints = maxPoints;
        }

    }

    /** A round as typed. */
    @Getter
    @Setter
    public static class RoundRow {

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate opensOn;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate closesOn;

        public RoundRow() {
        }

        RoundRow(LocalDate opensOn, LocalDate closesOn) {
            this.opensOn = opensOn;
            this.closesOn = closesOn;
        }

    }

    /**
     * The form of the stored settings, or the suggested first settings (the contribution
     * criterion, purposefulness and feasibility).
     */
    static SettingsForm of(InitiativeSettings settings, String contribution, String purpose, String feasibility) {
        SettingsForm form = new SettingsForm();
        if (settings == null) {
            form.minGroupSize = 3;
            form.criteria.add(new CriterionRow(contribution, 40, 10));
            form.criteria.add(new CriterionRow(purpose, 30, 10));
            form.criteria.add(new CriterionRow(feasibility, 30, 10));
        }
        else {
            SettingsDetails d = settings.details();
            form.resolution = d.resolution();
            form.minGroupSize = d.minGroupSize();
            form.intake = d.intake();
            d.criteria().forEach(c -> form.criteria.add(new CriterionRow(c.name(), c.weight(), c.maxPoints())));
            d.rounds().forEach(r -> form.rounds.add(new RoundRow(r.opensOn(), r.closesOn())));
        }
        form.padRows();
        return form;
    }

    /** Blank rows up to the most the form offers, so the official can add some. */
    void padRows() {
        while (criteria.size() < InitiativeSettings.MAX_CRITERIA) {
            criteria.add(new CriterionRow());
        }
        while (rounds.size() < InitiativeSettings.MAX_ROUNDS) {
            rounds.add(new RoundRow());
        }
    }

    SettingsDetails details() {
        return new SettingsDetails(resolution, minGroupSize, intake,
                criteria.stream()
                    .limit(InitiativeSettings.MAX_CRITERIA)
                    .map(c -> new SettingsDetails.CriterionInput(c.name, c.weight, c.maxPoints))
                    .toList(),
                rounds.stream()
                    .limit(InitiativeSettings.MAX_ROUNDS)
                    .map(r -> new SettingsDetails.RoundInput(r.opensOn, r.closesOn))
                    .toList());
    }

}
