package pl.wspolnie.governance;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.governance.GovernanceFixtures.agreement;

/**
 * The register of resolutions (point 6 of issue 17): a resolution adopted at a meeting by
 * the named vote of the members present, numbered per agreement and year; refused without
 * the quorum (409), with more votes than members present or a vote of someone absent, or
 * without a majority (422), nothing saved; amending and repealing; public, searchable,
 * exportable; only the coordinator and Council members record (403).
 */
class ResolutionsTest extends CouncilMeetingSupport {

    @Test
    void resolutionsAreAdoptedByANamedVoteWithTheQuorumAndKeptInAPublicRegister() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String w = TestOrganizations.word();
        WebClient coordinator = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        long id = agreement(coordinator, jstId(POWIAT), "Porozumienie Uchwały " + w);
        String path = "/governance/" + id;
        String meeting = councilMeetingToday(coordinator, id, w);
        long[] ids = memberIds(id);
        String newResolution = meeting + "/resolutions/new";

        // without the quorum: 409, nothing saved
        Map<String, String> first = new HashMap<>(Map.of("title", "Regulamin Rady " + w, "text",
                "Rada przyjmuje regulamin.", "vote-" + ids[0], "FOR", "vote-" + ids[1], "FOR"));
        Page noQuorum = coordinator.submit(newResolution, newResolution, first);
        assertThat(noQuorum.status()).isEqualTo(409);
        assertThat(noQuorum.text()).contains("Brak kworum: obecnych 0 z 2 członków, potrzeba 2.");
        String token = coordinator.get(meeting).csrf();
        coordinator.post(meeting + "/attendance?present=" + ids[0] + "&present=" + ids[1], Map.of(), token);
        coordinator.get(meeting);

        // more votes than members present, a vote of someone absent, no majority: 422
        long stranger = provisioning.ensureConfirmedUser(uniqueEmail("obcy"), "Obcy " + w, DEMO_PASSWORD);
        Map<String, String> tooMany = new HashMap<>(first);
        tooMany.put("vote-" + stranger, "FOR");
        Page refused = coordinator.submit(newResolution, newResolution, tooMany);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Głosów (3) jest więcej niż obecnych członków (2).");
        Map<String, String> absent = new HashMap<>(
                Map.of("title", "X " + w, "text", "Y", "vote-" + ids[0], "FOR", "vote-" + stranger, "FOR"));
        assertThat(coordinator.submit(newResolution, newResolution, absent).text())
            .contains("Głosować mogą tylko członkowie obecni na posiedzeniu.");
        Page noMajority = coordinator.submit(newResolution, newResolution,
                Map.of("title", "Odrzucona " + w, "text", "Y", "vote-" + ids[0], "FOR", "vote-" + ids[1], "AGAINST"));
        assertThat(noMajority.status()).isEqualTo(422);
        assertThat(noMajority.text()).contains("Uchwała nie zapadła: za 1, przeciw 1.");
        assertThat(count(id)).isZero();

        // only the coordinator and the Council's members record: others 403
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        assertThat(official.get(newResolution).status()).isEqualTo(403);
        assertThat(official.post(newResolution, first, official.get(path).csrf()).status()).isEqualTo(403);
        assertThat(count(id)).isZero();

        // adopted: number 1 of the year
        int year = today.getYear();
        String r1 = coordinator.submit(newResolution, newResolution, first).redirectPath();
        assertThat(visitor().get(r1).text()).contains("Uchwała nr 1/" + year + ": Regulamin Rady " + w,
                "Status: obowiązuje", "Za: 2, przeciw: 0, wstrzymało się: 0; obecnych 2 z 2 członków.", "Radna 0 " + w);
        // a Council member records the second one, which amends the first
        WebClient member = loggedIn(emailOf(ids[0]));
        String r2 = member
            .submit(newResolution, newResolution,
                    Map.of("title", "Zmiana regulaminu " + w, "text", "Zmienia się § 2.", "changesId", idOf(r1),
                            "change", "AMENDS", "vote-" + ids[0], "FOR", "vote-" + ids[1], "ABSTAINED"))
            .redirectPath();
        assertThat(visitor().get(r2).text()).contains("Uchwała nr 2/" + year, "Zmienia uchwałę",
                "Za: 1, przeciw: 0, wstrzymało się: 1");
        assertThat(visitor().get(r1).text()).contains("Status: obowiązuje ze zmianami", "Zmieniona uchwałą");
        String r3 = coordinator
            .submit(newResolution, newResolution, Map.of("title", "Uchylenie regulaminu " + w, "text", "Uchyla się.",
                    "changesId", idOf(r1), "change", "REPEALS", "vote-" + ids[0], "FOR"))
            .redirectPath();
        assertThat(visitor().get(r1).text()).contains("Status: uchylona", "Uchylona uchwałą");
        Page again = coordinator.submit(newResolution, newResolution, Map.of("title", "Znowu " + w, "text", "Z",
                "changesId", idOf(r1), "change", "AMENDS", "vote-" + ids[0], "FOR"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.text()).contains("została już uchylona");
        assertThat(count(id)).isEqualTo(3);
        assertThat(r3).contains("/resolutions/");

        // public, searchable by title and number
        String register = visitor().get(path + "/resolutions").text();
        assertThat(register).contains("Regulamin Rady " + w, "Zmiana regulaminu " + w, "Uchylenie regulaminu " + w);
        assertThat(visitor().get(path + "/resolutions?q=zmiana+REGULAMINU").text()).contains("Zmiana regulaminu " + w)
            .doesNotContain("Uchylenie regulaminu " + w);
        assertThat(visitor().get(path + "/resolutions?q=3/" + year).text()).contains("Uchylenie regulaminu " + w)
            .doesNotContain("Zmiana regulaminu " + w);
        assertThat(visitor().get(meeting).text()).contains("Uchwała nr 2/" + year + ": Zmiana regulaminu " + w);

        // exportable
        HttpResponse<byte[]> csv = visitor().getBytes(path + "/resolutions.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("1/" + year, "Regulamin Rady " + w,
                "uchylona");
        HttpResponse<byte[]> xlsx = visitor().getBytes(path + "/resolutions.xlsx?q=Zmiana");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(visitor().getBytes(path + "/resolutions.ods").headers().firstValue("Content-Type").orElse(""))
            .contains("opendocument");

        // audited
        assertThat(
                jdbc.sql("select count(*) from audit_log where entity_type = 'Resolution'").query(Long.class).single())
            .isGreaterThanOrEqualTo(3);
    }

    private long count(long agreementId) {
        return jdbc.sql("select count(*) from governance_resolution where agreement_id = ?")
            .param(agreementId)
            .query(Long.class)
            .single();
    }

}
