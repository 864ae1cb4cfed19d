package pl.wspolnie.competitions.domain.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import pl.wspolnie.competitions.domain.offer.OfferContent;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The terms of one version of a contract that an annex may change, as stored (canonical
 * JSON): the task's period, the grant, and the offer's content with its cost table and
 * expected results as annexed.
 */
public record AnnexedTerms(String periodFrom, String periodTo, String grant, OfferContent content) {

    @JsonIgnore
    public LocalDate from() {
        return LocalDate.parse(periodFrom);
    }

    @JsonIgnore
    public LocalDate to() {
        return LocalDate.parse(periodTo);
    }

    @JsonIgnore
    public BigDecimal grantAmount() {
        return new BigDecimal(grant);
    }

}
