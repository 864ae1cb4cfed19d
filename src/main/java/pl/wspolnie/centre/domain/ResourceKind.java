package pl.wspolnie.centre.domain;

/**
 * A bookable thing: a room (with capacity and its fixed equipment) or a loose equipment
 * item (projector...).
 */
public enum ResourceKind {

    ROOM, EQUIPMENT

}
