package pl.wspolnie.programme.domain;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import pl.wspolnie.consultations.Consultations;
import pl.wspolnie.council.CouncilOpinions;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.programme.ProgrammeSettings;
import pl.wspolnie.shared.figures.CompetitionFiguresSource;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import pl.wspolnie.shared.text.Formats;

/**
 * The programme's deadlines are read from wspolnie.programme.*: the adoption deadline and
 * its warning of a draft, and the due day of the year report, each moves with its
 * setting.
 */
class ProgrammeDeadlinesFromSettingsTest {

    private static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).atZone(ClockConfig.WARSAW).toInstant(), ClockConfig.WARSAW);
    }

    private static ProgrammeSettings bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("wspolnie.programme",
                ProgrammeSettings.class);
    }

    @SuppressWarnings("unchecked")
    private static ProgrammeWork work(ProgrammeSettings settings, Clock clock) {
        Jsts jsts = mock(Jsts.class);
        when(jsts.exists(anyLong())).thenReturn(true);
        ProgrammeReportRepository reports = mock(ProgrammeReportRepository.class);
        when(reports.findByJstIdAndYear(anyLong(), anyInt())).thenReturn(Optional.empty());
        CouncilOpinions council = mock(CouncilOpinions.class);
        when(council.inYear(anyLong(), anyInt())).thenReturn(new CouncilOpinions.YearCounts(0, 0, 0));
        ObjectProvider<CompetitionFiguresSource> figures = mock(ObjectProvider.class);
        return new ProgrammeWork(mock(ProgrammeRepository.class), mock(ProgrammeTaskRepository.class),
                mock(ProgrammeIndicatorRepository.class), reports, mock(PlannedDirectionRepository.class),
                mock(Consultations.class), council, figures, mock(ObjectProvider.class), null, jsts, null, settings,
                null, clock, new Formats());
    }

    private static Programme draftFor(int year) {
        return new Programme(1L,
                new ProgrammeParts("Program", year, year, "a", "b", "c", "d", "e", "f", "g", "h", "i", "j"),
                Instant.EPOCH);
    }

    @Test
    void adoptionDeadlineAndWarningFollowTheirSettings() {
        Clock oct20 = clockOn(LocalDate.of(2027, 10, 20));
        ProgrammeWork.Deadline defaults = work(bound(Map.of()), oct20).deadline(draftFor(2028));
        assertThat(defaults.date()).isEqualTo(LocalDate.of(2027, 11, 30));
        assertThat(defaults.daysLeft()).isEqualTo(41);
        assertThat(defaults.warn()).isTrue();
        ProgrammeWork.Deadline own = work(
                bound(Map.of("wspolnie.programme.adoption-deadline", "12-15", "wspolnie.programme.warn-from", "11-01")),
                oct20)
            .deadline(draftFor(2028));
        assertThat(own.date()).isEqualTo(LocalDate.of(2027, 12, 15));
        assertThat(own.daysLeft()).isEqualTo(56);
        assertThat(own.warn()).isFalse();
        ProgrammeWork.Deadline late = work(bound(Map.of("wspolnie.programme.adoption-deadline", "10-15")), oct20)
            .deadline(draftFor(2028));
        assertThat(late.overdue()).isTrue();
    }

    @Test
    void reportDueDayFollowsItsSetting() {
        Clock jan = clockOn(LocalDate.of(2029, 1, 15));
        assertThat(work(bound(Map.of()), jan).report(1L, 2028).due()).isEqualTo(LocalDate.of(2029, 5, 31));
        assertThat(work(bound(Map.of("wspolnie.programme.report-due", "04-30")), jan).report(1L, 2028).due())
            .isEqualTo(LocalDate.of(2029, 4, 30));
    }

}
