package pl.wspolnie.consultations.domain;

/** Forms of consultation used (formy konsultacji). */
public enum ParticipationForm {

    ELECTRONIC_REMARKS, OPEN_MEETINGS, SURVEY, PAPER

}
