package pl.wspolnie.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import pl.wspolnie.WspolnieApplication;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.Arrays;
import java.util.stream.Stream;
import pl.wspolnie.shared.database.EmbeddedPostgresConfig;

/**
 * The two ways the same build runs: embedded PostgreSQL with a data folder that survives
 * restarts (the default run), and an external PostgreSQL given by DATABASE_URL-style
 * settings.
 */
class DatabaseModesTest {

    /**
     * Starts the application as `java -jar` would, with command-line settings (they win
     * over every config file).
     */
    private static ConfigurableApplicationContext start(String... properties) {
        String[] args = Stream
            .concat(Stream.of("server.port=0", "spring.mail.host=", "wspolnie.demo-data=true"),
                    Arrays.stream(properties))
            .map(p -> "--" + p)
            .toArray(String[]::new);
        return new SpringApplicationBuilder(WspolnieApplication.class).run(args);
    }

    @Test
    void embeddedDatabaseKeepsItsDataInTheFolderAcrossRestarts(@TempDir Path dataDir) {
        String folder = "wspolnie.database.embedded-data-dir=" + dataDir.resolve("postgres");
        try (ConfigurableApplicationContext first = start(folder)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from jst where teryt = '2613'").query(Long.class).single())
                .isEqualTo(1);
            jdbc.sql("update jst set liaison_room = 'pok. 99' where teryt = '2613'").update();
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        try (ConfigurableApplicationContext second = start(folder)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select liaison_room from jst where teryt = '2613'").query(String.class).single())
                .isEqualTo("pok. 99");
            assertThat(jdbc.sql("select count(*) from jst where teryt = '2613'").query(Long.class).single())
                .as("demo data is not seeded twice")
                .isEqualTo(1);
        }
    }

    @Test
    void externalPostgresqlIsUsedWhenADatabaseUrlIsGiven() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext app = start("spring.datasource.url=" + url,
                    "spring.datasource.username=postgres", "spring.datasource.password=")) {
                assertThat(app.getBeanNamesForType(EmbeddedPostgresConfig.Server.class)).isEmpty();
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                assertThat(
                        jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                    .isGreaterThan(0);
            }
            try (var c = external.getPostgresDatabase().getConnection();
                    var rs = c.createStatement().executeQuery("select count(*) from jst where teryt = '2613052'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("schema and demo data went to the external server").isEqualTo(1);
            }
        }
    }

}
