package pl.wspolnie.competitions.domain.review;

/**
 * Why a commission member takes no part in the evaluation of a competition (each shown
 * with the message {@code competitions.commission.exclusion.<name>}).
 */
public enum ExclusionGround {

    /**
     * Nominated by an organisation that submitted an offer in the competition (art. 15
     * ust. 2d of the Act).
     */
    NOMINATED_BY_OFFEROR,

    /**
     * Represents an organisation that submitted an offer: a relation that raises doubts
     * about impartiality (art. 15 ust. 2f of the Act with art. 24 KPA).
     */
    REPRESENTS_OFFEROR,

    /** The member declared a conflict of interest with an offeror (art. 15 ust. 2f). */
    DECLARED

}
