package pl.wspolnie.competitions.domain.announcement;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.competitions.domain.CompetitionSettings;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.events.CalendarEntryPublished;
import pl.wspolnie.shared.events.CalendarEntryType;
import pl.wspolnie.shared.events.ContentPublished;
import pl.wspolnie.shared.events.ContentType;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Use cases of the announcement: an official drafts, edits and publishes; everyone reads
 * and lists.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Announcements {

    /** A line of the public list. */
    public record Row(long id, String title, long jstId, Instant offerDeadline, LocalDate periodFrom,
            LocalDate periodTo, BigDecimal funds) {
    }

    public record ListPage(List<Row> rows, int page, int totalPages, long total) {
    }

    public static final int PAGE_SIZE = 20;

    private final CompetitionRepository competitions;

    private final CompetitionSpheres spheres;

    private final Permissions permissions;

    private final Jsts jsts;

    private final Clock clock;

    private final CompetitionSettings settings;

    private final ApplicationEventPublisher events;

    private final JdbcClient jdbc;

    public long create(long jstId, Announcement announcement) {
        permissions.require(jstId, Role.OFFICIAL);
        AuthenticatedUser user = permissions.requireUser();
        check(announcement);
        return competitions.save(new Competition(jstId, user.userId(), clock.instant(), announcement)).getId();
    }

    public void update(long id, Announcement announcement) {
        Competition competition = forEdit(id);
        check(announcement);
        competition.update(announcement);
    }

    /**
     * Publishes: from now on the call is public and binding; tells the calendar and
     * subscribers.
     */
    public void publish(long id) {
        Competition c = forEdit(id);
        c.publish(ZonedDateTime.now(clock), settings.minDaysToDeadline());
        Set<String> sphereCodes = c.getTasks().stream().map(CompetitionTask::getSphereCode).collect(Collectors.toSet());
        String path = "/competitions/" + c.getId();
        events.publishEvent(new ContentPublished(ContentType.COMPETITION, String.valueOf(c.getId()), c.getTitle(),
                c.getDescription(), path, c.getJstId(), sphereCodes, c.getPublishedAt()));
        events.publishEvent(new CalendarEntryPublished("competitions", String.valueOf(c.getId()),
                CalendarEntryType.COMPETITION_DEADLINE, c.getTitle(), c.getDescription(),
                c.getOfferDeadline().atZone(clock.getZone()), null, null, c.getJstId(), sphereCodes, path));
    }

    /**
     * For the demo data: creates (unless the JST has one with this title) and optionally
     * publishes, without a user.
     */
    public long seed(long jstId, long officialId, Announcement announcement, boolean publish) {
        Long existing = jdbc.sql("select id from competition where jst_id = ? and title = ?")
            .params(jstId, announcement.title())
            .query(Long.class)
            .optional()
            .orElse(null);
        if (existing != null) {
            return existing;
        }
        check(announcement);
        Competition c = competitions.save(new Competition(jstId, officialId, clock.instant(), announcement));
        if (publish) {
            c.publishSeeded(ZonedDateTime.now(clock));
        }
        return c.getId();
    }

    /** A competition its JST's official may edit (403 for anybody else). */
    @Transactional(readOnly = true)
    public Competition forEdit(long id) {
        Competition c = competitions.findById(id).orElseThrow(() -> new NotFound("competition " + id));
        permissions.require(c.getJstId(), Role.OFFICIAL);
        c.getTasks().size();
        c.getCriteria().size();
        return c;
    }

    /**
     * Published competitions for everyone; a draft only for the officials of its JST (404
     * for others).
     */
    @Transactional(readOnly = true)
    public Competition view(long id) {
        Competition c = competitions.findById(id).orElseThrow(() -> new NotFound("competition " + id));
        if (!c.isPublished()
                && !(permissions.currentUser().isPresent() && permissions.has(Role.OFFICIAL, c.getJstId()))) {
            throw new NotFound("competition " + id);
        }
        c.getTasks().size();
        c.getCriteria().size();
        return c;
    }

    public boolean mayManage(Competition c) {
        return permissions.currentUser().isPresent() && permissions.has(Role.OFFICIAL, c.getJstId());
    }

    /** The current user's JSTs where they may announce competitions. */
    @Transactional(readOnly = true)
    public Set<Long> jstsForOfficial() {
        permissions.requireUser();
        return permissions.isPlatformAdmin() ? jsts.all().stream().map(j -> j.id()).collect(Collectors.toSet())
                : permissions.jstsWith(Role.OFFICIAL);
    }

    /** False for anonymous visitors and people without the OFFICIAL role. */
    @Transactional(readOnly = true)
    public boolean isOfficialAnywhere() {
        return permissions.currentUser().isPresent() && permissions.hasAnywhere(Role.OFFICIAL);
    }

    @Transactional(readOnly = true)
    public List<Competition> draftsForCurrentOfficial() {
        if (permissions.currentUser().isEmpty()) {
            return List.of();
        }
        Set<Long> mine = jstsForOfficial();
        return mine.isEmpty() ? List.of() : competitions.draftsOf(mine);
    }

    /**
     * One page of published competitions in a phase, optionally of one JST (with its
     * gminas) and one sphere.
     */
    @Transactional(readOnly = true)
    public ListPage list(Phase phase, Long jstId, String sphereCode, int page) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        StringBuilder where = new StringBuilder(switch (phase) {
            case OPEN -> "c.status = 'PUBLISHED' and c.offer_deadline >= :now";
            case EVALUATION -> "c.status = 'PUBLISHED' and c.offer_deadline < :now and c.decided_at is null";
            case DECIDED -> "c.status = 'PUBLISHED' and c.decided_at is not null and c.period_to >= :today";
            case ARCHIVED ->
                "(c.status = 'ANNULLED' or (c.status = 'PUBLISHED' and c.decided_at is not null and c.period_to < :today))";
        });
        List<Long> jstIds = jstId == null ? null : new ArrayList<>(jsts.selfAndDescendants(jstId));
        if (jstIds != null) {
            where.append(" and c.jst_id in (:jsts)");
        }
        if (sphereCode != null) {
            where.append(
                    " and exists (select 1 from competition_task t where t.competition_id = c.id and t.sphere_code = :sphere)");
        }
        String order = phase == Phase.OPEN ? "c.offer_deadline asc, c.id" : "c.offer_deadline desc, c.id desc";
        long total = params(jdbc.sql("select count(*) from competition c where " + where), now, today, jstIds,
                sphereCode)
            .query(Long.class)
            .single();
        int totalPages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(0, Math.min(page, totalPages - 1));
        List<Row> rows = params(
                jdbc.sql("select c.id, c.title, c.jst_id, c.offer_deadline, c.period_from, c.period_to, "
                        + "(select coalesce(sum(t.funds), 0) from competition_task t where t.competition_id = c.id) "
                        + "from competition c where " + where + " order by " + order + " limit " + PAGE_SIZE
                        + " offset " + (long) p * PAGE_SIZE),
                now, today, jstIds, sphereCode)
            .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4).toInstant(),
                    rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getBigDecimal(7)))
            .list();
        return new ListPage(rows, p, totalPages, total);
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Instant now, LocalDate today,
            List<Long> jstIds, String sphere) {
        spec = spec.param("now", Timestamp.from(now)).param("today", today);
        if (jstIds != null) {
            spec = spec.param("jsts", jstIds);
        }
        if (sphere != null) {
            spec = spec.param("sphere", sphere);
        }
        return spec;
    }

    /** The latest published competitions for the Atom feed. */
    @Transactional(readOnly = true)
    public List<Competition> latestPublished() {
        return competitions.latestPublished();
    }

    /**
     * Rules across fields of the announcement; the first broken one is reported next to
     * its field.
     */
    private void check(Announcement a) {
        if (a.periodFrom().isAfter(a.periodTo())) {
            throw new RuleViolation("periodTo", "competitions.period.order");
        }
        if (a.minGrant() != null && a.maxGrant() != null && a.minGrant().compareTo(a.maxGrant()) > 0) {
            throw new RuleViolation("maxGrant", "competitions.grant.order");
        }
        if (a.tasks().isEmpty()) {
            throw new RuleViolation("tasks", "competitions.tasks.required");
        }
        for (int i = 0; i < a.tasks().size(); i++) {
            if (!spheres.exists(a.tasks().get(i).sphereCode())) {
                throw new RuleViolation("tasks", "competitions.task.sphere.invalid");
            }
        }
        if (a.criteria().isEmpty()) {
            throw new RuleViolation("criteria", "competitions.criteria.required");
        }
    }

}
