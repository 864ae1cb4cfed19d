package pl.wspolnie.shared.attention;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * A source that asks only the holders of a role runs its statement for the JSTs of all
 * its roles, and runs nothing for a person holding none.
 */
class AttentionQueriesTest {

    private final Permissions permissions = mock(Permissions.class);

    @Test
    void aPersonWithoutTheRoleGetsNothingAndNoStatementRuns() {
        JdbcClient jdbc = mock(JdbcClient.class);
        when(permissions.jstsWith(Role.COUNCIL_MEMBER)).thenReturn(Set.of());
        List<Set<Long>> asked = new ArrayList<>();

        List<AttentionItem> items = new AttentionQueries(jdbc, permissions).inJstsWith(Set.of(Role.COUNCIL_MEMBER),
                "select 1", jsts -> {
                    asked.add(jsts);
                    return Map.of("jsts", jsts);
                });

        assertThat(items).isEmpty();
        assertThat(asked).isEmpty();
        verifyNoInteractions(jdbc);
    }

    @Test
    void theStatementRunsForTheJstsOfEveryRoleHeld() {
        JdbcClient jdbc = mock(JdbcClient.class, RETURNS_DEEP_STUBS);
        when(jdbc.sql(any()).params(anyMap()).query(any(RowMapper.class)).list()).thenReturn(List.of());
        when(permissions.jstsWith(Role.OFFICIAL)).thenReturn(Set.of(1L, 2L));
        when(permissions.jstsWith(Role.JST_ADMIN)).thenReturn(Set.of(2L, 3L));
        List<Set<Long>> asked = new ArrayList<>();

        new AttentionQueries(jdbc, permissions).inJstsWith(Set.of(Role.OFFICIAL, Role.JST_ADMIN), "select 1", jsts -> {
            asked.add(jsts);
            return Map.of("jsts", jsts);
        });

        assertThat(asked).containsExactly(Set.of(1L, 2L, 3L));
    }

    @Test
    void theJstsOfSeveralRolesAreTheirUnion() {
        when(permissions.jstsWith(Role.OFFICIAL)).thenReturn(Set.of(5L));
        when(permissions.jstsWith(Role.JST_ADMIN)).thenReturn(Set.of());

        assertThat(new AttentionQueries(mock(JdbcClient.class), permissions)
            .jstsWith(Set.of(Role.OFFICIAL, Role.JST_ADMIN))).containsExactly(5L);
    }

}
