package pl.wspolnie.budget.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * The age groups of the turnout: under 18, 18–24, 25–34, 35–44, 45–59, 60 and over, by
 * the age on the voting day. Only the group is stored with the voter record, never the
 * birth date.
 */
public enum AgeGroup {

    UNDER_18(0), FROM_18(18), FROM_25(25), FROM_35(35), FROM_45(45), FROM_60(60);

    private final int from;

    AgeGroup(int from) {
        this.from = from;
    }

    /** The group of a person born on the day, on the voting day. */
    public static AgeGroup of(LocalDate born, LocalDate day) {
        int age = Period.between(born, day).getYears();
        AgeGroup group = UNDER_18;
        for (AgeGroup g : values()) {
            if (age >= g.from) {
                group = g;
            }
        }
        return group;
    }

}
