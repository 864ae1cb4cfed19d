package pl.wspolnie.diagnosis;

import java.sql.Date;
import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The working group scores a frozen diagnosis (a score other than the proposed one needs
 * a justification), declares with evidence, takes a survey indicator from a scale
 * question, writes recommendations; the coordinator publishes the report, whose page and
 * PDF show the index per plane with a radar chart and its table, the earlier year, and
 * stay the same when the records change later.
 */
class LijwReportTest extends IntegrationTest {

    private List<Long> indicators(String path) {
        return jdbc.sql("select id from lijw_indicator where diagnosis_id = ? and enabled order by id")
            .param(Long.parseLong(path.replaceAll("\\D", "")))
            .query(Long.class)
            .list();
    }

    private long indicator(String path, String code) {
        return jdbc.sql("select id from lijw_indicator where diagnosis_id = ? and code = ?")
            .params(Long.parseLong(path.replaceAll("\\D", "")), code)
            .query(Long.class)
            .single();
    }

    private void scoreEveryOther(WebClient who, String path, int score) {
        String csrf = who.get(path).csrf();
        for (long id : indicators(path)) {
            Integer agreed = jdbc.sql("select agreed_score from lijw_indicator where id = ?")
                .param(id)
                .query(Integer.class)
                .optional()
                .orElse(null);
            if (agreed == null) {
                assertThat(who
                    .post(path + "/indicators/" + id + "/score",
                            Map.of("score", "" + score, "justification", "Ocena zespołu"), csrf)
                    .status()).isEqualTo(302);
            }
        }
    }

    private long consultationWithRemarks(long jst, Instant day, boolean... answered) {
        long consultation = jdbc
            .sql("insert into consultation (jst_id, subject, legal_basis, participation, forms, "
                    + "starts_on, ends_on, responsible_person, remarks_public, created_at, created_by) values (?, "
                    + "'Konsultacja raportu LIJW', 'art. 5a', 'NGOS', 'formularz', ?, ?, 'Jan Kowalski', true, ?, 1) "
                    + "returning id")
            .params(jst, Date.valueOf("2020-03-01"), Date.valueOf("2020-03-20"), Timestamp.from(day))
            .query(Long.class)
            .single();
        long answer = jdbc
            .sql("insert into consultation_answer (consultation_id, decision, justification, answered_at, "
                    + "answered_by) values (?, 'ACCEPTED', 'Uwzględniono', ?, 1) returning id")
            .params(consultation, Timestamp.from(day))
            .query(Long.class)
            .single();
        for (boolean a : answered) {
            remark(consultation, day, a ? answer : null);
        }
        return consultation;
    }

    private void remark(long consultation, Instant day, Long answer) {
        jdbc.sql("insert into consultation_remark (consultation_id, author_name, source, proposal, created_at, "
                + "updated_at, answer_id) values (?, 'Autor uwagi', 'ONLINE', 'Zmienić', ?, ?, ?)")
            .params(consultation, Timestamp.from(day), Timestamp.from(day), answer)
            .update();
    }

    private long scaleQuestionAnswered(long jst, int... values) {
        long survey = jdbc
            .sql("insert into diagnosis_survey (jst_id, title, audience, anonymous, created_at) "
                    + "values (?, 'Ocena współpracy LIJW', 'NGO', true, now()) returning id")
            .param(jst)
            .query(Long.class)
            .single();
        long question = jdbc
            .sql("insert into diagnosis_question (survey_id, jst_id, position, kind, text, required) "
                    + "values (?, ?, 1, 'SCALE', 'Jak oceniacie wpływ na politykę lokalną?', true) returning id")
            .params(survey, jst)
            .query(Long.class)
            .single();
        for (int v : values) {
            long response = jdbc
                .sql("insert into diagnosis_response (survey_id, submitted_on) values (?, current_date) "
                        + "returning id")
                .param(survey)
                .query(Long.class)
                .single();
            jdbc.sql("insert into diagnosis_answer (response_id, question_id, option_index) values (?, ?, ?)")
                .params(response, question, v)
                .update();
        }
        return question;
    }

