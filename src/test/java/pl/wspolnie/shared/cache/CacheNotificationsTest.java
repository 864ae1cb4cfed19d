package pl.wspolnie.shared.cache;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wspolnie.support.IntegrationTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances on one database: an eviction published by another instance (a NOTIFY
 * on another connection) evicts this instance's cache within a second, an eviction here
 * is announced to the others after commit, and the listener comes back after its
 * connection is lost.
 */
class CacheNotificationsTest extends IntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    @Autowired
    Caches caches;

    @Autowired
    SharedCacheManager manager;

    @Autowired
    CacheNotifications notifications;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void listenerIsUp() {
        assertThat(waitFor(notifications::listening, Duration.ofSeconds(10))).as("listening").isTrue();
    }

    @Test
    void anotherInstancesNotifyEvictsTheCacheHereWithinASecond() {
        jsts.all();
        SharedCache cache = manager.require(CacheConfiguration.JSTS);
        assertThat(cache.get("all")).isNotNull();

        // another instance: a NOTIFY on a connection of its own
        jdbc.sql("select pg_notify('wspolnie_cache', 'jsts')").query().singleRow();
        assertThat(waitFor(() -> cache.get("all") == null, WITHIN)).as("evicted within 1 s").isTrue();
        assertThat(jsts.all()).isNotEmpty();
    }

    @Test
    void anotherInstancesNotifyOfOneKeyEvictsOnlyThatKey() {
        caches.get(CacheConfiguration.DIRECTORY, "notified-key", () -> "a");
        caches.get(CacheConfiguration.DIRECTORY, "other-key", () -> "b");
        SharedCache cache = manager.require(CacheConfiguration.DIRECTORY);

        jdbc.sql("select pg_notify('wspolnie_cache', 'directory:notified-key')").query().singleRow();
        assertThat(waitFor(() -> cache.get("notified-key") == null, WITHIN)).as("evicted within 1 s").isTrue();
        assertThat(cache.get("other-key")).isNotNull();
    }

    @Test
    void anEvictionHereIsAnnouncedToTheOtherInstancesAfterCommit() throws Exception {
        try (Connection other = otherInstance()) {
            try (Statement s = other.createStatement()) {
                s.execute("LISTEN wspolnie_cache");
            }
            tx.executeWithoutResult(status -> {
                caches.evict(CacheConfiguration.CENTRE, "announced");
                try {
                    assertThat(receives(other, "centre:announced", 300)).as("nothing before the commit").isFalse();
                }
                catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(receives(other, "centre:announced", (int) WITHIN.toMillis())).as("announced within 1 s")
                .isTrue();

            tx.executeWithoutResult(status -> {
                caches.clear(CacheConfiguration.CENTRE);
                status.setRollbackOnly();
            });
            assertThat(receives(other, "centre", 300)).as("nothing after a rollback").isFalse();
        }
    }

    @Test
    void theListenerReconnectsAfterItsConnectionIsLostAndDropsWhatItMayHaveMissed() {
        jsts.all();
        SharedCache cache = manager.require(CacheConfiguration.JSTS);
        jdbc.sql(
                "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'wspolnie-cache-listen'")
            .query()
            .listOfRows();
        assertThat(waitFor(() -> !notifications.listening(), Duration.ofSeconds(10))).as("connection lost").isTrue();
        assertThat(waitFor(notifications::listening, Duration.ofSeconds(10))).as("reconnected").isTrue();
        assertThat(cache.get("all")).as("dropped: evictions sent meanwhile were missed").isNull();

        jsts.all();
        jdbc.sql("select pg_notify('wspolnie_cache', 'jsts')").query().singleRow();
        assertThat(waitFor(() -> cache.get("all") == null, WITHIN)).as("evicted within 1 s").isTrue();
    }

    @Test
    void theListenerStopsCleanly() throws Exception {
        long threads = listenerThreads();
        CacheNotifications own = new CacheNotifications(dataSource);
        own.start();
        assertThat(waitFor(own::listening, Duration.ofSeconds(10))).isTrue();
        own.stop();
        assertThat(own.isRunning()).isFalse();
        assertThat(own.listening()).isFalse();
        assertThat(listenerThreads()).as("its thread has ended").isEqualTo(threads);
    }

    private static long listenerThreads() {
        return Thread.getAllStackTraces()
            .keySet()
            .stream()
            .filter(t -> t.getName().equals("cache-evictions-listener") && t.isAlive())
            .count();
    }

    private Connection otherInstance() throws SQLException {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
    }

    /**
     * Whether the connection receives this payload within the time (other notifications
     * are skipped).
     */
    private static boolean receives(Connection connection, String payload, int millis) throws SQLException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        PGConnection pg = connection.unwrap(PGConnection.class);
        for (long left = millis; left > 0; left = (deadline - System.nanoTime()) / 1_000_000L) {
            PGNotification[] notes = pg.getNotifications((int) Math.max(1, left));
            if (notes != null) {
                for (PGNotification n : notes) {
                    if (payload.equals(n.getParameter())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean waitFor(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(10);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

}
