package pl.wspolnie.shared.attention;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How an {@link AttentionSource} runs its statement ({@link AttentionRows}, read-only),
 * and the rule of the sources that ask only the holders of a role: the JSTs where the
 * person holds any of the roles are the statement's {@code :jsts}, and a person holding
 * none of them gets nothing without any statement.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AttentionQueries {

    private final JdbcClient jdbc;

    private final Permissions permissions;

    /** The items of one statement with named parameters. */
    @Transactional(readOnly = true)
    public List<AttentionItem> query(String sql, Map<String, ?> params) {
        return AttentionRows.query(jdbc, sql, params);
    }

    /**
     * The items of one statement for the JSTs where the person holds any of the roles,
     * none (and no statement) when there are none.
     * @param params the statement's parameters for those JSTs (the set is never empty)
     */
    @Transactional(readOnly = true)
    public List<AttentionItem> inJstsWith(Set<Role> roles, String sql, Function<Set<Long>, Map<String, ?>> params) {
        Set<Long> jsts = jstsWith(roles);
        return jsts.isEmpty() ? List.of() : AttentionRows.query(jdbc, sql, params.apply(jsts));
    }

    /** The JSTs where the person holds any of the roles. */
    @Transactional(readOnly = true)
    public Set<Long> jstsWith(Set<Role> roles) {
        Set<Long> jsts = new HashSet<>();
        for (Role role : roles) {
            jsts.addAll(permissions.jstsWith(role));
        }
        return jsts;
    }

}
