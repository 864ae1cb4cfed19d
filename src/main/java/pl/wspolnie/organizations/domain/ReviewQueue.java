package pl.wspolnie.organizations.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The NGO liaison officer's work list: requests to join waiting for a decision and
 * organisations not yet verified, in the gminas they look after (their gmina, or every
 * gmina of their powiat), oldest first. A platform administrator sees all of them.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReviewQueue {

    static final int LIMIT = 200;

    public record PendingRequest(long membershipId, long organizationId, String organizationName, String gminaName,
            String personName, boolean boardMember, Instant requestedAt) {
    }

    public record UnverifiedOrganization(long organizationId, String name, String gminaName, Instant createdAt) {
    }

    public record Review(List<PendingRequest> pending, List<UnverifiedOrganization> unverified) {
    }

    private final JdbcClient jdbc;

    private final Permissions permissions;

    private final Jsts jsts;

    /**
     * Whether the current user has a work list (liaison officer somewhere, or platform
     * administrator). No transaction of its own: it is asked on every directory page, and
     * for a visitor who is not logged in it reads nothing.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public boolean available() {
        return permissions.currentUser().isPresent()
                && (permissions.isPlatformAdmin() || !permissions.jstsWith(Role.LIAISON_OFFICER).isEmpty());
    }

    public Review forCurrentUser() {
        permissions.requireUser();
        if (!available()) {
            throw new NotAllowed("NGO liaison officers only");
        }
        String scope = "";
        List<Long> gminas = new ArrayList<>();
        if (!permissions.isPlatformAdmin()) {
            Set<Long> mine = permissions.jstsWith(Role.LIAISON_OFFICER);
            gminas.addAll(jsts.all()
                .stream()
                .filter(j -> mine.contains(j.id()) || (j.parentId() != null && mine.contains(j.parentId())))
                .map(JstSummary::id)
                .collect(Collectors.toSet()));
            scope = " and o.gmina_id in (:gminas)";
        }
        var pending = jdbc.sql("""
                select m.id, o.id, o.name, j.name, u.display_name, m.board_member, m.requested_at
                from organization_membership m
                join organization o on o.id = m.organization_id
                join jst j on j.id = o.gmina_id
                join user_account u on u.id = m.user_id
                where m.status = 'PENDING'""" + scope + " order by m.requested_at, m.id limit " + LIMIT);
        var unverified = jdbc.sql("""
                select o.id, o.name, j.name, o.created_at
                from organization o join jst j on j.id = o.gmina_id
                where not o.verified""" + scope + " order by o.created_at, o.id limit " + LIMIT);
        if (!gminas.isEmpty()) {
            pending = pending.param("gminas", gminas);
            unverified = unverified.param("gminas", gminas);
        }
        else if (!scope.isEmpty()) {
            return new Review(List.of(), List.of());
        }
        return new Review(
                pending
                    .query((rs, n) -> new PendingRequest(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getBoolean(6), rs.getTimestamp(7).toInstant()))
                    .list(),
                unverified.query((rs, n) -> new UnverifiedOrganization(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                    .list());
    }

}
