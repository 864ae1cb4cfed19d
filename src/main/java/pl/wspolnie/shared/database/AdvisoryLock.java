package pl.wspolnie.shared.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * A PostgreSQL session-level advisory lock shared by every instance on one database: work
 * that must happen once (seeding an empty database) runs under it, and an instance that
 * starts at the same time waits for the first one instead of doing the work again. The
 * lock lives on its own connection, held only while the action runs; if the instance
 * dies, PostgreSQL drops the connection and the lock with it.
 */
public final class AdvisoryLock {

    private static final Logger log = LoggerFactory.getLogger(AdvisoryLock.class);

    private final DataSource dataSource;

    private final long key;

    private final String name;

    /**
     * @param key the lock's number, the same in every instance; @param name what it
     * guards, for the log
     */
    public AdvisoryLock(DataSource dataSource, long key, String name) {
        this.dataSource = dataSource;
        this.key = key;
        this.name = name;
    }

    /** Runs the action holding the lock, waiting as long as another instance holds it. */
    public <T> T call(Supplier<T> action) {
        try (Connection lockConnection = dataSource.getConnection()) {
            if (!tryLock(lockConnection)) {
                log.info("Waiting for another instance to finish: {}", name);
                execute(lockConnection, "select pg_advisory_lock(?)");
            }
            try {
                return action.get();
            }
            finally {
                execute(lockConnection, "select pg_advisory_unlock(?)");
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot take the database lock for " + name, e);
        }
    }

    private boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select pg_try_advisory_lock(?)")) {
            st.setLong(1, key);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, key);
            st.executeQuery().close();
        }
    }

}
