package pl.wspolnie.centre.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.database.PublicRows;
import pl.wspolnie.shared.domain.NotFound;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the public API and the data sets show of the NGO support centres: their services
 * and their trainings as the centre's pages show them (a cancelled training with the date
 * and reason). Never the applications, participants, answers or bookings: only the number
 * of places. A training belongs to the JST of its centre and to the year it starts
 * (Europe/Warsaw).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CentreOpenData {

    public record ServiceRow(long id, long centreId, String centreName, long jstId, String name, String description,
            String eligibility) {
    }

    public record TrainingRow(long id, long centreId, String centreName, long jstId, String kind, String title,
            String programme, String trainer, String place, String onlineLink, Instant startsAt, Instant endsAt,
            int capacity, Instant applicationsOpen, Instant applicationsClose, String recruitmentMode,
            List<String> audiences, List<String> needTags, Instant cancelledAt, String cancelReason,
            Instant changedAt) {
    }

    private static final String SERVICES = " from centre_service s join centre c on c.id = s.centre_id"
            + " where (cast(:jst as bigint) is null or c.jst_id = :jst)";

    private static final String TRAININGS = " from centre_training t join centre c on c.id = t.centre_id"
            + " where (cast(:jst as bigint) is null or c.jst_id = :jst)"
            + " and t.starts_at >= :from and t.starts_at < :until";

    private static final String TRAINING_COLUMNS = "t.*, c.name centre_name, c.jst_id,"
            + " greatest(t.created_at, t.cancelled_at) changed_at";

    private final JdbcClient jdbc;

    /** The services of the centres, by centre and position. */
    public PublicRows<ServiceRow> services(Long jst, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("jst", jst);
        return PublicRows.page(jdbc, "s.*, c.name centre_name, c.jst_id", SERVICES, "c.id, s.position, s.id",
                "cast(null as timestamptz)", params, offset, limit,
                (rs, n) -> new ServiceRow(rs.getLong("id"), rs.getLong("centre_id"), rs.getString("centre_name"),
                        rs.getLong("jst_id"), rs.getString("name"), rs.getString("description"),
                        rs.getString("eligibility")));
    }

    /** Trainings, the latest start first; from and until bound the start. */
    public PublicRows<TrainingRow> trainings(Long jst, Instant from, Instant until, int offset, int limit) {
        return PublicRows.page(jdbc, TRAINING_COLUMNS, TRAININGS, "t.starts_at desc, t.id desc",
                "greatest(t.created_at, t.cancelled_at)", PublicRows.filter(jst, from, until), offset, limit,
                CentreOpenData::training);
    }

    /** One training; 404 for an unknown one. */
    public TrainingRow training(long id) {
        return jdbc
            .sql("select " + TRAINING_COLUMNS + " from centre_training t join centre c on c.id = t.centre_id"
                    + " where t.id = :id")
            .param("id", id)
            .query(CentreOpenData::training)
            .optional()
            .orElseThrow(() -> new NotFound("training " + id));
    }

    /** The JSTs and years with trainings. */
    public List<long[]> trainingYears() {
        return jdbc
            .sql("select distinct c.jst_id, cast(extract(year from t.starts_at at time zone 'Europe/Warsaw') as int)"
                    + " from centre_training t join centre c on c.id = t.centre_id order by 1, 2")
            .query((rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) })
            .list();
    }

    private static TrainingRow training(ResultSet rs, int n) throws SQLException {
        return new TrainingRow(rs.getLong("id"), rs.getLong("centre_id"), rs.getString("centre_name"),
                rs.getLong("jst_id"), rs.getString("kind"), rs.getString("title"), rs.getString("programme"),
                rs.getString("trainer"), rs.getString("place"), rs.getString("online_link"),
                instant(rs.getTimestamp("starts_at")), instant(rs.getTimestamp("ends_at")), rs.getInt("capacity"),
                instant(rs.getTimestamp("applications_open")), instant(rs.getTimestamp("applications_close")),
                rs.getString("recruitment_mode"), split(rs.getString("audiences")), split(rs.getString("need_tags")),
                instant(rs.getTimestamp("cancelled_at")), rs.getString("cancel_reason"),
                instant(rs.getTimestamp("changed_at")));
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

}
