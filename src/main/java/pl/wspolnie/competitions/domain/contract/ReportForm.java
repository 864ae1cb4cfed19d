package pl.wspolnie.competitions.domain.contract;

import lombok.Getter;
import lombok.Setter;

import pl.wspolnie.competitions.domain.OtherSourcesForm;
import pl.wspolnie.competitions.domain.offer.OfferContent;
import pl.wspolnie.competitions.domain.offer.OfferForm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the offeror types in a report (structure of the 2018 report form, annex 5 of Dz.U.
 * 2018 poz. 2057): part I — the results achieved (a description and the values, aligned
 * with the offer's expected results) and the actions carried out; part II — costs
 * incurred per cost line of the contract (aligned with its lines), the sources of funds
 * other than the grant ({@link OtherSourcesForm}) and other income of the task; part III
 * — additional information. Money and quantities as typed text.
 */
@Getter
@Setter
public class ReportForm extends OtherSourcesForm {

    @Size(max = OfferForm.TEXT, message = "{competitions.field.tooLong}")
    private String resultsDescription = "";

    @Size(max = OfferForm.TEXT, message = "{competitions.field.tooLong}")
    private String actions = "";

    @Size(max = OfferForm.TEXT, message = "{competitions.field.tooLong}")
    private String otherIncome = "";

    @Size(max = OfferForm.TEXT, message = "{competitions.field.tooLong}")
    private String additionalInfo = "";

    @Valid
    private List<ResultRow> results = new ArrayList<>();

    @Valid
    private List<CostRow> costs = new ArrayList<>();

    @Valid
    private List<DocumentRow> documents = new ArrayList<>();

    /**
     * An accounting document of the financial part (zestawienie dokumentów księgowych):
     * its number, date, issuer, the cost line (its number in the contract's cost table),
     * the amount and of which from the grant, money as typed text. A row left wholly
     * empty is no document.
     */
    @Getter
    @Setter
    public static class DocumentRow {

        @Size(max = 60, message = "{competitions.field.tooLong}")
        private String number = "";

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate issuedOn;

        @Size(max = 200, message = "{competitions.field.tooLong}")
        private String issuer = "";

        private Integer line;

        @Size(max = 40, message = "{competitions.field.tooLong}")
        private String amount = "";

        @Size(max = 40, message = "{competitions.field.tooLong}")
        private String fromGrant = "";

        /** Nothing typed in the row. */
        public boolean empty() {
            return blank(number) && issuedOn == null && blank(issuer) && line == null && blank(amount)
                    && blank(fromGrant);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

    }

    @Getter
    @Setter
    public static class ResultRow {

        @Size(max = 40, message = "{competitions.field.tooLong}")
        private String achieved = "";

    }

    @Getter
    @Setter
    public static class CostRow {

        @Size(max = 40, message = "{competitions.field.tooLong}")
        private String incurred = "";

        @Size(max = 40, message = "{competitions.field.tooLong}")
        private String fromGrant = "";

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate spentOn;

    }

    /** One row per expected result and per cost line of the contract's version. */
    public ReportForm alignedWith(OfferContent planned) {
        while (results.size() < planned.results().size()) {
            results.add(new ResultRow());
        }
        results = new ArrayList<>(results.subList(0, planned.results().size()));
        while (costs.size() < planned.costLines().size()) {
            costs.add(new CostRow());
        }
        costs = new ArrayList<>(costs.subList(0, planned.costLines().size()));
        return this;
    }

    /** One more empty document row (the form's "add a document" button). */
    public ReportForm addDocument() {
        documents.add(new DocumentRow());
        return this;
    }

    /**
     * Without the document row at this index (the row's "remove" button); an index out of
     * range changes nothing.
     */
    public ReportForm removeDocument(int index) {
        if (index >= 0 && index < documents.size()) {
            documents.remove(index);
        }
        return this;
    }

    /** Without the rows left wholly empty (what is stored). */
    public ReportForm withoutEmptyDocuments() {
        documents.removeIf(DocumentRow::empty);
        return this;
    }

    public void setDocuments(List<DocumentRow> v) {
        documents = v == null ? new ArrayList<>() : v;
    }

}
