package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NGOs nominate people to the commission through the platform: only representatives of
 * the nominating organisation (403 for crafted POSTs), field errors with the typed values
 * kept, the official sees the nominations and appoints from them (the nominating
 * organisation recorded), a nominee representing an offering organisation is excluded
 * from that offer automatically, nominations close at the offer deadline, every change is
 * in the audit log.
 */
class NominationTest extends IntegrationTest {

    @Test
    void representativesNominateAndTheOfficialAppointsFromTheNominations() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        long competitionId = AnnouncementTest.createPublished(official,
                "Konkurs z kandydatami " + TestOrganizations.word(), LocalDateTime.now(clock).plusDays(30));
        long taskId = CompetitionFixtures.taskId(jdbc, competitionId);
        LocalDate from = CompetitionFixtures.periodFrom(jdbc, competitionId);

        String repA = plainUser();
        String nameA = "Stowarzyszenie Wskazujące " + TestOrganizations.word();
        long orgA = organisationRepresentedBy(repA, nameA, KLUCZEWSKO, true);
        String repB = plainUser();
        long orgB = organisationRepresentedBy(repB, "Fundacja Oferująca " + TestOrganizations.word(), SECEMIN, true);
        WebClient ngoA = loggedIn(repA);
        WebClient ngoB = loggedIn(repB);
        // B submits an offer; A nominates B's representative (who will be excluded from
        // B's offer) and another person.
        Page started = ngoB.post("/competitions/" + competitionId + "/offers",
                Map.of("leadOrganizationId", String.valueOf(orgB), "title", "Oferta fundacji B"),
                ngoB.get("/competitions/" + competitionId).csrf());
        long offerB = Long.parseLong(started.location().replaceAll(".*/offers/(\\d+).*", "$1"));
        assertThat(ngoB
            .post("/offers/" + offerB, CompetitionFixtures.offer(taskId, "Oferta fundacji B", from, from.plusMonths(6)),
                    ngoB.get("/offers/" + offerB).csrf())
            .status()).isEqualTo(302);

        Page competitionPage = ngoA.get("/competitions/" + competitionId);
        assertThat(competitionPage.text()).contains("Wskaż osobę do komisji konkursowej", "Organizacja wskazująca");
        String csrf = competitionPage.csrf();
        String nominationsPath = "/competitions/" + competitionId + "/nominations";

