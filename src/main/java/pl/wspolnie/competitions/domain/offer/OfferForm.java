package pl.wspolnie.competitions.domain.offer;

import lombok.Getter;
import lombok.Setter;

import pl.wspolnie.competitions.domain.OtherSourcesForm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Set;

/**
 * The offer on the structure of the 2018 standard form (Dz.U. 2018 poz. 2057, annex 1),
 * as typed: money as text so that whatever was typed is kept and shown again with its
 * error. Saved as the draft (JSON of this object); {@link OfferRules} parses and checks
 * it against the competition's rules and computes every total.
 */
@Getter
@Setter
public class OfferForm extends OtherSourcesForm {

    public static final int TEXT = 10_000;

    // I. Basic information
    private Long taskId;

    @Size(max = 300, message = "{competitions.field.tooLong}")
    private String title = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodTo;

    // II. Offerors: the lead organisation is fixed at creation; co-offerors by their
    // numbers in the directory.
    @Size(max = 200, message = "{competitions.field.tooLong}")
    private String coOfferors = "";

    @Size(max = 300, message = "{competitions.field.tooLong}")
    private String contactPerson = "";

    // III. Task description
    @Size(max = TEXT, message = "{competitions.field.tooLong}")
    private String summary = "";

    @Valid
    private List<ActionRow> actions = new ArrayList<>();

    @Valid
    private List<ResultRow> results = new ArrayList<>();

    // IV. Offeror characteristics
    @Size(max = TEXT, message = "{competitions.field.tooLong}")
    private String experience = "";

    @Size(max = TEXT, message = "{competitions.field.tooLong}")
    private String resources = "";

    // V.A cost table
    @Valid
    private List<CostRow> costLines = new ArrayList<>();

    // V.B sources other than the grant (the grant is the sum of the cost lines' grant
    // column): in OtherSourcesForm
    // V.C split among joint offerors: the amount each offeror contributes of the total
    // (aligned with offerors)
    @Valid
    private List<SplitRow> split = new ArrayList<>();

    // VI. Other information
    @Size(max = TEXT, message = "{competitions.field.tooLong}")
    private String otherInfo = "";

    // VII. Statements
    private boolean statementNoProfit;

    private boolean statementNoArrears;

    private boolean statementDataTrue;

    @Getter
    @Setter
    public static class ActionRow {

        @Size(max = 300, message = "{competitions.field.tooLong}")
        private String name = "";

        @Size(max = 2000, message = "{competitions.field.tooLong}")
        private String description = "";

        @Size(max = 300, message = "{competitions.field.tooLong}")
        private String recipients = "";

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate from;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate to;

        boolean isBlank() {
            return blank(name) && blank(description) && blank(recipients) && from == null && to == null;
        }

    }

    @Getter
    @Setter
    public static class ResultRow {

        @Size(max = 300, message = "{competitions.field.tooLong}")
        private String name = "";

        @Size(max = 100, message = "{competitions.field.tooLong}")
        private String target = "";

        @Size(max = 300, message = "{competitions.field.tooLong}")
        private String measure = "";

        boolean isBlank() {
            return blank(name) && blank(target) && blank(measure);
        }

    }

    @Getter
    @Setter
    public static class CostRow {

        @Size(max = 300, message = "{competitions.field.tooLong}")
        private String action = "";

        @Size(max = 300, message = "{competitions.field.tooLong}")
        private String type = "";

        @Size(max = 50, message = "{competitions.field.tooLong}")
        private String unit = "";

        @Size(max = 40, message = "{competitions.field.tooLong}")
        private String unitCost = "";

        @Size(max = 40, message = "{competitions.field.tooLong}")
        private String units = "";

        @Size(max = 40, message = "{competitions.field.tooLong}")
        private String fromGrant = "";

        private boolean administrative;

        // The calendar year of the cost, for a task of more than one year (V.A's columns
        // per year); null otherwise.
        private Integer year;

        boolean isBlank() {
            return blank(action) && blank(type) && blank(unit) && blank(unitCost) && blank(units) && blank(fromGrant);
        }

    }

    @Getter
    @Setter
    public static class SplitRow {

        private Long organizationId;

        @Size(max = 40, message = "{competitions.field.tooLong}")
        private String amount = "";

    }

    /**
     * Empty rows at the end of each table so more can be added without a script; blank
     * rows are dropped first.
     */
    public OfferForm withBlankRows() {
        actions.removeIf(ActionRow::isBlank);
        results.removeIf(ResultRow::isBlank);
        costLines.removeIf(CostRow::isBlank);
        for (int i = actions.isEmpty() ? 3 : 1; i > 0; i--) {
            actions.add(new ActionRow());
        }
        for (int i = results.isEmpty() ? 2 : 1; i > 0; i--) {
            results.add(new ResultRow());
        }
        for (int i = costLines.isEmpty() ? 4 : 2; i > 0; i--) {
            costLines.add(new CostRow());
        }
        return this;
    }

    /**
     * This (the saved form) with the sections a call for corrections unlocked taken from
     * what was posted: whatever a crafted request sends for a locked section is ignored.
     */
    public OfferForm withUnlocked(OfferForm posted, Set<OfferSection> unlocked) {
        for (OfferSection section : unlocked) {
            switch (section) {
                case I -> {
                    taskId = posted.taskId;
                    title = posted.title;
                    periodFrom = posted.periodFrom;
                    periodTo = posted.periodTo;
                }
                case II -> {
                    coOfferors = posted.coOfferors;
                    contactPerson = posted.contactPerson;
                }
                case III -> {
                    summary = posted.summary;
                    actions = posted.actions;
                    results = posted.results;
                }
                case IV -> {
                    experience = posted.experience;
                    resources = posted.resources;
                }
                case V -> {
                    costLines = posted.costLines;
                    copyOtherSourcesFrom(posted);
                    split = posted.split;
                }
                case VI -> otherInfo = posted.otherInfo;
                case VII -> {
                    statementNoProfit = posted.statementNoProfit;
                    statementNoArrears = posted.statementNoArrears;
                    statementDataTrue = posted.statementDataTrue;
                }
            }
        }
        return this;
    }

    // Computed values have no input; rules about them are reported on these (read-only)
    // names.
    @JsonIgnore
    public String getRequestedGrant() {
        return "";
    }

    @JsonIgnore
    public String getOwnContribution() {
        return "";
    }

    @JsonIgnore
    public String getAdministrativeCosts() {
        return "";
    }

    @JsonIgnore
    public String getSources() {
        return "";
    }

    @JsonIgnore
    public String getStatements() {
        return "";
    }

    /**
     * Gives each non-blank cost line without a year {@code firstYear} (for a task of more
     * than one calendar year, a line without a year belongs to the task's first year, and
     * the form shows it so).
     */
    void defaultCostLineYears(int firstYear) {
        for (CostRow r : costLines) {
            if (!r.isBlank() && r.getYear() == null) {
                r.setYear(firstYear);
            }
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
