package pl.wspolnie.centre.domain;

/** Typed questions of an application form. */
public enum QuestionKind {

    TEXT, LONG_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

}
