package pl.wspolnie.diagnosis.domain;

/**
 * Who answers a survey: representatives of NGOs (one answer an organisation), residents
 * (any person with an account) or the JST's officials.
 */
public enum Audience {

    NGO, RESIDENT, OFFICIAL

}
