package pl.wspolnie.shared.database;

import java.sql.SQLException;

/**
 * PostgreSQL's answers that a rule of the domain relies on (a unique key or an exclusion
 * constraint that keeps two bookings of one room apart), found anywhere in the cause
 * chain of a Spring or JPA exception.
 */
public final class SqlStates {

    /**
     * unique_violation: the row exists already (two requests at once for the same thing).
     */
    public static final String UNIQUE_VIOLATION = "23505";

    /** exclusion_violation: an exclusion constraint refused an overlapping range. */
    public static final String EXCLUSION_VIOLATION = "23P01";

    private SqlStates() {
    }

    /**
     * True when PostgreSQL answered with {@code sqlState} somewhere in the causes of
     * {@code e}.
     */
    public static boolean causedBy(Throwable e, String sqlState) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

}
