package pl.wspolnie.centre.domain;

/**
 * A request of a resource that requires confirmation is PENDING (it already holds the
 * time) until staff confirm or decline it; on other resources it is CONFIRMED at once.
 * PENDING and CONFIRMED hold the time (the database refuses an overlap); DECLINED,
 * CANCELLED and EXPIRED (pending when its start came) free it.
 */
public enum BookingStatus {

    PENDING, CONFIRMED, DECLINED, CANCELLED, EXPIRED;

    public boolean holdsTime() {
        return this == PENDING || this == CONFIRMED;
    }

}
