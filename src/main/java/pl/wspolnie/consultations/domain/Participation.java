package pl.wspolnie.consultations.domain;

/**
 * Who may remark: NGOS — representatives of organisations only (on behalf of one they
 * represent or their own); RESIDENTS — any logged-in person, on their own behalf;
 * EVERYONE — any logged-in person, on their own behalf or on behalf of an organisation
 * they represent.
 */
public enum Participation {

    NGOS, RESIDENTS, EVERYONE

}