    @Test
    void theGroupScoresTheCoordinatorPublishesAndTheReportStaysAsPublished() throws Exception {
        long jst = jstId(POWIAT);
        WebClient coordinator = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        String earlier = LijwDiagnosisTest.open(coordinator, jst, 2019);
        coordinator.post(earlier + "/freeze", Map.of(), coordinator.get(earlier).csrf());
        scoreEveryOther(coordinator, earlier, 2);
        assertThat(coordinator.post(earlier + "/publish", Map.of(), coordinator.get(earlier).csrf()).status())
            .isEqualTo(302);

        Instant day = Instant.parse("2020-03-05T09:00:00Z");
        long consultation = consultationWithRemarks(jst, day, true, true);
        long question = scaleQuestionAnswered(jst, 4, 4, 5);
        String path = LijwDiagnosisTest.open(coordinator, jst, 2020);
        coordinator.post(path + "/freeze", Map.of(), coordinator.get(path).csrf());
        String memberEmail = plainUser();
        Page added = coordinator.post(path + "/members", Map.of("email", memberEmail), coordinator.get(path).csrf());
        assertThat(added.redirectPath()).isEqualTo(path);
        WebClient member = loggedIn(memberEmail);
        assertThat(member.get(path).status()).isEqualTo(200);

        String declared = path + "/indicators/" + indicator(path, "1.4");
        Page noEvidence = member.submit(declared, declared + "/declaration",
                Map.of("declared", "true", "evidenceUrl", ""));
        assertThat(noEvidence.status()).isEqualTo(422);
        assertThat(noEvidence.text()).contains("podaj link do dowodu");
        assertThat(member
            .submit(declared, declared + "/declaration",
                    Map.of("declared", "true", "evidenceUrl", "https://bip.example.org/zarzadzenie-12"))
            .status()).isEqualTo(302);
        Page declaredPage = member.get(declared);
        assertThat(declaredPage.text()).contains("Dane Tak", "Ocena proponowana 3");
        assertThat(declaredPage.body()).contains("href=\"https://bip.example.org/zarzadzenie-12\"");
        Page unjustified = member.submit(declared, declared + "/score", Map.of("score", "1", "justification", ""));
        assertThat(unjustified.status()).isEqualTo(422);
        assertThat(unjustified.text()).contains("Ocena różni się od proponowanej (3): napisz uzasadnienie");
        assertThat(unjustified.body()).contains("id=\"justification-error\"");
        assertThat(member.submit(declared, declared + "/score", Map.of("score", "3", "justification", "")).status())
            .isEqualTo(302);

        String survey = path + "/indicators/" + indicator(path, "1.6");
        assertThat(member.submit(survey, survey + "/question", Map.of("questionId", "" + question)).status())
            .isEqualTo(302);
        Page surveyPage = member.get(survey);
        assertThat(surveyPage.text()).contains("4,33", "Ocena proponowana 2", "Liczba odpowiedzi");
        assertThat(member.get(path + "/indicators/" + indicator(path, "1.2")).text()).contains("100%");

        Page recommended = member.submit(path, path + "/recommendations",
                Map.of("plane1", "Konsultować każdy program z radą.", "plane2", "", "plane3", ""));
        assertThat(recommended.status()).isEqualTo(302);
        Page refused = coordinator.post(path + "/publish", Map.of(), coordinator.get(path).csrf());
        assertThat(coordinator.get(refused.redirectPath()).text()).contains("wskaźników bez uzgodnionej oceny");
        scoreEveryOther(member, path, 1);
        assertThat(member.post(path + "/publish", Map.of(), member.get(path).csrf()).status()).isEqualTo(403);
        assertThat(coordinator.post(path + "/publish", Map.of(), coordinator.get(path).csrf()).status()).isEqualTo(302);

        remark(consultation, day, null);
        remark(consultation, day, null);
        Page report = visitor().get(path + "/report");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("role=\"img\"", "<title id=\"radar-title\">", "<desc id=\"radar-desc\">");
        assertThat(report.text()).contains("Raport LIJW 2020", "Indeks ogólny", "Konsultować każdy program z radą.",
                "100%", "4,33", "Porównanie z poprzednimi latami", "2019", "66,7");
        assertThat(report.text()).doesNotContain("50%");
        assertThat(visitor().get(path + "/indicators/" + indicator(path, "1.2")).text())
            .contains("Rekordy: 2, spełniających warunek: 2");
        assertThat(member
            .post(declared + "/score", Map.of("score", "2", "justification", "Zmiana"), member.get(declared).csrf())
            .status()).isEqualTo(409);

        assertThat(coordinator.get("/programmes/reports/" + jst + "/2020").body())
            .contains("href=\"" + path + "/report\"", "Raport Lokalnego Indeksu Jakości Współpracy (LIJW) za 2020");

        HttpResponse<byte[]> pdf = visitor().getBytes(path + "/report.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).contains("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "lijw-report.pdf"), pdf.body());
    }

}
