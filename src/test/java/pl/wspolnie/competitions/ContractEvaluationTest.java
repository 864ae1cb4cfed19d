package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.text.Sha256;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * Evaluation of a contracted task with its beneficiaries (issue 19 point 3): the
 * announcement requires it, the official sets it up (a diagnosis survey owned by the
 * contract, the NGO told by mail), the NGO issues single-use codes once the contract is
 * signed, beneficiaries answer once without an account, the NGO sees only the summary
 * (nothing under 3 answers), the report per task and the competition's summary; only the
 * contract's parties, each in its role.
 */
class ContractEvaluationTest extends AwardedOfferTest {

    private static final Pattern CODE = Pattern.compile("([2-9A-HJ-NP-Z]{5})-([2-9A-HJ-NP-Z]{5})");

    @Test
    void theAnnouncementMayRequireTheEvaluationAndShowsItOnItsPublicPage() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        Map<String, String> form = CompetitionFixtures.announcement(0,
                "Konkurs z ewaluacją " + TestOrganizations.word(), LocalDateTime.now(WARSAW).plusDays(30));
        form.put("evaluationRequired", "true");
        long id = AnnouncementTest.createDraft(official, form);
        assertThat(official.get("/competitions/" + id + "/edit").body())
            .containsPattern("<input type=\"checkbox\" id=\"evaluationRequired\"[^>]*checked");
        assertThat(jdbc.sql("select evaluation_required from competition where id = ?")
            .param(id)
            .query(Boolean.class)
            .single()).isTrue();
        official.post("/competitions/" + id + "/publish", Map.of(), official.get("/competitions/" + id).csrf());
        assertThat(visitor().get("/competitions/" + id).text())
            .contains("Ogłoszenie wymaga ewaluacji każdego zadania z udziałem jego uczestników");
    }

    @Test
    void theOfficialSetsItUpTheNgoHandsOutCodesAndSeesOnlyTheSummary() {
        Awarded a = contracted();
        String page = "/offers/" + a.offerId() + "/evaluation";
        LocalDate today = LocalDate.now(clock.withZone(WARSAW));

        // Not required by this announcement: nothing to set up (409).
        Page notRequired = a.official().get(page);
        assertThat(notRequired.text()).contains("nie wymaga ewaluacji");
        assertThat(
                a.official().post(page, Map.of("endsOn", today.plusDays(60).toString()), notRequired.csrf()).status())
            .isEqualTo(409);
        jdbc.sql("update competition set evaluation_required = true where id = ?").param(a.competitionId()).update();

        // Only the official sets it up; before, the NGO can issue no codes.
        Page ngoPage = a.ngo().get(page);
        assertThat(ngoPage.text()).contains("Urząd nie przygotował jeszcze ewaluacji");
        assertThat(a.ngo().post(page, Map.of("endsOn", today.plusDays(60).toString()), ngoPage.csrf()).status())
            .isEqualTo(403);
        assertThat(a.ngo().post(page + "/codes", Map.of("count", "5"), ngoPage.csrf()).status()).isEqualTo(409);
        Page official = a.official().get(page);
        assertThat(official.text()).contains("Przygotuj ewaluację");
        Page past = a.official().post(page, Map.of("endsOn", today.minusDays(1).toString()), official.csrf());
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.text()).contains("Data końca ewaluacji nie może być w przeszłości");
        LocalDate endsOn = today.plusDays(60);
        assertThat(a.official().post(page, Map.of("endsOn", endsOn.toString()), official.csrf()).status())
            .isEqualTo(302);
        assertThat(a.official().post(page, Map.of("endsOn", endsOn.toString()), official.csrf()).status()).as("once")
            .isEqualTo(409);
        assertThat(TestMailServer.awaitMail(a.ngoEmail(), "Ewaluacja zadania z uczestnikami")).isNotNull();
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type like '%TaskEvaluation' and entity_id = ?")
            .param(String.valueOf(a.offerId()))
            .query(Long.class)
            .single()).as("audited").isEqualTo(1);

        // The questions are a diagnosis survey of the contract, edited by the official
        // only, not answerable through the survey pages.
        long surveyId = jdbc.sql("select survey_id from competition_task_evaluation where offer_id = ?")
            .param(a.offerId())
            .query(Long.class)
            .single();
        Page questions = a.official().get("/diagnosis/surveys/" + surveyId);
        assertThat(questions.status()).isEqualTo(200);
        assertThat(questions.text()).contains("W jakim stopniu zadanie osiągnęło zapowiadane rezultaty",
                "Co warto poprawić", "Wróć do sprawy");
        assertThat(questions.body()).contains("href=\"" + page + "\"").doesNotContain("/invitations\"");
        assertThat(a.ngo().get("/diagnosis/surveys/" + surveyId).status()).isEqualTo(403);
        assertThat(a.ngo().get("/diagnosis/surveys/" + surveyId + "/results").status()).isEqualTo(403);
        assertThat(a.official().get("/diagnosis/surveys").text()).doesNotContain("Ocena zadania: ");
        assertThat(loggedIn(plainUser()).get("/diagnosis/surveys/" + surveyId + "/answer").status()).isEqualTo(404);

        // Codes: the NGO only, once the contract is signed.
        ngoPage = a.ngo().get(page);
        assertThat(a.official().post(page + "/codes", Map.of("count", "5"), official.csrf()).status()).isEqualTo(403);
        LocalDate signedOn = a.from().minusDays(2);
        if (signedOn.isAfter(today)) {
            assertThat(ngoPage.text()).contains("dopiero od dnia podpisania umowy");
            assertThat(a.ngo().post(page + "/codes", Map.of("count", "5"), ngoPage.csrf()).status()).isEqualTo(409);
            clock.advance(Duration.ofDays(signedOn.toEpochDay() - today.toEpochDay()));
            ngoPage = a.ngo().get(page);
        }
        Page zero = a.ngo().post(page + "/codes", Map.of("count", "0"), ngoPage.csrf());
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.text()).contains("Podaj liczbę kodów od 1 do 200");
        Page issued = a.ngo().post(page + "/codes", Map.of("count", "5"), ngoPage.csrf());
        assertThat(issued.status()).isEqualTo(302);
        Page printed = a.ngo().get(issued.redirectPath());
        assertThat(printed.text()).contains("Kody do ankiety (5)", "/diagnosis/code");
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(printed.text());
        while (m.find()) {
            codes.add(m.group(1) + m.group(2));
        }
        assertThat(codes).hasSize(5).doesNotHaveDuplicates();
        assertThat(printed.body()).contains("/diagnosis/invited/" + codes.get(0));
        assertThat(a.ngo().get(issued.redirectPath()).text()).as("shown once").contains("Kody są pokazywane tylko raz");
        assertThat(jdbc.sql(
                "select count(*) from audit_log where entity_type like '%Invitation' and cast(after_state as text) like ?")
            .param("%" + Sha256.hex(codes.get(0)) + "%")
            .query(Long.class)
            .single()).as("no code's hash in the audit log").isZero();
        assertThat(jdbc.sql("select count(*) from diagnosis_invitation where survey_id = ? and email is null")
            .param(surveyId)
            .query(Long.class)
            .single()).isEqualTo(5);

        // A beneficiary types the code (any case, with the dash) or opens the link.
        Page typed = visitor().get(
                "/diagnosis/code?code=" + codes.get(0).substring(0, 5).toLowerCase() + "-" + codes.get(0).substring(5));
        assertThat(typed.status()).isEqualTo(302);
        assertThat(typed.redirectPath()).isEqualTo("/diagnosis/invited/" + codes.get(0));
        assertThat(visitor().get("/diagnosis/code?code=%3Cx%3E").status()).isEqualTo(422);
        assertThat(visitor().get("/diagnosis/invited/ZZZZZZZZZZ").status()).isEqualTo(404);
        Map<Integer, Long> q = questionIds(surveyId);
        answer(codes.get(0), q, "5", "4", "Świetna prowadząca.", "0");
        answer(codes.get(1), q, "3", "4", "", "0");
        WebClient again = visitor();
        Page form = again.get("/diagnosis/invited/" + codes.get(0));
        assertThat(form.status()).isEqualTo(409);
        Page other = again.get("/diagnosis/invited/" + codes.get(4));
        assertThat(
                again.post("/diagnosis/invited/" + codes.get(0), fields(q, "1", "1", "", "1"), other.csrf()).status())
            .as("a second answer with one code")
            .isEqualTo(409);

        // Two answers: the NGO (and the official) see the count only.
        Page two = a.ngo().get(page);
        assertThat(two.text())
            .contains("Odpowiedzi: 2", "Wyniki pokazujemy od 3 odpowiedzi", "wydano 5, wykorzystano 2")
            .doesNotContain("Świetna prowadząca", "Średnia ocena");
        answer(codes.get(2), q, "4", "5", "", "1");

        // Three: the summary, still without who answered what.
        Page three = a.ngo().get(page);
        assertThat(three.text()).contains("Odpowiedzi: 3", "Średnia ocena: 4,0 (skala 1–5)",
                "Średnia ocena: 4,3 (skala 1–5)", "Świetna prowadząca",
                "Sprawozdanie końcowe nie zostało jeszcze złożone");
        assertThat(three.body()).doesNotContain(codes.get(0), codes.get(1));
        assertThat(jdbc
            .sql("select count(*) from diagnosis_response where survey_id = ? and user_id is null "
                    + "and invitation_id is null and organization_id is null")
            .param(surveyId)
            .query(Long.class)
            .single()).as("answers name nobody").isEqualTo(3);
        assertThat(a.official().get("/diagnosis/surveys/" + surveyId).text()).contains("Ankieta ma już odpowiedzi")
            .doesNotContain("Dodaj pytanie");

        // The competition's summary: one row per task, for the officials.
        String summary = "/competitions/" + a.competitionId() + "/evaluations";
        Page s = a.official().get(summary);
        assertThat(s.status()).isEqualTo(200);
        assertThat(s.text()).contains("U/" + a.offerId(), "Warsztaty w świetlicy",
                "W jakim stopniu zadanie osiągnęło zapowiadane rezultaty?: 4,0");
        assertThat(a.ngo().get(summary).status()).isEqualTo(403);

        // Strangers: 403 on every page and crafted post.
        String otherEmail = plainUser();
        organisationRepresentedBy(otherEmail, "Obca organizacja " + TestOrganizations.word(), KLUCZEWSKO, true);
        for (WebClient stranger : new WebClient[] { loggedIn(otherEmail),
                loggedIn(userWithRole(Role.OFFICIAL, SECEMIN)) }) {
            String csrf = stranger.get("/competitions").csrf();
            assertThat(stranger.get(page).status()).isEqualTo(403);
            assertThat(stranger.get(page + "/codes").status()).isEqualTo(403);
            assertThat(stranger.post(page, Map.of("endsOn", endsOn.toString()), csrf).status()).isEqualTo(403);
            assertThat(stranger.post(page + "/codes", Map.of("count", "3"), csrf).status()).isEqualTo(403);
            assertThat(stranger.get("/diagnosis/surveys/" + surveyId).status()).isEqualTo(403);
        }
        assertThat(loggedIn(userWithRole(Role.OFFICIAL, SECEMIN)).get(summary).status()).isEqualTo(403);

        // After the end: no codes, no answers.
        clock.advance(Duration.ofDays(endsOn.toEpochDay() - LocalDate.now(clock.withZone(WARSAW)).toEpochDay() + 1));
        Page ended = a.ngo().get(page);
        assertThat(ended.text()).contains("Ewaluacja się zakończyła");
        assertThat(a.ngo().post(page + "/codes", Map.of("count", "5"), ended.csrf()).status()).isEqualTo(409);
        WebClient late = visitor();
        Page lateForm = late.get("/diagnosis/invited/" + codes.get(3));
        assertThat(lateForm.text()).contains("Ankieta jest już zamknięta");
        Page refused = late.post("/diagnosis/invited/" + codes.get(3), fields(q, "5", "5", "", "0"),
                late.get("/login").csrf());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("Ankieta jest już zamknięta");
    }

    @Test
    void theDemoContractHasAnEvaluationWithTwentyAnswers() {
        long offerId = jdbc.sql("select id from offer where title = 'Warsztaty haftu i wycinanki w świetlicy'")
            .query(Long.class)
            .single();
        Page ngo = loggedIn("ngo@wspolnie.demo").get("/offers/" + offerId + "/evaluation");
        assertThat(ngo.status()).isEqualTo(200);
        assertThat(ngo.text()).contains("Odpowiedzi: 20", "Średnia ocena:", "Więcej spotkań w soboty",
                "wykorzystano 20");
        long competitionId = jdbc.sql("select competition_id from offer where id = ?")
            .param(offerId)
            .query(Long.class)
            .single();
        assertThat(loggedIn("urzednik@wspolnie.demo").get("/competitions/" + competitionId + "/evaluations").text())
            .contains("Warsztaty haftu i wycinanki w świetlicy");
    }

    private Map<Integer, Long> questionIds(long surveyId) {
        Map<Integer, Long> ids = new HashMap<>();
        jdbc.sql("select position, id from diagnosis_question where survey_id = ?")
            .param(surveyId)
            .query((rs, n) -> ids.put(rs.getInt(1), rs.getLong(2)))
            .list();
        return ids;
    }

    private static Map<String, String> fields(Map<Integer, Long> q, String results, String usefulness, String best,
            String recommend) {
        Map<String, String> f = new HashMap<>();
        f.put("q" + q.get(1), results);
        f.put("q" + q.get(2), usefulness);
        f.put("q" + q.get(3), best);
        f.put("q" + q.get(5), recommend);
        return f;
    }

    private void answer(String code, Map<Integer, Long> q, String results, String usefulness, String best,
            String recommend) {
        WebClient beneficiary = visitor();
        Page form = beneficiary.get("/diagnosis/invited/" + code);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("Ocena zadania: Warsztaty w świetlicy");
        Page sent = beneficiary.post("/diagnosis/invited/" + code, fields(q, results, usefulness, best, recommend),
                form.csrf());
        assertThat(sent.status()).as(sent.text()).isEqualTo(302);
    }

}
