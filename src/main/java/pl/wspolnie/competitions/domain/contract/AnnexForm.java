package pl.wspolnie.competitions.domain.contract;

import lombok.Getter;
import lombok.Setter;

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
@Getter
@Setter
public class AnnexForm {

    /** A cost line's amounts as typed. */
    @Getter
    @Setter
    public static class Line {

        @Size(max = 40, message = "{competitions.field.tooLong}")
        private String total = "";

        @Size(max = 40, message = "{competitions.field.tooLong}")
        private String fromGrant = "";

    }

    /** An expected result's target as typed. */
    @Getter
    @Setter
    public static class Result {

        @Size(max = 500, message = "{competitions.field.tooLong}")
        private String target = "";

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

}
