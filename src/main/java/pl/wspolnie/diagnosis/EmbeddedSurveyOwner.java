package pl.wspolnie.diagnosis;

/**
 * Implemented by a module that owns embedded surveys (see {@link EmbeddedSurveys}): it
 * says who may edit the questions of the survey of one of its records, and where that
 * record's page is. The diagnosis builder asks it instead of the JST's roles.
 */
public interface EmbeddedSurveyOwner {

    /** The prefix of this owner's references: "contract" answers "contract:12". */
    String kind();

    /** Whether the current person may edit the questions of the record's survey. */
    boolean mayEdit(String ownerRef);

    /** The path of the record's page (the builder's "back" link). */
    String pagePath(String ownerRef);

}
