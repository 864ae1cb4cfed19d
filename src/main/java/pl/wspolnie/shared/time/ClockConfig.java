package pl.wspolnie.shared.time;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the platform: Europe/Warsaw. Tests replace it to move deadlines. */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

    public static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Bean
    Clock clock() {
        return Clock.system(WARSAW);
    }

}
