package pl.wspolnie.initiatives.domain;

/** When a JST takes applications, as its council's resolution says. */
public enum Intake {

    /** At any time of the year. */
    ALL_YEAR,
    /** Only within the rounds the resolution sets. */
    ROUNDS

}
