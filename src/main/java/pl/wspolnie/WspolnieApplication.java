package pl.wspolnie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import pl.wspolnie.shared.database.DatabaseBackup;

import java.util.TimeZone;

/**
 * Wspólnie: cooperation of local government (JST) and NGOs. Each top-level package is an
 * application module (Spring Modulith); see docs/architecture.md.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class WspolnieApplication {

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Warsaw"));
        // --backup=FILE, --restore=FILE, --count-rows: see docs/operations.md
        if (DatabaseBackup.isCommand(args)) {
            System.exit(DatabaseBackup.run(args));
        }
        SpringApplication.run(WspolnieApplication.class, args);
    }

}
