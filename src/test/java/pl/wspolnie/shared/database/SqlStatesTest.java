package pl.wspolnie.shared.database;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class SqlStatesTest {

    @Test
    void findsTheStateDeepInTheCauses() {
        var e = new DataIntegrityViolationException("insert", new RuntimeException("jpa",
                new SQLException("duplicate key value violates unique constraint", SqlStates.UNIQUE_VIOLATION)));
        assertThat(SqlStates.causedBy(e, SqlStates.UNIQUE_VIOLATION)).isTrue();
        assertThat(SqlStates.causedBy(e, SqlStates.EXCLUSION_VIOLATION)).isFalse();
    }

    @Test
    void noSqlCauseIsNoState() {
        assertThat(SqlStates.causedBy(new IllegalStateException("x"), SqlStates.UNIQUE_VIOLATION)).isFalse();
        assertThat(SqlStates.causedBy(new SQLException("no state"), SqlStates.UNIQUE_VIOLATION)).isFalse();
    }

}
