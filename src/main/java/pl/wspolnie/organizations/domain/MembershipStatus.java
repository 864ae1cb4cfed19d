package pl.wspolnie.organizations.domain;

/**
 * A request to represent an organisation waits (PENDING), is confirmed (ACTIVE) or
 * refused (REJECTED).
 */
public enum MembershipStatus {

    PENDING, ACTIVE, REJECTED;

    boolean isOpen() {
        return this != REJECTED;
    }

}
