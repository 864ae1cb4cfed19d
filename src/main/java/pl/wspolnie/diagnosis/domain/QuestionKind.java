package pl.wspolnie.diagnosis.domain;

/** The types of a survey question. */
public enum QuestionKind {

    SINGLE, MULTIPLE, SCALE, NUMBER, SHORT_TEXT, LONG_TEXT,

    /** Statements (rows), each answered on the one 1–5 scale. */
    MATRIX,

    /** Options ranked 1..n, each rank used once, every option ranked. */
    RANK;

    public static final int SCALE_MAX = 5;

    public static final int SHORT_TEXT_MAX = 300;

    public static final int LONG_TEXT_MAX = 4000;

    /** Whether the question has a list of options. */
    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE;
    }

    /**
     * Whether the question has a list typed one a line: the options of a choice or of a
     * rank order, the statements (rows) of a matrix.
     */
    public boolean hasList() {
        return hasOptions() || this == MATRIX || this == RANK;
    }

    /** Whether the question uses the 1–5 scale with labels of its ends. */
    public boolean hasScale() {
        return this == SCALE || this == MATRIX;
    }

    /** Whether each item of the list gets its own value (a matrix row, a rank). */
    public boolean hasRows() {
        return this == MATRIX || this == RANK;
    }

    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }

}
