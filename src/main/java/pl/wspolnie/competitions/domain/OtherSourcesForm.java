package pl.wspolnie.competitions.domain;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.Size;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The sources of funds other than the grant, as typed (section V.B of the 2018 offer form
 * and of the report form): the offeror's own financial, personal and in-kind
 * contributions and the recipients' payments. The one home of these four fields and of
 * how they are read; the offer and the report forms extend it.
 */
@Getter
@Setter
public abstract class OtherSourcesForm {

    @Size(max = 40, message = "{competitions.field.tooLong}")
    private String ownFinancial = "";

    @Size(max = 40, message = "{competitions.field.tooLong}")
    private String ownPersonal = "";

    @Size(max = 40, message = "{competitions.field.tooLong}")
    private String ownInKind = "";

    @Size(max = 40, message = "{competitions.field.tooLong}")
    private String recipientPayments = "";

    /**
     * The four amounts read (an empty one is 0); each unreadable one a problem on its
     * field, read as 0.
     */
    public OtherSources readOtherSources(List<RuleViolation> problems) {
        return new OtherSources(read(ownFinancial, "ownFinancial", problems),
                read(ownPersonal, "ownPersonal", problems), read(ownInKind, "ownInKind", problems),
                read(recipientPayments, "recipientPayments", problems));
    }

    private static BigDecimal read(String text, String field, List<RuleViolation> problems) {
        return Money.zeroIfNull(Money.parse(text, field, problems));
    }

    /** Copies the four amounts as typed from {@code other}. */
    protected void copyOtherSourcesFrom(OtherSourcesForm other) {
        ownFinancial = other.ownFinancial;
        ownPersonal = other.ownPersonal;
        ownInKind = other.ownInKind;
        recipientPayments = other.recipientPayments;
    }

}
