package pl.wspolnie.budget.domain;

/**
 * The phases of an edition, in the order of the timeline. {@link #field()} is the prefix
 * of the phase's dates in the edition form ("submissionFrom", "submissionTo").
 */
public enum Phase {

    SUBMISSION("submission"), REVIEW("review"), APPEALS("appeals"), VOTING("voting"), RESULTS("results"),
    IMPLEMENTATION("implementation");

    private final String field;

    Phase(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

}
