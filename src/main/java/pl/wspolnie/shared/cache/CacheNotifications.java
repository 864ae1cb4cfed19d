package pl.wspolnie.shared.cache;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Cache evictions between the instances that share one PostgreSQL database:
 * {@link #publish} sends {@code NOTIFY wspolnie_cache, '<cache>[:key]'} on a dedicated
 * connection (autocommit, so it is delivered at once), and one listener thread per
 * instance waits on another dedicated connection ({@code LISTEN wspolnie_cache},
 * {@link PGConnection#getNotifications(int)}) and evicts locally what other instances
 * announce. After the connection is lost (a database restart) it reconnects every second
 * and then drops every cache of this instance, since notifications sent meanwhile were
 * missed. Stops on shutdown.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CacheNotifications implements SmartLifecycle {

    public static final String CHANNEL = "wspolnie_cache";

    private static final Logger log = LoggerFactory.getLogger(CacheNotifications.class);
    static final int POLL_MILLIS = 250;

    private static final long VALIDATE_NANOS = 5_000_000_000L;

    private static final long RETRY_MILLIS = 1_000;

    private final DataSource dataSource;

    private volatile Consumer<String> onNotification = payload -> {
    };

    private volatile Runnable onReconnect = () -> {
    };

    private final Object publishLock = new Object();

    private Connection publisher;

    private volatile int publisherPid;

    private volatile boolean running;

    private volatile boolean listening;

    private Thread listener;

    void onNotification(Consumer<String> onNotification, Runnable onReconnect) {
        this.onNotification = onNotification;
        this.onReconnect = onReconnect;
    }

    /**
     * Sends the payloads to every instance (this one ignores its own). A failure is
     * logged: entries expire anyway.
     */
    void publish(Collection<String> payloads) {
        if (payloads.isEmpty()) {
            return;
        }
        synchronized (publishLock) {
            for (int attempt = 1; attempt <= 2; attempt++) {
                try {
                    if (publisher == null || publisher.isClosed()) {
                        publisher = connect("wspolnie-cache-notify");
                        publisherPid = pid(publisher);
                    }
                    try (PreparedStatement notify = publisher.prepareStatement("select pg_notify(?, ?)")) {
                        for (String payload : payloads) {
                            notify.setString(1, CHANNEL);
                            notify.setString(2, payload);
                            notify.execute();
                        }
                    }
                    return;
                }
                catch (SQLException e) {
                    closeQuietly(publisher);
                    publisher = null;
                    if (attempt == 2) {
                        log.warn("Cache evictions {} not sent to the other instances (they expire there): {}", payloads,
                                e.getMessage());
                    }
                }
            }
        }
    }

    /** Whether the listener is connected and listening (tests wait for it). */
    public boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "cache-evictions-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(POLL_MILLIS * 8L);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (publishLock) {
            closeQuietly(publisher);
            publisher = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean connectedBefore = false;
        while (running) {
            try (Connection connection = connect("wspolnie-cache-listen")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                if (connectedBefore) {
                    log.info(
                            "Cache listener reconnected: dropping this instance's caches (evictions may have been missed)");
                }
                // what was cached before this LISTEN may have missed an eviction (also at
                // the first start, when the listener comes up after the first requests)
                onReconnect.run();
                connectedBefore = true;
                listening = true;
                long validated = System.nanoTime();
                while (running) {
                    PGNotification[] received = pg.getNotifications(POLL_MILLIS);
                    if (received != null) {
                        for (PGNotification n : received) {
                            if (n.getPID() != publisherPid) {
                                onNotification.accept(n.getParameter());
                            }
                        }
                    }
                    if (System.nanoTime() - validated > VALIDATE_NANOS) {
                        if (!connection.isValid(2)) {
                            throw new SQLException("connection to the database lost");
                        }
                        validated = System.nanoTime();
                    }
                }
            }
            catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    log.warn("Cache listener lost its database connection, retrying in {} ms: {}", RETRY_MILLIS,
                            e.getMessage());
                    try {
                        Thread.sleep(RETRY_MILLIS);
                    }
                    catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        if (!running) {
                            break;
                        }
                        Thread.interrupted();
                    }
                }
            }
        }
        listening = false;
    }

    /**
     * A connection of its own, outside the pool (a listener holds it for good; NOTIFY
     * must not wait for the pool).
     */
    private Connection connect(String applicationName) throws SQLException {
        HikariDataSource hikari = unwrapHikari();
        if (hikari != null && hikari.getJdbcUrl() != null) {
            Properties properties = new Properties();
            if (hikari.getDataSourceProperties() != null) {
                properties.putAll(hikari.getDataSourceProperties());
            }
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            properties.setProperty("ApplicationName", applicationName);
            Connection connection = DriverManager.getConnection(hikari.getJdbcUrl(), properties);
            connection.setAutoCommit(true);
            return connection;
        }
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        return connection;
    }

    private HikariDataSource unwrapHikari() {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        }
        catch (SQLException e) {
            return null;
        }
    }

    private static int pid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            }
            catch (SQLException ignored) {
                // already broken
            }
        }
    }

}
