package pl.wspolnie.competitions.domain.offer;

public enum OfferStatus {

    DRAFT, SUBMITTED, WITHDRAWN,
    /** A call for corrections unlocked some sections until the correction deadline. */
    CORRECTION,
    /**
     * After a decision awarding less than requested: sections III and V open for the
     * updated cost table and schedule.
     */
    BUDGET_UPDATE

}
