package pl.wspolnie.shared.startup;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import pl.wspolnie.shared.database.EmbeddedPostgresConfig;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import java.util.Locale;

/**
 * The one line an operator reads after a start: version, address, database, demo data and
 * mail mode. The framework's own start-up chatter is switched off in application.yml
 * (logging.level), so this line and warnings are what a normal start prints.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StartupSummary {

    private static final Logger log = LoggerFactory.getLogger("pl.wspolnie");

    private final Environment env;

    private final ObjectProvider<BuildProperties> build;

    private final ObjectProvider<EmbeddedPostgresConfig.Server> embedded;

    private final DataSource dataSource;

    @EventListener
    void ready(ApplicationReadyEvent event) {
        log.info("Wspólnie {} started in {} s on port {} (public address {}); database: {}; demo data: {}; mail: {}",
                version(), seconds(event.getTimeTaken()), env.getProperty("local.server.port", "?"),
                env.getProperty("wspolnie.base-url"), database(), demoData(), mail());
    }

    private String version() {
        BuildProperties b = build.getIfAvailable();
        return b != null ? b.getVersion() : "(development build)";
    }

    private static String seconds(Duration d) {
        return d == null ? "?" : String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    private String database() {
        String product;
        String url;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            url = c.getMetaData().getURL();
        }
        catch (SQLException e) {
            return "unreachable (" + e.getMessage() + ")";
        }
        EmbeddedPostgresConfig.Server server = embedded.getIfAvailable();
        if (server != null) {
            return "embedded " + product + " on port " + server.port() + (server.dataDir() == null ? " (temporary)"
                    : ", data in " + server.dataDir() + ", server log " + server.logFile());
        }
        return product + " at " + withoutQuery(url);
    }

    private static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    private String demoData() {
        return env.getProperty("wspolnie.demo-data", Boolean.class, false)
                ? "on (WSPOLNIE_DEMO_DATA=false in production)" : "off";
    }

    private String mail() {
        String host = env.getProperty("spring.mail.host", "");
        if (!host.isBlank()) {
            return "SMTP " + host + ":" + env.getProperty("spring.mail.port", "25");
        }
        return env.getProperty("wspolnie.mail.dev-inbox", Boolean.class, false)
                ? "no SMTP server, mails are logged and kept at /dev/mail (development only)"
                : "no SMTP server, mails are only logged";
    }

}
