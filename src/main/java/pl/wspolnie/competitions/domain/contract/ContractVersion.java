package pl.wspolnie.competitions.domain.contract;

import pl.wspolnie.competitions.domain.offer.OfferContent;

import java.time.Instant;

/**
 * One version of a contract: 1 is the contract as signed (with the offer's version it
 * names), N + 1 the contract as annex N made it; in force from its signing or its
 * acceptance.
 *
 * @param annex the annex that made this version, null for the signed contract
 */
public record ContractVersion(int number, AnnexedTerms terms, Instant inForceFrom, ContractAnnex annex) {

    public OfferContent content() {
        return terms.content();
    }

    /**
     * The contract with this version's period and grant, for the checks of a report
     * ({@link ReportRules}); a copy that is never stored.
     */
    public Contract applyTo(Contract signed) {
        if (annex == null) {
            return signed;
        }
        return new Contract(signed.getOfferId(), signed.getCompetitionId(), signed.auditJstId(), signed.getNumber(),
                signed.getSignedOn(), signed.getBankAccount(), terms.from(), terms.to(), terms.grantAmount(),
                signed.getVersionNumber(), signed.getTranches(), 0, inForceFrom);
    }

}
