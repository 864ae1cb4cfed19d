package pl.wspolnie.centre.domain;

/** What an adviser advises on. */
public enum Specialty {

    LEGAL, ACCOUNTING, FUNDRAISING, OFFERS_AND_REPORTS, OTHER

}
