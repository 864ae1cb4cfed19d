package pl.wspolnie.competitions.domain.contract;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import pl.wspolnie.competitions.domain.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the official types to record a contract. Money as typed text (parsed with
 * {@link Money}).
 */
@Getter
@Setter
public class ContractForm {

    public static final int TRANCHE_ROWS = 4;

    /** Rows of partial-report periods on the form. */
    public static final int PARTIAL_ROWS = 3;

    @Size(max = 100, message = "{competitions.field.tooLong}")
    private String number = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn;

    @Size(max = 60, message = "{competitions.field.tooLong}")
    private String bankAccount = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodTo;

    @Size(max = 500, message = "{competitions.field.tooLong}")
    private String principalRepresentatives = "";

    @Size(max = 500, message = "{competitions.field.tooLong}")
    private String contractorRepresentatives = "";

    @Valid
    private List<TrancheRow> tranches = new ArrayList<>();

    private List<PartialRow> partialReports = new ArrayList<>();

    /**
     * A period a partial report covers and the day it is due (all three, or the row left
     * empty).
     */
    @Getter
    @Setter
    public static class PartialRow {

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate periodFrom;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate periodTo;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueOn;

        boolean empty() {
            return periodFrom == null && periodTo == null && dueOn == null;
        }

    }

    public void setPartialReports(List<PartialRow> v) {
        partialReports = v == null ? new ArrayList<>() : v;
    }

    @Getter
    @Setter
    public static class TrancheRow {

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueOn;

        @Size(max = 40, message = "{competitions.field.tooLong}")
        private String amount = "";

        boolean isBlank() {
            return dueOn == null && (amount == null || amount.isBlank());
        }

    }

    /** Fills up to {@link #TRANCHE_ROWS} rows for the form. */
    public ContractForm withBlankRows() {
        while (tranches.size() < TRANCHE_ROWS) {
            tranches.add(new TrancheRow());
        }
        while (partialReports.size() < PARTIAL_ROWS) {
            partialReports.add(new PartialRow());
        }
        return this;
    }

    /** Anchor for the tranche-sum error (no input of its own). */
    public String getTrancheSum() {
        return "";
    }

}
