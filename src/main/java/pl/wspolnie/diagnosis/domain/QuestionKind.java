package pl.wspolnie.diagnosis.domain;

/** The types of a survey question. */
public enum QuestionKind {

    SINGLE, MULTIPLE, SCALE, NUMBER, SHORT_TEXT, LONG_TEXT;

    public static final int SCALE_MAX = 5;

    public static final int SHORT_TEXT_MAX = 300;

    public static final int LONG_TEXT_MAX = 4000;

    /** Whether the question has a list of options. */
    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE;
    }

    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }

}
