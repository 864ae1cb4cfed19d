package pl.wspolnie.consultations.domain;

/**
 * The body's decision on a remark: accepted, partly accepted, rejected, not in the scope
 * of the draft.
 */
public enum Decision {

    ACCEPTED, PARTLY, REJECTED, OUT_OF_SCOPE;

    /** A decision that may change the draft's text. */
    public boolean changesDraft() {
        return this == ACCEPTED || this == PARTLY;
    }

}
