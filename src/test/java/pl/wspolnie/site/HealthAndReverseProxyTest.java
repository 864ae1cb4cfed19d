package pl.wspolnie.site;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import pl.wspolnie.WspolnieApplication;
import pl.wspolnie.shared.database.EmbeddedPostgresConfig;
import pl.wspolnie.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a load balancer and a reverse proxy rely on: anonymous liveness and readiness
 * probes that tell nothing more than the status, readiness that follows the database, and
 * redirects to the public https address the proxy forwards.
 */
class HealthAndReverseProxyTest extends IntegrationTest {

    @Autowired
    EmbeddedPostgresConfig.Server server;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, String body) {
    }

    private static Answer get(int port, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    @Test
    void anonymousProbesAnswerUpWithTheStatusOnly() throws Exception {
        for (String probe : new String[] { "/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness" }) {
            Answer answer = get(port, probe);
            assertThat(answer.status()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe)
                .contains("\"status\":\"UP\"")
                .doesNotContain("components", "details", "db", "postgres");
        }
        assertThat(get(port, "/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get(port, "/ping").body()).isEqualTo("ok");
    }

    @Test
    void noOtherActuatorEndpointIsExposed() throws Exception {
        for (String path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/health/db",
                "/actuator/info" }) {
            assertThat(get(port, path).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void loginRedirectBehindTheProxyGoesToThePublicHttpsAddress() throws Exception {
        // The test's requests come from 127.0.0.1, a trusted proxy address.
        HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/account"))
            .header("X-Forwarded-For", "203.0.113.7")
            .header("X-Forwarded-Proto", "https")
            .header("X-Forwarded-Host", "wspolnie.example.gov.pl")
            .header("Accept", "text/html")
            .GET()
            .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValue("https://wspolnie.example.gov.pl/login");
    }

    @Test
    void readinessGoesDownWhileTheDatabaseCannotBeReachedAndLivenessStaysUp() throws Exception {
        String database = "health_" + System.nanoTime();
        sql("postgres", "create database " + database + " encoding 'UTF8' template template0");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WspolnieApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + server.port() + "/" + database,
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--spring.mail.host=",
                "--wspolnie.demo-data=false", "--spring.datasource.hikari.connection-timeout=2000")) {
            int appPort = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            assertThat(get(appPort, "/actuator/health/readiness")).isEqualTo(new Answer(200, "{\"status\":\"UP\"}"));

            sql("postgres", "alter database " + database + " allow_connections false");
            sql("postgres",
                    "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
            assertThat(get(appPort, "/actuator/health/readiness")).isEqualTo(new Answer(503, "{\"status\":\"DOWN\"}"));
            assertThat(get(appPort, "/actuator/health/liveness")).isEqualTo(new Answer(200, "{\"status\":\"UP\"}"));

            sql("postgres", "alter database " + database + " allow_connections true");
            assertThat(get(appPort, "/actuator/health/readiness")).as("back when the database is")
                .isEqualTo(new Answer(200, "{\"status\":\"UP\"}"));
        }
    }

    private void sql(String db, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/" + db,
                "postgres", ""); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

}
