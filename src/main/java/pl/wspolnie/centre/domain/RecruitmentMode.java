package pl.wspolnie.centre.domain;

/**
 * FIRST_COME: accepted in order up to capacity, then a waiting list; SELECTION: the
 * organiser decides.
 */
public enum RecruitmentMode {

    FIRST_COME, SELECTION

}
