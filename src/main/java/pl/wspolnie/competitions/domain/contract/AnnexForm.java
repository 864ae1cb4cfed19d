package pl.wspolnie.competitions.domain.contract;

import java.math.BigDecimal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import pl.wspolnie.competitions.domain.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a party types to propose an annex: the task's period, each cost line's total and
 * part from the grant (as text, kept as typed), each expected result's target, and the
 * justification. Prefilled with the version in force.
 */
public class AnnexForm {

    /** A cost line's amounts as typed. */
    public static class Line {

        @Size(max = 40, message = "{competitions.field.tooLong}")
        private String total = "";

        @Size(max = 40, message = "{competitions.field.tooLong}")
        private String fromGrant = "";

        public String getTotal() {
            return total;
        }

        public void setTotal(String v) {
            this.total = v;
        }

        public String getFromGrant() {
            return fromGrant;
        }

        public void setFromGrant(String v) {
            this.fromGrant = v;
        }

    }

    /** An expected result's target as typed. */
    public static class Result {

        @Size(max = 500, message = "{competitions.field.tooLong}")
        private String target = "";

        public String getTarget() {
            return target;
        }

        public void setTarget(String v) {
            this.target = v;
        }

    }

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodTo;

    @Valid
    private List<Line> lines = new ArrayList<>();

    @Valid
    private List<Result> results = new ArrayList<>();

    @Size(max = 5000, message = "{competitions.field.tooLong}")
    private String justification = "";

    /** The form filled with the terms of the version in force. */
    public static AnnexForm of(AnnexedTerms t) {
        AnnexForm f = new AnnexForm();
        f.periodFrom = t.from();
        f.periodTo = t.to();
        t.content().costLines().forEach(c -> {
            Line l = new Line();
            l.total = Money.plain(new BigDecimal(c.total())).replace('.', ',');
            l.fromGrant = Money.plain(new BigDecimal(c.fromGrant())).replace('.', ',');
            f.lines.add(l);
        });
        t.content().results().forEach(r -> {
            Result x = new Result();
            x.target = r.target();
            f.results.add(x);
        });
        return f;
    }

    /**
     * One row for each line and result of the version (a crafted form may send fewer).
     */
    AnnexForm alignedWith(AnnexedTerms t) {
        while (lines.size() < t.content().costLines().size()) {
            lines.add(new Line());
        }
        while (results.size() < t.content().results().size()) {
            results.add(new Result());
        }
        return this;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate v) {
        this.periodFrom = v;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate v) {
        this.periodTo = v;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> v) {
        this.lines = v;
    }

    public List<Result> getResults() {
        return results;
    }

    public void setResults(List<Result> v) {
        this.results = v;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String v) {
        this.justification = v;
    }

}
