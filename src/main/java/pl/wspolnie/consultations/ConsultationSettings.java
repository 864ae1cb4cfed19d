package pl.wspolnie.consultations;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * Consultation settings (wspolnie.consultations.*).
 *
 * @param minimumDays shortest period of remarks, in days, before the platform warns the
 * official (default 7)
 * @param minimumDaysByTeryt a JST's own minimum (its council's resolution), by TERYT code
 */
@ConfigurationProperties("wspolnie.consultations")
public record ConsultationSettings(int minimumDays, Map<String, Integer> minimumDaysByTeryt) {

    public ConsultationSettings {
        if (minimumDays <= 0)
            minimumDays = 7;
        minimumDaysByTeryt = minimumDaysByTeryt == null ? Map.of() : Map.copyOf(minimumDaysByTeryt);
    }

    public int minimumDaysFor(String teryt) {
        return teryt == null ? minimumDays : minimumDaysByTeryt.getOrDefault(teryt, minimumDays);
    }
}
