package pl.wspolnie.competitions.domain;

import java.math.BigDecimal;

/**
 * The sources of funds other than the grant, read from an {@link OtherSourcesForm} (zł,
 * scale 2, never null).
 */
public record OtherSources(BigDecimal ownFinancial, BigDecimal ownPersonal, BigDecimal ownInKind,
        BigDecimal recipientPayments) {

    /** Their sum: the offeror's own contribution of V.B. */
    public BigDecimal total() {
        return ownFinancial.add(ownPersonal).add(ownInKind).add(recipientPayments);
    }

}
