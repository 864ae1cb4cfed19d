package pl.wspolnie.competitions.domain.announcement;

/** Form of the task's commissioning (art. 5 ust. 4 pkt 2 of the Act). */
public enum CompetitionMode {

    /** wspieranie: the grant supports the task; an own contribution is required. */
    SUPPORTING,
    /** powierzanie: the grant funds the whole task. */
    ENTRUSTING

}
