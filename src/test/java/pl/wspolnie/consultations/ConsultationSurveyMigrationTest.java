package pl.wspolnie.consultations;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V74_5 and V74_6 on a database of their own: a consultation's survey in the old tables
 * (questions, two responses with their answers) is copied onto the survey engine as a
 * survey owned by "consultation:ID", and the old tables are dropped; the demo's
 * consultation survey lives on the engine and its results show in the report.
 */
class ConsultationSurveyMigrationTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    private static Flyway flyway(DataSource target, String upTo) {
        var config = Flyway.configure().dataSource(target).locations("classpath:db/migration").outOfOrder(true);
        return (upTo == null ? config : config.target(upTo)).load();
    }

    @Test
    void theOldSurveyIsCopiedOntoTheEngineAndItsTablesDropped() throws Exception {
        String name = "consurv_migration_" + System.nanoTime();
        String url;
        String user;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
        }
        jdbc.sql("create database " + name).update();
        try {
            DataSource target = new SimpleDriverDataSource(new Driver(),
                    url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name), user, "");
            flyway(target, "74").migrate();
            JdbcClient db = JdbcClient.create(target);
            long jst = db
                .sql("insert into jst (type, name, teryt) values ('POWIAT', 'Powiat próbny', '9901') returning id")
                .query(Long.class)
                .single();
            List<Long> users = List.of(1, 2, 3)
                .stream()
                .map(i -> db
                    .sql("insert into user_account (email, display_name, password_hash, created_at) "
                            + "values (?, ?, 'x', now()) returning id")
                    .params("osoba" + i + "@migracja.test", "Osoba " + i)
                    .query(Long.class)
                    .single())
                .toList();
            long consultation = db.sql("""
                    insert into consultation (jst_id, subject, legal_basis, participation, forms, starts_on, ends_on,
                      responsible_person, remarks_public, created_at, created_by)
                    values (?, 'Konsultacje z ankietą sprzed migracji', 'art. 5', 'EVERYONE', 'SURVEY',
                      date '2026-03-01', date '2026-03-14', 'Jan Urzędnik', true, now(), ?) returning id""")
                .params(jst, users.get(0))
                .query(Long.class)
                .single();
            long single = db
                .sql("insert into consultation_survey_question (consultation_id, jst_id, position, kind,"
                        + " text, options) values (?, ?, 1, 'SINGLE', 'Czy program jest czytelny?', ?) returning id")
                .params(consultation, jst, "Tak\nRaczej tak\nNie")
                .query(Long.class)
                .single();
            long text = db
                .sql("insert into consultation_survey_question (consultation_id, jst_id, position, kind,"
                        + " text) values (?, ?, 2, 'TEXT', 'Co dodać?') returning id")
                .params(consultation, jst)
                .query(Long.class)
                .single();
            Object[][] responses = { { users.get(1), 1, "Więcej sportu" }, { users.get(2), 1, null } };
            for (Object[] r : responses) {
                long response = db
                    .sql("insert into consultation_survey_response (consultation_id, jst_id, user_id,"
                            + " submitted_at) values (?, ?, ?, timestamptz '2026-03-05 23:30:00+00') returning id")
                    .params(consultation, jst, r[0])
                    .query(Long.class)
                    .single();
                db.sql("insert into consultation_survey_answer (response_id, question_id, choice) values (?, ?, ?)")
                    .params(response, single, r[1])
                    .update();
                if (r[2] != null) {
                    db.sql("insert into consultation_survey_answer (response_id, question_id, text) values (?, ?, ?)")
                        .params(response, text, r[2])
                        .update();
                }
            }

            flyway(target, null).migrate();

            Map<String, Object> survey = db
                .sql("select id, jst_id, title, audience, anonymous, starts_on::text as starts, ends_on::text as ends,"
                        + " published_at is not null as published from diagnosis_survey where owner_ref = ?")
                .param("consultation:" + consultation)
                .query()
                .singleRow();
            assertThat(survey).containsEntry("jst_id", jst)
                .containsEntry("title", "Konsultacje z ankietą sprzed migracji")
                .containsEntry("audience", "RESIDENT")
                .containsEntry("anonymous", false)
                .containsEntry("starts", "2026-03-01")
                .containsEntry("ends", "2026-03-14")
                .containsEntry("published", true);
            long surveyId = (Long) survey.get("id");
            assertThat(db.sql("select position || ' ' || kind || ' ' || required || ' ' || text || ' '"
                    + " || coalesce(replace(options, chr(10), '|'), '-') from diagnosis_question where survey_id = ?"
                    + " order by position")
                .param(surveyId)
                .query(String.class)
                .list()).containsExactly("1 SINGLE true Czy program jest czytelny? Tak|Raczej tak|Nie",
                        "2 LONG_TEXT false Co dodać? -");
            assertThat(db.sql("select user_id from diagnosis_respondent where survey_id = ? order by user_id")
                .param(surveyId)
                .query(Long.class)
                .list()).containsExactly(users.get(1), users.get(2));
            assertThat(db
                .sql("select user_id || ' ' || submitted_on || ' ' || area_jst_id from diagnosis_response"
                        + " where survey_id = ? order by user_id")
                .param(surveyId)
                .query(String.class)
                .list()).containsExactly(users.get(1) + " 2026-03-06 " + jst, users.get(2) + " 2026-03-06 " + jst);
            assertThat(db
                .sql("select q.position || ':' || coalesce(a.option_index::text, a.text_value)"
                        + " from diagnosis_answer a join diagnosis_question q on q.id = a.question_id"
                        + " where q.survey_id = ? order by 1")
                .param(surveyId)
                .query(String.class)
                .list()).containsExactly("1:1", "1:1", "2:Więcej sportu");
            assertThat(db
                .sql("select count(*) from information_schema.tables where table_name like 'consultation_survey%'")
                .query(Long.class)
                .single()).isZero();
            assertThat(db
                .sql("select count(*) from information_schema.columns where table_name = 'diagnosis_response'"
                        + " and column_name like 'legacy%'")
                .query(Long.class)
                .single()).isZero();
        }
        finally {
            jdbc.sql("drop database if exists " + name + " with (force)").update();
        }
    }

    @Test
    void theDemoConsultationsSurveyIsOnTheEngineAndItsResultsShowInTheReport() {
        long id = jdbc
            .sql("select min(id) from consultation where subject like 'Projekt programu współpracy na rok %'"
                    + " and closed_at is null")
            .query(Long.class)
            .single();
        assertThat(jdbc
            .sql("select count(*) from diagnosis_question q join diagnosis_survey s on s.id = q.survey_id"
                    + " where s.owner_ref = ?")
            .param("consultation:" + id)
            .query(Long.class)
            .single()).isEqualTo(2);
        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        assertThat(resident.get("/consultations/" + id).text()).contains("Wypełnij ankietę");
        WebClient official = loggedIn("urzednik@wspolnie.demo");
        assertThat(official.get("/consultations/" + id + "/report").status()).isEqualTo(404);
        clock.advance(Duration.ofDays(12)); // ended: the official's preview of the report
        Page report = official.get("/consultations/" + id + "/report");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.text())
            .contains("Wyniki ankiety", "1. Czy projekt programu jest dla Państwa zrozumiały?",
                    "2. Jakie zadanie powinno się znaleźć w programie?", "Wsparcie świetlic wiejskich.",
                    "Zajęcia dla seniorów w każdej gminie.")
            .containsPattern("Liczba wypełnionych ankiet: [3-9]")
            .containsPattern("Raczej tak [2-9] \\d");
    }

}
