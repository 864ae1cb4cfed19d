package pl.wspolnie.centre.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import pl.wspolnie.shared.domain.NotFound;

/**
 * The centre's activity in a period: advice by specialty, bookings by resource,
 * trainings, organisations served.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CentreReport {

    public record AdviceLine(Specialty specialty, long sessions, long organizations) {
    }

    public record ResourceLine(String resource, ResourceKind kind, long bookings, double hours) {
    }

    public record TrainingLine(long id, String title, TrainingKind kind, Instant startsAt, long accepted,
            long present) {
        /** The start date as dd.MM.yyyy (Warsaw), for pages and PDFs alike. */
        public String date() {
            return DateTimeFormatter.ofPattern("dd.MM.yyyy").format(startsAt.atZone(ClockConfig.WARSAW));
        }
    }

    /**
     * A training of the period that was cancelled: listed apart, its participants and
     * attendance not counted.
     */
    public record CancelledLine(long id, String title, Instant startsAt, String reason) {
        public String date() {
            return DateTimeFormatter.ofPattern("dd.MM.yyyy").format(startsAt.atZone(ClockConfig.WARSAW));
        }
    }

    /**
     * {@code trainings} are those held or planned (not cancelled); {@code cancelled}
     * lists the cancelled ones.
     */
    public record Report(LocalDate from, LocalDate to, List<AdviceLine> advice, List<ResourceLine> resources,
            List<TrainingLine> trainings, List<CancelledLine> cancelled, List<String> organizations) {

        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

        public String fromText() {
            return DATE.format(from);
        }

        public String toText() {
            return DATE.format(to);
        }
    }

    private final JdbcClient jdbc;

    private final CentreAccess access;

    private final CentreRepository centres;

    /**
     * The report for the days {@code from}..{@code to} (inclusive, Warsaw time); centre
     * staff only.
     */
    public Report of(long centreId, LocalDate from, LocalDate to) {
        access.requireStaff(centres.findById(centreId).orElseThrow(() -> new NotFound("centre")));
        Instant start = from.atStartOfDay(ClockConfig.WARSAW).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ClockConfig.WARSAW).toInstant();
        List<AdviceLine> advice = jdbc.sql("""
                select s.specialty, count(*) as sessions, count(distinct b.organization_id) as orgs
                from centre_advice_booking b join centre_advice_slot s on s.id = b.slot_id
                where s.centre_id = :centre and b.status = 'BOOKED' and s.starts_at >= :start and s.starts_at < :end
                group by s.specialty order by sessions desc, s.specialty""")
            .param("centre", centreId)
            .param("start", Timestamp.from(start))
            .param("end", Timestamp.from(end))
            .query((rs, n) -> new AdviceLine(Specialty.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
            .list();
        List<ResourceLine> resources = jdbc
            .sql("""
                    select r.name, r.kind, count(b.id), coalesce(sum(extract(epoch from (b.ends_at - b.starts_at))) / 3600.0, 0)
                    from centre_resource r left join centre_booking b on b.resource_id = r.id and b.status = 'CONFIRMED'
                         and b.starts_at >= :start and b.starts_at < :end
                    where r.centre_id = :centre group by r.id, r.name, r.kind order by r.kind, r.name""")
            .param("centre", centreId)
            .param("start", Timestamp.from(start))
            .param("end", Timestamp.from(end))
            .query((rs, n) -> new ResourceLine(rs.getString(1), ResourceKind.valueOf(rs.getString(2)), rs.getLong(3),
                    rs.getDouble(4)))
            .list();
        List<TrainingLine> trainings = jdbc.sql("""
                select t.id, t.title, t.kind, t.starts_at,
                       count(a.id) filter (where a.status = 'ACCEPTED'),
                       count(a.id) filter (where a.status = 'ACCEPTED' and a.present)
                from centre_training t left join centre_training_application a on a.training_id = t.id
                where t.centre_id = :centre and t.starts_at >= :start and t.starts_at < :end and t.cancelled_at is null
                group by t.id order by t.starts_at, t.id""")
            .param("centre", centreId)
            .param("start", Timestamp.from(start))
            .param("end", Timestamp.from(end))
            .query((rs, n) -> new TrainingLine(rs.getLong(1), rs.getString(2), TrainingKind.valueOf(rs.getString(3)),
                    rs.getTimestamp(4).toInstant(), rs.getLong(5), rs.getLong(6)))
            .list();
        List<String> organizations = jdbc
            .sql("""
                    select o.name from organization o where o.id in (
                      select b.organization_id from centre_booking b join centre_resource r on r.id = b.resource_id
                       where r.centre_id = :centre and b.status = 'CONFIRMED' and b.starts_at >= :start and b.starts_at < :end
                      union
                      select b.organization_id from centre_advice_booking b join centre_advice_slot s on s.id = b.slot_id
                       where s.centre_id = :centre and b.status = 'BOOKED' and s.starts_at >= :start and s.starts_at < :end
                      union
                      select a.organization_id from centre_training_application a join centre_training t on t.id = a.training_id
                       where t.centre_id = :centre and a.status = 'ACCEPTED' and a.organization_id is not null
                         and t.cancelled_at is null
                         and t.starts_at >= :start and t.starts_at < :end)
                    order by o.name""")
            .param("centre", centreId)
            .param("start", Timestamp.from(start))
            .param("end", Timestamp.from(end))
            .query(String.class)
            .list();
        List<CancelledLine> cancelled = jdbc
            .sql("""
                    select t.id, t.title, t.starts_at, t.cancel_reason from centre_training t
                    where t.centre_id = :centre and t.starts_at >= :start and t.starts_at < :end and t.cancelled_at is not null
                    order by t.starts_at, t.id""")
            .param("centre", centreId)
            .param("start", Timestamp.from(start))
            .param("end", Timestamp.from(end))
            .query((rs, n) -> new CancelledLine(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                    rs.getString(4) == null ? "" : rs.getString(4)))
            .list();
        return new Report(from, to, advice, resources, trainings, cancelled, organizations);
    }

}