        // Field errors, typed values kept.
        Map<String, String> form = new LinkedHashMap<>(
                Map.of("organizationId", String.valueOf(orgA), "nomineeName", "Żaneta Łęcka", "nomineeEmail",
                        "nikt-" + System.nanoTime() + "@test.wspolnie.pl", "justification", ""));
        Page invalid = ngoA.post(nominationsPath, form, csrf);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.text()).contains("Napisz uzasadnienie.");
        assertThat(invalid.inputValue("nomineeName")).isEqualTo("Żaneta Łęcka");
        form.put("justification", "Dwadzieścia lat w kulturze ludowej.");
        Page unknown = ngoA.post(nominationsPath, form, csrf);
        assertThat(unknown.text()).contains("Nie ma konta z takim adresem e-mail");
        form.put("justification", "x".repeat(2001));
        form.put("nomineeEmail", repB);
        assertThat(ngoA.post(nominationsPath, form, csrf).text())
            .contains("Tekst jest za długi (najwyżej 2000 znaków)");

        // Crafted POSTs: B's representative for A, a resident, an official: 403, nothing
        // recorded.
        form.put("justification", "Dwadzieścia lat w kulturze ludowej.");
        assertThat(ngoB.post(nominationsPath, form, ngoB.get("/competitions/" + competitionId).csrf()).status())
            .isEqualTo(403);
        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        assertThat(resident.post(nominationsPath, form, resident.get("/competitions/" + competitionId).csrf()).status())
            .isEqualTo(403);
        assertThat(resident.get(nominationsPath).status()).isEqualTo(403);
        assertThat(official.post(nominationsPath, form, official.get("/competitions/" + competitionId).csrf()).status())
            .isEqualTo(403);
        assertThat(nominations(competitionId)).isZero();

        assertThat(ngoA.post(nominationsPath, form, csrf).status()).isEqualTo(302);
        String other = plainUser();
        Map<String, String> second = new LinkedHashMap<>(form);
        second.put("nomineeEmail", other);
        second.put("nomineeName", "Jan Kowalski");
        assertThat(ngoA.post(nominationsPath, second, csrf).status()).isEqualTo(302);
        assertThat(ngoA.post(nominationsPath, second, csrf).text()).contains("Ta organizacja już wskazała tę osobę");
        assertThat(nominations(competitionId)).isEqualTo(2);
        assertThat(ngoA.get(nominationsPath).text()).contains("Żaneta Łęcka (" + repB + ")", nameA,
                "Oczekuje na decyzję urzędu");
        assertThat(ngoB.get(nominationsPath).text()).as("B sees only its own organisations' nominations")
            .doesNotContain("Żaneta Łęcka")
            .contains("Twoje organizacje nie wskazały jeszcze nikogo");
        assertThat(jdbc
            .sql("select count(*) from audit_log where entity_type = 'Nomination' and action = 'CREATE' and jst_id = ?")
            .param(jstId(POWIAT))
            .query(Long.class)
            .single()).isGreaterThanOrEqualTo(2);

        // The official sees the nominations and appoints from them; nobody else may.
        String commissionPath = "/competitions/" + competitionId + "/commission";
        Page commission = official.get(commissionPath);
        assertThat(commission.text()).contains("Kandydaci wskazani przez organizacje", "Żaneta Łęcka (" + repB + ")",
                nameA);
        long nominationId = jdbc
            .sql("select id from commission_nomination where competition_id = ? and nominee_user_id = "
                    + "(select id from user_account where email = ?)")
            .param(competitionId)
            .param(repB)
            .query(Long.class)
            .single();
        String appoint = "/competitions/" + competitionId + "/nominations/" + nominationId + "/appoint";
        assertThat(ngoA.post(appoint, Map.of(), csrf).status()).isEqualTo(403);
        assertThat(official.post(appoint, Map.of(), commission.csrf()).status()).isEqualTo(302);
        Page twice = official.post(appoint, Map.of(), commission.csrf());
        assertThat(twice.status()).as("once").isEqualTo(409);
        assertThat(twice.text()).contains("Ta osoba została już powołana do komisji konkursowej");
        assertThat(jdbc
            .sql("select nominated_by_organization_id from commission_member where competition_id = ? and user_id = "
                    + "(select id from user_account where email = ?)")
            .param(competitionId)
            .param(repB)
            .query(Long.class)
            .single()).isEqualTo(orgA);
        String after = official.get(commissionPath).text();
        assertThat(after).contains("Powołana do komisji", "Reprezentuje organizację",
                "art. 15 ust. 2f ustawy w związku z art. 24 KPA");
        assertThat(ngoA.get(nominationsPath).text()).contains("Powołana do komisji");

        // B's representative, nominated by A, is excluded from the evaluation of the
        // whole
        // competition (not only from B's offer).
        official.post("/offers/" + offerB + "/review", Map.of("result", "CORRECT", "checked", "0"),
                official.get("/offers/" + offerB + "/review").csrf());
        clock.advance(Duration.ofDays(31));
        Page board = ngoB.get("/competitions/" + competitionId + "/evaluation");
        ngoB.post("/competitions/" + competitionId + "/evaluation/declare", Map.of("noConflict", "true"), board.csrf());
        assertThat(ngoB.get("/competitions/" + competitionId + "/evaluation").text())
            .contains("Jesteś wyłączony(-a) z oceny ofert w tym konkursie")
            .doesNotContain("Do oceny");
        assertThat(ngoB.get("/offers/" + offerB + "/score").status()).isEqualTo(403);

        // Nominations close at the offer deadline.
        second.put("nomineeEmail", userWithRole(Role.RESIDENT, KLUCZEWSKO));
        assertThat(ngoA.post(nominationsPath, second, csrf).status()).isEqualTo(409);
        assertThat(ngoA.get(nominationsPath).text()).contains("Nabór kandydatów do komisji jest zamknięty");
        assertThat(ngoA.get("/competitions/" + competitionId).text())
            .doesNotContain("Wskaż osobę do komisji konkursowej");
    }

    private long nominations(long competitionId) {
        return jdbc.sql("select count(*) from commission_nomination where competition_id = ?")
            .param(competitionId)
            .query(Long.class)
            .single();
    }

}
