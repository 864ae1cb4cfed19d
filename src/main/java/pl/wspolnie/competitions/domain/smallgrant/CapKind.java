package pl.wspolnie.competitions.domain.smallgrant;

/**
 * The limits of a small grant (art. 19a of the Act), each a dated setting
 * ({@link SmallGrantCap}).
 */
public enum CapKind {

    /** The grant for one task, in zł (ust. 1 pkt 1: 10 000 zł). */
    GRANT_PER_TASK,
    /** The task's period, in days (ust. 1 pkt 2: 90 days). */
    TASK_DAYS,
    /**
     * The grants one organisation may get from one JST in this mode in a calendar year,
     * in zł (20 000 zł).
     */
    PER_ORGANISATION_YEAR,
    /**
     * The share of the JST's yearly funds for public tasks carried out by NGOs that small
     * grants may use, in % (20 %).
     */
    SHARE_OF_FUNDS_PCT

}
