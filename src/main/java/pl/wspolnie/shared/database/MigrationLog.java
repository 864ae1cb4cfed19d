package pl.wspolnie.shared.database;

import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.util.stream.Collectors;

/**
 * Flyway's own INFO lines (validated, current version, up to date) are switched off in
 * application.yml; this logs the one thing an operator needs: which migrations a start
 * applied. Nothing when the schema was up to date.
 */
@Configuration(proxyBeanMethods = false)
class MigrationLog {

    private static final Logger log = LoggerFactory.getLogger(MigrationLog.class);

    @Bean
    FlywayMigrationStrategy loggedMigration() {
        return flyway -> {
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 5) {
                log.info("Database schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
                        result.migrationsExecuted);
            }
            else if (result.migrationsExecuted > 0) {
                log.info("Database schema migrated to version {}: {}", result.targetSchemaVersion,
                        result.migrations.stream()
                            .map(m -> "V" + m.version + " " + m.description)
                            .collect(Collectors.joining(", ")));
            }
        };
    }

}
