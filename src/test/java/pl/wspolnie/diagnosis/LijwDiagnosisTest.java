package pl.wspolnie.diagnosis;

import java.sql.Timestamp;
import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly LIJW diagnosis through HTTP: the coordinator (the JST's liaison officer)
 * opens a year with the default set, edits and freezes it with a version; computed
 * indicators are checked against records created here, with their drill-down and "cannot
 * be computed"; crafted requests of others get 403.
 */
public class LijwDiagnosisTest extends IntegrationTest {

    public static String open(WebClient coordinator, long jstId, int year) {
        Page form = coordinator.get("/diagnosis/lijw");
        Page opened = coordinator.post("/diagnosis/lijw/open", Map.of("jstId", "" + jstId, "year", "" + year),
                form.csrf());
        assertThat(opened.status()).isEqualTo(302);
        return opened.redirectPath();
    }

    long indicatorId(String path, String code) {
        return jdbc.sql("select id from lijw_indicator where diagnosis_id = ? and code = ?")
            .params(Long.parseLong(path.replaceAll("\\D", "")), code)
            .query(Long.class)
            .single();
    }

    public static Map<String, String> indicatorForm(String name, String plane, String kind, boolean enabled, String t1,
            String t2, String t3) {
        Map<String, String> f = new HashMap<>();
        f.put("name", name);
        f.put("plane", plane);
        f.put("kind", kind);
        if (enabled) {
            f.put("enabled", "true");
        }
        f.put("threshold1", t1);
        f.put("threshold2", t2);
        f.put("threshold3", t3);
        return f;
    }

    @Test
    void theCoordinatorOpensTheYearEditsTheSetAndFreezesItWithAVersion() {
        WebClient coordinator = loggedIn(userWithRole(Role.LIAISON_OFFICER, SECEMIN));
        String path = open(coordinator, jstId(SECEMIN), 2024);
        Page page = coordinator.get(path);
        assertThat(page.text()).contains("LIJW 2024", "Zestaw wskaźników w edycji",
                "Udział uwag z konsultacji, które otrzymały opublikowaną, uzasadnioną odpowiedź",
                "Zadowolenie organizacji z informacji i wsparcia", "Płaszczyzna 3: infrastruktura współpracy");
        assertThat(jdbc.sql("select count(*) from lijw_indicator where diagnosis_id = ?")
            .param(Long.parseLong(path.replaceAll("\\D", "")))
            .query(Long.class)
            .single()).isEqualTo(20);

        long council = indicatorId(path, "1.3");
        String edit = path + "/indicators/" + council + "/edit";
        Page wrong = coordinator.submit(edit, edit,
                indicatorForm("Rada wydaje opinie", "1", "COMPUTED", true, "50", "10", "abc"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.text()).contains("Próg musi być liczbą");
        assertThat(wrong.body()).contains("value=\"Rada wydaje opinie\"");
        Page ordered = coordinator.submit(edit, edit,
                indicatorForm("Rada wydaje opinie", "1", "COMPUTED", true, "50", "10", "90"));
        assertThat(ordered.status()).isEqualTo(422);
        assertThat(ordered.text()).contains("Próg wyższej oceny nie może być mniejszy");
        long volunteering = indicatorId(path, "3.6");
        String off = path + "/indicators/" + volunteering + "/edit";
        assertThat(coordinator
            .submit(off, off, indicatorForm("Wspierany wolontariat", "3", "COMPUTED", false, "1", "5", "20"))
            .status()).isEqualTo(302);
        assertThat(coordinator
            .submit(path + "/indicators/new", path + "/indicators/new",
                    indicatorForm("Wspólny kalendarz wydarzeń organizacji", "3", "DECLARED", true, "", "", ""))
            .status()).isEqualTo(302);
        assertThat(coordinator.get(path).text()).contains("wyłączony", "W1", "Wspólny kalendarz wydarzeń organizacji");

        Page frozen = coordinator.post(path + "/freeze", Map.of(), coordinator.get(path).csrf());
        assertThat(frozen.redirectPath()).isEqualTo(path);
        assertThat(coordinator.get(path).text()).contains("Zestaw zamrożony, trwa ocena",
                "Wersja zestawu wskaźników 1");
        assertThat(coordinator
            .submit(edit, edit, indicatorForm("Rada wydaje opinie", "1", "COMPUTED", true, "1", "50", "90"))
            .status()).isEqualTo(409);

        String same = open(coordinator, jstId(SECEMIN), 2025);
        assertThat(coordinator.get(same).text()).contains("Wspólny kalendarz wydarzeń organizacji", "wyłączony");
        coordinator.post(same + "/freeze", Map.of(), coordinator.get(same).csrf());
        assertThat(coordinator.get(same).text()).contains("Wersja zestawu wskaźników 1");
        String changed = open(coordinator, jstId(SECEMIN), 2026);
        String edit2 = changed + "/indicators/" + indicatorId(changed, "1.3") + "/edit";
        coordinator.submit(edit2, edit2, indicatorForm("Rada wydaje opinie", "1", "COMPUTED", true, "1", "60", "95"));
        coordinator.post(changed + "/freeze", Map.of(), coordinator.get(changed).csrf());
        assertThat(coordinator.get(changed).text()).contains("Wersja zestawu wskaźników 2");
        Page twice = coordinator.post("/diagnosis/lijw/open", Map.of("jstId", "" + jstId(SECEMIN), "year", "2025"),
                coordinator.get("/diagnosis/lijw").csrf());
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.text()).contains("Diagnoza za 2025 już istnieje");
    }

    @Test
    void aComputedIndicatorCountsTheRecordsOfTheYearWithItsDrillDown() {
        long jst = jstId(KLUCZEWSKO);
        Instant inYear = Instant.parse("2023-05-10T10:00:00Z");
        long consultation = jdbc
            .sql("insert into consultation (jst_id, subject, legal_basis, participation, forms, "
                    + "starts_on, ends_on, responsible_person, remarks_public, created_at, created_by) values (?, "
                    + "'Program współpracy LIJW-test', 'art. 5a', 'NGOS', 'formularz', '2023-05-01', '2023-05-20', "
                    + "'Jan Kowalski', true, ?, 1) returning id")
            .params(jst, Timestamp.from(inYear))
            .query(Long.class)
            .single();
        long answer = jdbc
            .sql("insert into consultation_answer (consultation_id, decision, justification, answered_at, "
                    + "answered_by) values (?, 'ACCEPTED', 'Uwzględniono', ?, 1) returning id")
            .params(consultation, Timestamp.from(inYear))
            .query(Long.class)
            .single();
        for (String[] remark : new String[][] { { "Anna Nowak", "answered" }, { "Piotr Zieliński", "answered" },
                { "Ewa Wiśniewska", "" } }) {
            jdbc.sql("insert into consultation_remark (consultation_id, author_name, source, proposal, created_at, "
                    + "updated_at, answer_id) values (?, ?, 'ONLINE', 'Zmienić', ?, ?, ?)")
                .params(consultation, remark[0], Timestamp.from(inYear), Timestamp.from(inYear),
                        remark[1].isEmpty() ? null : answer)
                .update();
        }

        // 3.6: the volunteering offers published in the year, with the volunteers who
        // answered;
        // an offer waiting for moderation, a job offer and another year's offer do not
        // count.
        List<Long> users = jdbc.sql("select id from user_account order by id limit 2").query(Long.class).list();
        long offer = 0;
        for (String[] notice : new String[][] { { "VOLUNTEERING", "PUBLISHED", "2023-06-01T08:00:00Z" },
                { "VOLUNTEERING", "REJECTED", "2023-06-02T08:00:00Z" }, { "JOB", "PUBLISHED", "2023-06-03T08:00:00Z" },
                { "VOLUNTEERING", "PUBLISHED", "2022-12-31T08:00:00Z" } }) {
            long id = jdbc
                .sql("insert into notice (kind, jst_id, author_id, title, description, expires_on, created_at, status) "
                        + "values (?, ?, ?, ?, 'Opis', '2023-12-31', ?, ?) returning id")
                .params(notice[0], jst, users.get(0), "Wolontariat LIJW-test " + notice[2].substring(0, 10),
                        Timestamp.from(Instant.parse(notice[2])), notice[1])
                .query(Long.class)
                .single();
            if (offer == 0) {
                offer = id;
            }
        }
        for (long user : users) {
            jdbc.sql(
                    "insert into notice_response (notice_id, user_id, message, created_at) values (?, ?, 'Chętnie', ?)")
                .params(offer, user, Timestamp.from(Instant.parse("2023-06-05T08:00:00Z")))
                .update();
        }

        WebClient coordinator = loggedIn(userWithRole(Role.LIAISON_OFFICER, KLUCZEWSKO));
        String path = open(coordinator, jst, 2023);
        Page page = coordinator.get(path);
        assertThat(page.text()).contains("66,67%", "nie można obliczyć: moduł nie był używany w tym roku")
            .as("every indicator of the default set has a source")
            .doesNotContain("nie można obliczyć: platforma nie prowadzi jeszcze tych danych");
        Page volunteering = coordinator.get(path + "/indicators/" + indicatorId(path, "3.6"));
        assertThat(volunteering.text())
            .contains("Wolontariat LIJW-test 2023-06-01, zgłoszenia wolontariuszy: 2",
                    "Rekordy: 1, spełniających warunek: 1", "Ocena proponowana 1")
            .doesNotContain("2023-06-02", "2023-06-03", "2022-12-31");
        assertThat(volunteering.body()).contains("href=\"/notices/" + offer + "\"");
        Page drill = coordinator.get(path + "/indicators/" + indicatorId(path, "1.2"));
        assertThat(drill.status()).isEqualTo(200);
        assertThat(drill.text()).contains("Program współpracy LIJW-test: Anna Nowak", "Piotr Zieliński",
                "Ewa Wiśniewska", "Rekordy: 3, spełniających warunek: 2", "66,67%");
        assertThat(drill.body()).contains("href=\"/consultations/" + consultation + "/remarks\"");
        assertThat(coordinator.get(path + "/indicators/" + indicatorId(path, "1.1")).text())
            .contains("Ocena proponowana 1");
        assertThat(coordinator.get(path + "/indicators/" + indicatorId(path, "3.4")).text())
            .contains("nie można obliczyć: moduł nie był używany w tym roku", "Brak rekordów za ten rok.");
    }

    @Test
    void othersGet403OnEveryCraftedRequest() {
        WebClient coordinator = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        String path = open(coordinator, jstId(POWIAT), 2022);
        long indicator = indicatorId(path, "1.4");
        for (WebClient other : new WebClient[] { loggedIn(userWithRole(Role.OFFICIAL, POWIAT)),
                loggedIn(userWithRole(Role.LIAISON_OFFICER, KLUCZEWSKO)), loggedIn(userWithRole(Role.RESIDENT, POWIAT)),
                loggedIn(plainUser()) }) {
            String csrf = other.get("/").csrf();
            assertThat(other.get(path).status()).isEqualTo(403);
            assertThat(other.post(path + "/freeze", Map.of(), csrf).status()).isEqualTo(403);
            assertThat(other.post(path + "/members", Map.of("email", "x@example.org"), csrf).status()).isEqualTo(403);
            assertThat(other.post(path + "/indicators/" + indicator + "/score", Map.of("score", "3"), csrf).status())
                .isEqualTo(403);
            assertThat(other.post(path + "/recommendations", Map.of("plane1", "Wstawione"), csrf).status())
                .isEqualTo(403);
            assertThat(other.post("/diagnosis/lijw/open", Map.of("jstId", "" + jstId(POWIAT), "year", "2021"), csrf)
                .status()).isEqualTo(403);
            assertThat(other.get(path + "/report").status()).isEqualTo(404);
        }
        assertThat(visitor().get(path).status()).isIn(302, 401, 403);
    }

}
