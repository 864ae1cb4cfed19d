package pl.wspolnie.initiatives.domain;

/**
 * A line of an initiative's ledger: the residents' social work, goods or money as
 * delivered, or a purchase of the JST.
 */
public enum LedgerKind {

    SOCIAL_WORK, IN_KIND, CASH, JST_PURCHASE;

    /** True for the residents' contribution (recorded by the applicants too). */
    public boolean isContribution() {
        return this != JST_PURCHASE;
    }

}
