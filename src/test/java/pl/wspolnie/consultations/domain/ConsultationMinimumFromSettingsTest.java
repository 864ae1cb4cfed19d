package pl.wspolnie.consultations.domain;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import pl.wspolnie.consultations.ConsultationSettings;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.JstType;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The shortest period of remarks without a warning is read from
 * wspolnie.consultations.minimum-days(-by-teryt).
 */
class ConsultationMinimumFromSettingsTest {

    private static ConsultationWorkflow workflow(Map<String, String> properties) {
        ConsultationSettings settings = new Binder(new MapConfigurationPropertySource(properties))
            .bindOrCreate("wspolnie.consultations", ConsultationSettings.class);
        Jsts jsts = mock(Jsts.class);
        when(jsts.find(1L))
            .thenReturn(Optional.of(new JstSummary(1L, JstType.values()[0], "Gmina A", "2613012", null, true)));
        when(jsts.find(2L))
            .thenReturn(Optional.of(new JstSummary(2L, JstType.values()[0], "Gmina B", "2613052", null, true)));
        return new ConsultationWorkflow(null, null, null, null, null, null, null, null, jsts, settings, null,
                Clock.systemDefaultZone().withZone(ClockConfig.WARSAW));
    }

    private static Consultation tenDays(long jstId) {
        LocalDate start = LocalDate.of(2027, 5, 1);
        return new Consultation(jstId, new ConsultationDetails("Projekt", "art. 5a", Participation.NGOS,
                Set.of(ParticipationForm.ELECTRONIC_REMARKS), List.of(), null, start, start.plusDays(9), "Jan", true),
                1L, Instant.EPOCH);
    }

    @Test
    void shortPeriodWarningFollowsTheMinimumAndTheJstsOwn() {
        ConsultationWorkflow defaults = workflow(Map.of());
        assertThat(defaults.minimumDays(1L)).isEqualTo(7);
        assertThat(defaults.shortPeriod(tenDays(1L))).isFalse();
        ConsultationWorkflow own = workflow(Map.of("wspolnie.consultations.minimum-days", "14",
                "wspolnie.consultations.minimum-days-by-teryt.[2613052]", "5"));
        assertThat(own.minimumDays(1L)).isEqualTo(14);
        assertThat(own.shortPeriod(tenDays(1L))).isTrue();
        assertThat(own.minimumDays(2L)).isEqualTo(5);
        assertThat(own.shortPeriod(tenDays(2L))).isFalse();
    }

}
