package pl.wspolnie.subscriptions;

/** How often a person hears about one content type. */
public enum Frequency {

    IMMEDIATE, DAILY, WEEKLY, NONE

}
