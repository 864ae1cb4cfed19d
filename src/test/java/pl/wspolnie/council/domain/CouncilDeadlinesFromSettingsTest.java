package pl.wspolnie.council.domain;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.ApplicationEventPublisher;
import pl.wspolnie.consultations.Consultations;
import pl.wspolnie.council.CouncilSettings;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import org.mockito.ArgumentCaptor;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;
import org.springframework.test.util.ReflectionTestUtils;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.JstType;

/**
 * Every council deadline and number is read from its setting (wspolnie.council.*): the
 * same use case with another setting gives another deadline. The properties bind to
 * {@link CouncilSettings} under their yml names.
 */
class CouncilDeadlinesFromSettingsTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(ClockConfig.WARSAW).toInstant(),
            ClockConfig.WARSAW);

    private final CouncilRequestRepository requests = mock(CouncilRequestRepository.class);

    private final CouncilTermRepository terms = mock(CouncilTermRepository.class);

    private final CouncilMemberRepository members = mock(CouncilMemberRepository.class);

    private final OpinionRequestRepository opinions = mock(OpinionRequestRepository.class);

    private final Permissions permissions = mock(Permissions.class);

    private final Organizations organizations = mock(Organizations.class);

    private final Jsts jsts = mock(Jsts.class);

    /** JST 1 is a gmina (or a województwo) and organisations 11–13 are verified there. */
    private void jstOfType(JstType type) {
        when(jsts.find(1L)).thenReturn(Optional.of(new JstSummary(1L, type, "JST", "26", null, true)));
        when(jsts.selfAndDescendants(1L)).thenReturn(Set.of(1L));
        Map<Long, OrganizationSummary> orgs = new HashMap<>();
        for (long id = 11; id <= 13; id++) {
            orgs.put(id, new OrganizationSummary(id, "Org " + id, null, "Miasto", 1L, true));
        }
        when(organizations.findAll(any())).thenReturn(orgs);
    }

    private CouncilWork work(CouncilSettings settings) {
        when(permissions.has(any(), ArgumentMatchers.anyLong())).thenReturn(true);
        when(opinions.save(any())).thenAnswer(i -> withId(i.getArgument(0)));
        when(terms.save(any())).thenAnswer(i -> withId(i.getArgument(0)));
        return new CouncilWork(requests, terms, members, opinions, mock(CouncilMeetingRepository.class), permissions,
                organizations, mock(Consultations.class), jsts, settings, mock(ApplicationEventPublisher.class), CLOCK);
    }

    private static Object withId(Object entity) {
        if (entity != null) { // null while Mockito re-stubs save(any())
            ReflectionTestUtils.setField(entity, "id", 1L);
        }
        return entity;
    }

    private static CouncilSettings bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("wspolnie.council",
                CouncilSettings.class);
    }

    private LocalDate opinionDeadline(CouncilSettings settings) {
        CouncilWork work = work(settings);
        ArgumentCaptor<OpinionRequest> saved = ArgumentCaptor.forClass(OpinionRequest.class);
        work.requestOpinion(1L, "Projekt", null);
        Mockito.verify(opinions, Mockito.atLeastOnce()).save(saved.capture());
        return saved.getValue().getDeadline();
    }

    @Test
    void opinionDeadlineFollowsOpinionDays() {
        jstOfType(JstType.GMINA);
        assertThat(opinionDeadline(bound(Map.of()))).isEqualTo(TODAY.plusDays(14));
        assertThat(opinionDeadline(bound(Map.of("wspolnie.council.opinion-days", "30")))).isEqualTo(TODAY.plusDays(30));
    }

    @Test
    void creationDeadlineFollowsRequestsNeededAndCreationMonths() {
        Instant first = TODAY.minusDays(9).atStartOfDay(ClockConfig.WARSAW).toInstant();
        Instant third = TODAY.minusDays(2).atStartOfDay(ClockConfig.WARSAW).toInstant();
        when(requests.findByJstIdOrderByRequestedAt(1L)).thenReturn(List.of(new CouncilRequest(1, 11, 1, first),
                new CouncilRequest(1, 12, 1, first), new CouncilRequest(1, 13, 1, third)));
        jstOfType(JstType.GMINA);
        CouncilWork defaults = work(bound(Map.of()));
        assertThat(defaults.creationRequests(1L).reached()).isFalse();
        assertThat(defaults.creationRequests(1L).deadline()).isNull();
        CouncilWork three = work(
                bound(Map.of("wspolnie.council.requests-needed", "3", "wspolnie.council.creation-months", "6")));
        assertThat(three.creationRequests(1L).reached()).isTrue();
        assertThat(three.creationRequests(1L).deadline()).isEqualTo(TODAY.minusDays(2).plusMonths(6));
    }

    @Test
    void aWojewodztwoNeedsFiftyRequestsAndHasThirtyDaysForAnOpinion() {
        jstOfType(JstType.WOJEWODZTWO);
        assertThat(opinionDeadline(bound(Map.of()))).isEqualTo(TODAY.plusDays(30));
        assertThat(work(bound(Map.of())).creationRequests(1L).needed()).isEqualTo(50);
        assertThat(opinionDeadline(bound(Map.of("wspolnie.council.regional-opinion-days", "45"))))
            .isEqualTo(TODAY.plusDays(45));
        jstOfType(JstType.POWIAT);
        assertThat(opinionDeadline(bound(Map.of()))).isEqualTo(TODAY.plusDays(14));
        assertThat(work(bound(Map.of())).creationRequests(1L).needed()).isEqualTo(5);
    }

    @Test
    void termEndFollowsTermYears() {
        LocalDate start = LocalDate.of(2027, 4, 1);
        CouncilWork defaults = work(bound(Map.of()));
        ArgumentCaptor<CouncilTerm> saved = ArgumentCaptor.forClass(CouncilTerm.class);
        defaults.saveComposition(1L, start, List.of("A", "B"), List.of("C"));
        CouncilWork longer = work(bound(Map.of("wspolnie.council.term-years", "4")));
        longer.saveComposition(1L, start, List.of("A", "B"), List.of("C"));
        Mockito.verify(terms, Mockito.times(2)).save(saved.capture());
        assertThat(saved.getAllValues().get(0).getEndsOn()).isEqualTo(LocalDate.of(2030, 3, 31));
        assertThat(saved.getAllValues().get(1).getEndsOn()).isEqualTo(LocalDate.of(2031, 3, 31));
    }

}
