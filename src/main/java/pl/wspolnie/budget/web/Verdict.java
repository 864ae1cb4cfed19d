package pl.wspolnie.budget.web;

/**
 * A yes/no choice of a review form: positive or negative result, appeal upheld or
 * dismissed (each form labels the two with its own messages).
 */
public enum Verdict {

    YES, NO;

    Boolean value() {
        return this == YES;
    }

    static Verdict of(Boolean value) {
        return value == null ? null : value ? YES : NO;
    }

}
