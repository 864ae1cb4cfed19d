package pl.wspolnie.accounts.web;

import pl.wspolnie.accounts.RoleAssignment;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Role;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A role assignment with the JST's name, for display. */
record RoleRow(long id, Role role, String jstName, Instant grantedAt) {
}

final class RoleRows {

    private RoleRows() {
    }

    static List<RoleRow> of(List<RoleAssignment> assignments, Jsts jsts) {
        Map<Long, String> names = jsts.names();
        return assignments.stream()
            .map(a -> new RoleRow(a.getId(), a.getRole(), a.getJstId() == null ? null : names.get(a.getJstId()),
                    a.getGrantedAt()))
            .toList();
    }

}
