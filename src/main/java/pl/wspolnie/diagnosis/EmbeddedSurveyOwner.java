package pl.wspolnie.diagnosis;

/**
 * Implemented by a module that owns embedded surveys (see {@link EmbeddedSurveys}): it
 * says who may edit the questions of the survey of one of its records, and where that
 * record's page is. The diagnosis builder asks it instead of the JST's roles. An owner
 * whose surveys are answered by logged-in accounts (once an account) rather than by
 * single-use codes also says who may answer, and when.
 */
public interface EmbeddedSurveyOwner {

    /**
     * Where the current person stands towards answering the record's survey now: the
     * owner's dates and audience, not the survey's.
     */
    enum Gate {

        OPEN, NOT_OPEN_YET, ENDED, NOT_IN_AUDIENCE

    }

    /** The prefix of this owner's references: "contract" answers "contract:12". */
    String kind();

    /** Whether the current person may edit the questions of the record's survey. */
    boolean mayEdit(String ownerRef);

    /** The path of the record's page (the builder's "back" link). */
    String pagePath(String ownerRef);

    /**
     * Whether logged-in accounts answer this owner's surveys on the engine's answer page
     * (once an account); false: only through single-use codes.
     */
    default boolean answeredByAccounts() {
        return false;
    }

    /**
     * The current person's gate to answer the record's survey now (asked only when
     * {@link #answeredByAccounts()}).
     */
    default Gate gate(String ownerRef) {
        return Gate.NOT_IN_AUDIENCE;
    }

    /**
     * Why the questions of the record's survey may not change now (a message key), or
     * null; asked before every change besides the engine's own rule (frozen once
     * answered).
     */
    default String editRefusal(String ownerRef) {
        return null;
    }

}
