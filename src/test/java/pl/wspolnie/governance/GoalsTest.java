package pl.wspolnie.governance;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.pdf.PdfUa;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.governance.GovernanceFixtures.agreement;
import static pl.wspolnie.governance.GovernanceFixtures.partyId;

/**
 * Goals and actions (point 8 of issue 17): actions under the agreement's goals with the
 * parties responsible and a status per year; the yearly summary (meetings, resolutions,
 * parties joined, actions done) from the records, as a page and a PDF. Only the
 * coordinator and Council members edit (403).
 */
class GoalsTest extends CouncilMeetingSupport {

    @Test
    void actionsUnderTheGoalsHaveAStatusPerYearAndTheYearIsSummedUpFromTheRecords() throws IOException {
        int year = LocalDate.now(clock).getYear();
        String w = TestOrganizations.word();
        WebClient coordinator = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        long id = agreement(coordinator, jstId(POWIAT), "Porozumienie Cele " + w);
        String path = "/governance/" + id;
        String goals = path + "/goals";
        String meeting = councilMeetingToday(coordinator, id, w);
        long[] members = memberIds(id);
        bothPresent(coordinator, meeting, members);
        adoptResolution(coordinator, meeting, members, "Plan działań " + w);
        long powiat = partyId(loggedIn(userWithRole(Role.JST_ADMIN, POWIAT)).get(path).body(), "Powiat włoszczowski");

        // only the coordinator and the Council's members add actions
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        Map<String, String> action = Map.of("goal", "0", "title", "Centrum Organizacji " + w, "partyIds",
                String.valueOf(powiat));
        assertThat(official.post(goals + "/actions", action, official.get(goals).csrf()).status()).isEqualTo(403);
        String token = coordinator.get(goals).csrf();
        coordinator.post(goals + "/actions", Map.of("goal", "0", "title", "Bez stron " + w), token);
        assertThat(coordinator.get(goals).text()).contains("Zaznacz co najmniej jedną stronę odpowiedzialną.");
        coordinator.post(goals + "/actions", Map.of("goal", "0", "title", "Obca strona " + w, "partyIds", "999999999"),
                token);
        assertThat(coordinator.get(goals).text()).contains("Odpowiedzialne mogą być tylko strony porozumienia.");
        coordinator.post(goals + "/actions",
                Map.of("goal", "7", "title", "Zły cel " + w, "partyIds", String.valueOf(powiat)), token);
        assertThat(coordinator.get(goals).text()).contains("Wybierz jeden z celów porozumienia.");
        assertThat(coordinator.post(goals + "/actions", action, token).redirectPath()).isEqualTo(goals);
        String page = visitor().get(goals).text();
        assertThat(page)
            .contains("Cel 1: Promocja partnerstwa", "Centrum Organizacji " + w, "Powiat włoszczowski",
                    "Cel 2: Wzrost zatrudnienia w organizacjach", "Pod tym celem nie zapisano jeszcze działań.")
            .doesNotContain("Bez stron " + w, "Obca strona " + w, "Zły cel " + w);
        long actionId = jdbc.sql("select id from governance_action where agreement_id = ?")
            .param(id)
            .query(Long.class)
            .single();

        // a status per year: the coordinator or a Council member records it
        String status = goals + "/actions/" + actionId + "/status";
        assertThat(official
            .post(status, Map.of("year", String.valueOf(year), "status", "DONE"), official.get(goals).csrf())
            .status()).isEqualTo(403);
        coordinator.post(status, Map.of("year", String.valueOf(year - 1), "status", "PLANNED"), token);
        WebClient member = loggedIn(emailOf(members[0]));
        member.post(status, Map.of("year", String.valueOf(year), "status", "DONE", "note", "Otwarto centrum " + w),
                member.get(goals).csrf());
        assertThat(visitor().get(goals).text()).contains("zaplanowane", "wykonane – Otwarto centrum " + w);

        // the yearly summary from the records
        String summary = visitor().get(path + "/summary?year=" + year).text();
        assertThat(summary).contains("Podsumowanie roku " + year, "Posiedzenia: 1, uchwały: 1,",
                "wykonane działania: 1.", "Posiedzenie Rady Porozumienia", "Plan działań " + w,
                "Centrum Organizacji " + w + " – Powiat włoszczowski: Otwarto centrum " + w);
        assertThat(visitor().get(path + "/summary?year=2026").text()).contains("Powiat włoszczowski (");
        assertThat(visitor().get(path + "/summary?year=" + (year - 1)).text()).contains("wykonane działania: 0.");
        HttpResponse<byte[]> pdf = visitor().getBytes(path + "/summary.pdf?year=" + year);
        assertThat(pdf.statusCode()).isEqualTo(200);
        // to look at
        Files.write(Path.of("target", "governance-summary.pdf"), pdf.body());
        assertThat(PdfUa.text(pdf.body())).contains("Podsumowanie roku " + year, "Centrum Organizacji " + w);

        // audited
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'AgreementAction'")
            .query(Long.class)
            .single()).isGreaterThanOrEqualTo(2);
    }

}
