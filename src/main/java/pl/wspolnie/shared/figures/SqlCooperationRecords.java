package pl.wspolnie.shared.figures;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link CooperationRecordsSource} of one statement a measure, each taking the
 * parameters {@code :jst} and {@code :year} and returning the columns {@code day},
 * {@code label}, {@code path}, {@code counted} and {@code amount}. A module's source
 * extends it with its statements (its own tables only).
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class SqlCooperationRecords implements CooperationRecordsSource {

    private final JdbcClient jdbc;

    private final Map<String, String> statements;

    @Override
    public Set<String> measures() {
        return statements.keySet();
    }

    @Override
    public List<CooperationRecord> records(String measure, long jstId, int year) {
        String sql = statements.get(measure);
        if (sql == null) {
            return List.of();
        }
        return jdbc.sql(sql)
            .param("jst", jstId)
            .param("year", year)
            .query((rs, n) -> new CooperationRecord(rs.getObject("day", LocalDate.class), rs.getString("label"),
                    rs.getString("path"), rs.getBoolean("counted"), rs.getObject("amount", BigDecimal.class)))
            .list();
    }

}
