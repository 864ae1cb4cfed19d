package pl.wspolnie.centre.domain;

/** Audience groups of trainings, also the groups participants are counted by. */
public enum Audience {

    NGO_LEADER, BOARD_MEMBER, NGO_STAFF, VOLUNTEER, OFFICIAL, COUNCILLOR, VILLAGE_HEAD

}
