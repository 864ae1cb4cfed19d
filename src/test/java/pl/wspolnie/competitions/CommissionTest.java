package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import pl.wspolnie.competitions.domain.offer.Offers;
import pl.wspolnie.support.TestMailServer;

/**
 * The commission: a member who represents an offering organisation is excluded from that
 * offer automatically (403 even by a crafted URL); scores need justifications; others'
 * scores stay hidden until one's own are in; ranking.
 */
class CommissionTest extends IntegrationTest {

    @Autowired
    Offers offerService;

    @Test
    void conflictedMemberIsExcludedAutomaticallyAndTheOthersScoreAndRank() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        long competitionId = AnnouncementTest.createPublished(official, "Konkurs z komisją " + TestOrganizations.word(),
                LocalDateTime.now(WARSAW).plusDays(30));
        long taskId = CompetitionFixtures.taskId(jdbc, competitionId);
        LocalDate from = CompetitionFixtures.periodFrom(jdbc, competitionId);

        String repA = plainUser();
        long offerA = submitted(competitionId, taskId, from, repA, "Oferta organizacji A");
        String repB = plainUser();
        long offerB = submitted(competitionId, taskId, from, repB, "Oferta organizacji B");
        for (long offer : List.of(offerA, offerB)) {
            official.post("/offers/" + offer + "/review", Map.of("result", "CORRECT", "checked", "0"),
                    official.get("/offers/" + offer + "/review").csrf());
        }

        // The representative of A sits on the commission; a commission member of the
        // powiat chairs it; another one scores too. A person nominated by A cannot sit on
        // it at all (art. 15 ust. 2d).
        String chair = userWithRole(Role.COMMISSION_MEMBER, POWIAT);
        String second = userWithRole(Role.COMMISSION_MEMBER, POWIAT);
        String csrf = official.get("/competitions/" + competitionId + "/commission").csrf();
        Page unknown = official.post("/competitions/" + competitionId + "/commission",
                Map.of("email", "nikt-" + System.nanoTime() + "@test.wspolnie.pl"), csrf);
        assertThat(unknown.text()).contains("Nie ma konta z takim adresem e-mail");
        long orgA = jdbc.sql("select lead_organization_id from offer where id = ?")
            .param(offerA)
            .query(Long.class)
            .single();
        Page nominee = official.post("/competitions/" + competitionId + "/commission",
                Map.of("email", second, "nominatedBy", String.valueOf(orgA)), csrf);
        assertThat(nominee.status()).isNotEqualTo(302);
        assertThat(nominee.text()).contains("która złożyła ofertę w tym konkursie (art. 15 ust. 2d ustawy)");
        assertThat(
                official.post("/competitions/" + competitionId + "/commission", Map.of("email", repA), csrf).status())
            .isEqualTo(302);
        assertThat(official
            .post("/competitions/" + competitionId + "/commission", Map.of("email", chair, "chair", "true"), csrf)
            .status()).isEqualTo(302);
        assertThat(
                official.post("/competitions/" + competitionId + "/commission", Map.of("email", second), csrf).status())
            .isEqualTo(302);
        WebClient conflicted = loggedIn(repA);
        WebClient chairClient = loggedIn(chair);
        WebClient secondClient = loggedIn(second);
        assertThat(loggedIn(repB).get("/competitions/" + competitionId + "/commission").status()).as("not a member")
            .isEqualTo(403);
        assertThat(loggedIn(repB)
            .post("/competitions/" + competitionId + "/commission", Map.of("email", repB),
                    loggedIn(repB).get("/competitions/" + competitionId).csrf())
            .status()).isEqualTo(403);

        // Before the deadline nobody scores.
        declare(chairClient, competitionId);
        declare(secondClient, competitionId);
        assertThat(chairClient.get("/offers/" + offerA + "/score").status()).isEqualTo(403);
        assertThat(chairClient.get("/competitions/" + competitionId + "/evaluation").text())
            .contains("po terminie składania ofert");

        // The representative of A is excluded from the whole competition (art. 15 ust.
        // 2f,
        // art. 24 KPA), not only from A's offer: the ranking is comparative.
        clock.advance(Duration.ofDays(31));
        // Both offers were reviewed before the deadline: once it passes, the members who
        // may
        // score are told (once); the representative of A is excluded already.
        assertThat(offerService.tellCommissionsReadyForScoring()).isPositive();
        assertThat(TestMailServer.awaitMail(chair, "Oferty czekają na ocenę komisji"))
            .contains("/competitions/" + competitionId + "/evaluation", "art. 15 ust. 2d i 2f");
        assertThat(offerService.tellCommissionsReadyForScoring()).as("told once").isZero();
        assertThat(conflicted.get("/offers/" + offerB + "/score").status()).as("no declaration yet").isEqualTo(403);
        declare(conflicted, competitionId);
        Page board = conflicted.get("/competitions/" + competitionId + "/evaluation");
        assertThat(board.text()).contains("Jesteś wyłączony(-a) z oceny ofert w tym konkursie",
                "art. 15 ust. 2f ustawy w związku z art. 24 KPA", "wszystkich ofert konkursu");
        assertThat(board.body()).doesNotContain("/offers/" + offerA + "/score", "/offers/" + offerB + "/score");
        Map<Long, Integer> all7 = points(competitionId, 7);
        for (long offer : List.of(offerA, offerB)) {
            assertThat(conflicted.get("/offers/" + offer + "/score").status()).isEqualTo(403);
            assertThat(conflicted.post("/offers/" + offer + "/score", form(all7), board.csrf()).status())
                .isEqualTo(403);
        }
        assertThat(jdbc
            .sql("select count(*) from evaluation e join commission_member m on m.id = e.member_id "
                    + "where m.competition_id = ?")
            .param(competitionId)
            .query(Long.class)
            .single()).isZero();
        assertThat(jdbc
            .sql("select exclusion_ground from commission_member where competition_id = ? and excluded_at is not null")
            .param(competitionId)
            .query(String.class)
            .list()).containsExactly("REPRESENTS_OFFEROR");
        assertThat(official.get("/competitions/" + competitionId + "/commission").text())
            .contains("Reprezentuje organizację", "która złożyła ofertę w konkursie");

        // Scoring B: the second member scores; the chair does not see it until the
        // chair's
        // own scores are in.
        Page secondBoard = secondClient.get("/competitions/" + competitionId + "/evaluation");
        assertThat(secondClient.post("/offers/" + offerB + "/score", form(all7), secondBoard.csrf()).status())
            .isEqualTo(302);
        Page chairB = chairClient.get("/offers/" + offerB + "/score");
        assertThat(chairB.status()).isEqualTo(200);
        assertThat(chairB.text()).as("money in the Polish format")
            .contains("Koszty ogółem: 5\u00a0500,00 zł", "4\u00a0900,00 zł")
            .doesNotContain("5500.00");
        assertThat(chairB.text()).doesNotContain("Oceny pozostałych członków", "42 pkt");
        Map<String, String> tooMany = form(points(competitionId, 5));
        long firstCriterion = points(competitionId, 0).keySet().iterator().next();
        tooMany.put("points" + firstCriterion, "11");
        tooMany.put("justification" + firstCriterion, "");
        Page refused = chairClient.post("/offers/" + offerB + "/score", tooMany, chairB.csrf());
        assertThat(refused.status()).as("the sheet again, as every refused form").isEqualTo(422);
        assertThat(refused.body()).contains("id=\"error-summary\"", "href=\"#points" + firstCriterion + "\"");
        assertThat(refused.text()).contains("Podaj liczbę punktów od 0 do 10");
        assertThat(refused.inputValue("points" + firstCriterion)).isEqualTo("11");
        assertThat(chairClient.post("/offers/" + offerB + "/score", form(points(competitionId, 5)), chairB.csrf())
            .status()).isEqualTo(302);
        assertThat(chairClient.get("/offers/" + offerB + "/score").text()).contains("Twoja ocena: 30 pkt",
                "Oceny pozostałych członków", "42 pkt");
        Page again = chairClient.post("/offers/" + offerB + "/score", form(points(competitionId, 5)), chairB.csrf());
        assertThat(again.status()).as("scores are final").isEqualTo(409);
        assertThat(again.text()).as("the reason, on the common page")
            .contains("Tego nie można teraz zrobić",
                    "Twoja ocena tej oferty jest już zapisana i nie można jej zmienić.");
        assertThat(chairClient.post("/offers/" + offerA + "/score", form(points(competitionId, 8)), chairB.csrf())
            .status()).isEqualTo(302);

        // A score of the excluded member (say, given before the exclusion was found) does
        // not count in the ranking.
        long conflictedMember = jdbc
            .sql("select id from commission_member where competition_id = ? and excluded_at is not null")
            .param(competitionId)
            .query(Long.class)
            .single();
        jdbc.sql("insert into evaluation (offer_id, member_id, submitted_at, total) values (?, ?, now(), 0)")
            .params(offerA, conflictedMember)
            .update();

        // Ranking by mean: A 48, B (42 + 30) / 2 = 36; both get the requested 4 900 zł
        // within the task's 50 000 zł.
        Page ranking = official.get("/competitions/" + competitionId + "/ranking");
        assertThat(ranking.status()).isEqualTo(200);
        String text = ranking.text();
        assertThat(text.indexOf("Oferta organizacji A")).isLessThan(text.indexOf("Oferta organizacji B"));
        assertThat(text).contains("48,00", "36,00", "4\u00a0900,00 zł");
        assertThat(chairClient.get("/competitions/" + competitionId + "/ranking").status()).as("the chair sees it")
            .isEqualTo(200);
        assertThat(conflicted.get("/competitions/" + competitionId + "/ranking").status()).isEqualTo(403);
        assertThat(official.get("/competitions/" + competitionId + "/commission").text())
            .contains("(przewodniczący/przewodnicząca)");

        HttpResponse<byte[]> protocol = official.getBytes("/competitions/" + competitionId + "/protocol.pdf");
        assertThat(protocol.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(protocol.body())) {
            String protocolText = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(protocolText).contains("Protokół komisji konkursowej", "Oferta organizacji A", "48,00", "36,00",
                    "Skład komisji konkursowej", "Przewodniczący(-a) komisji", "organ wykonawczy");
        }
        catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(conflicted.getBytes("/competitions/" + competitionId + "/protocol.pdf").statusCode()).isEqualTo(403);

        // The decision: a valid competition cannot be annulled; a changed amount needs a
        // justification.
        Page decision = official.get("/competitions/" + competitionId + "/decision");
        assertThat(decision.status()).isEqualTo(200);
        assertThat(official
            .post("/competitions/" + competitionId + "/annul", Map.of("reason", "Brak środków"), decision.csrf())
            .text()).contains("są oferty poprawne formalnie");
        Map<String, String> amounts = new LinkedHashMap<>(
                Map.of("amount" + offerA, "4900.00", "amount" + offerB, "3 000"));
        Page unjustified = official.post("/competitions/" + competitionId + "/decision", amounts, decision.csrf());
        assertThat(unjustified.status()).isEqualTo(422);
        assertThat(unjustified.text()).contains("Uzasadnij zmianę kwoty proponowanej przez komisję");
        assertThat(unjustified.inputValue("amount" + offerB)).isEqualTo("3 000");
        amounts.put("amount" + offerB, "-5");
        assertThat(official.post("/competitions/" + competitionId + "/decision", amounts, decision.csrf()).text())
            .contains("Kwota nie może być ujemna");
        amounts.put("amount" + offerB, "3 000");
        amounts.put("justification" + offerB, "Część kosztów sprzętu nie jest niezbędna.");
        assertThat(loggedIn(repB)
            .post("/competitions/" + competitionId + "/decision", amounts,
                    loggedIn(repB).get("/competitions/" + competitionId).csrf())
            .status()).isEqualTo(403);
        assertThat(official.post("/competitions/" + competitionId + "/decision", amounts, decision.csrf()).status())
            .isEqualTo(302);
        Page results = visitor().get("/competitions/" + competitionId);
        assertThat(results.text()).contains("Wyniki konkursu", "Oferta organizacji A", "4\u00a0900,00 zł",
                "Oferta organizacji B", "3\u00a0000,00 zł", "Rozstrzygnięto");
        assertThat(visitor().get("/competitions?phase=decided&jst=" + jstId(POWIAT)).text())
            .contains("Konkurs z komisją");
        assertThat(TestMailServer.awaitMail(repB, "Wyniki konkursu")).contains("3\u00a0000,00 zł",
                "Oferta organizacji B", "niższą od wnioskowanej", "zaktualizuj tabelę kosztów",
                "/offers/" + offerB + "#costLines");
        assertThat(TestMailServer.awaitMail(repA, "Wyniki konkursu")).contains("4\u00a0900,00 zł",
                "Kolejny krok: umowa", "/offers/" + offerA + "#costLines");
        assertThat(official.post("/competitions/" + competitionId + "/decision", amounts, decision.csrf()).text())
            .as("decided once")
            .doesNotContain("Wyniki opublikowane");
    }

    @Test
    void competitionWithoutValidOffersIsAnnulledAndTheAnnulmentPublished() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String title = "Konkurs bez ofert " + TestOrganizations.word();
        long competitionId = AnnouncementTest.createPublished(official, title, LocalDateTime.now(WARSAW).plusDays(30));
        long taskId = CompetitionFixtures.taskId(jdbc, competitionId);
        LocalDate from = CompetitionFixtures.periodFrom(jdbc, competitionId);
        long offer = submitted(competitionId, taskId, from, plainUser(), "Oferta niepoprawna");
        official.post("/offers/" + offer + "/review", Map.of("result", "INCORRECT"),
                official.get("/offers/" + offer + "/review").csrf());
        String csrf = official.get("/competitions/" + competitionId).csrf();
        assertThat(official.post("/competitions/" + competitionId + "/annul", Map.of("reason", "Za wcześnie"), csrf)
            .text()).as("before the deadline").contains("Konkursu nie można teraz unieważnić");

        clock.advance(Duration.ofDays(31));
        Page decision = official.get("/competitions/" + competitionId + "/decision");
        assertThat(official.post("/competitions/" + competitionId + "/decision", Map.of(), decision.csrf()).text())
            .contains("można tylko unieważnić");
        assertThat(official.post("/competitions/" + competitionId + "/annul", Map.of("reason", ""), decision.csrf())
            .text()).contains("Podaj przyczynę unieważnienia");
        assertThat(official
            .post("/competitions/" + competitionId + "/annul",
                    Map.of("reason", "Jedyna oferta nie spełniła wymogów formalnych."), decision.csrf())
            .status()).isEqualTo(302);
        assertThat(visitor().get("/competitions/" + competitionId).text()).contains("Konkurs unieważniony",
                "Jedyna oferta nie spełniła wymogów formalnych.", "Unieważniono");
        assertThat(visitor().get("/competitions?phase=archived").text()).contains(title);
    }

    @Test
    void aMemberWhoDeclaresAConflictIsExcludedFromTheWholeCompetitionWithTheReasonRecorded() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        long competitionId = AnnouncementTest.createPublished(official,
                "Konkurs z konfliktem " + TestOrganizations.word(), LocalDateTime.now(WARSAW).plusDays(30));
        String member = userWithRole(Role.COMMISSION_MEMBER, POWIAT);
        assertThat(official
            .post("/competitions/" + competitionId + "/commission", Map.of("email", member),
                    official.get("/competitions/" + competitionId + "/commission").csrf())
            .status()).isEqualTo(302);
        WebClient client = loggedIn(member);
        Page page = client.get("/competitions/" + competitionId + "/evaluation");
        assertThat(page.text()).contains("art. 15 ust. 2d ustawy", "art. 24 KPA");
        assertThat(page.body()).contains("data-confirm=");
        Page empty = client.post("/competitions/" + competitionId + "/evaluation/conflict",
                Map.of("conflictReason", " "), page.csrf());
        assertThat(empty.text()).contains("Opisz, na czym polega konflikt interesów");
        assertThat(client
            .post("/competitions/" + competitionId + "/evaluation/conflict",
                    Map.of("conflictReason", "Mój brat jest prezesem jednego z oferentów."), page.csrf())
            .status()).isEqualTo(302);
        assertThat(jdbc
            .sql("select exclusion_ground || ': ' || exclusion_detail from commission_member where competition_id = ?")
            .param(competitionId)
            .query(String.class)
            .single()).isEqualTo("DECLARED: Mój brat jest prezesem jednego z oferentów.");
        assertThat(client.get("/competitions/" + competitionId + "/evaluation").text())
            .contains("Jesteś wyłączony(-a) z oceny ofert w tym konkursie", "Mój brat jest prezesem");
    }

    private void declare(WebClient member, long competitionId) {
        Page page = member.get("/competitions/" + competitionId + "/evaluation");
        assertThat(page.status()).isEqualTo(200);
        assertThat(member
            .post("/competitions/" + competitionId + "/evaluation/declare", Map.of("noConflict", "true"), page.csrf())
            .status()).isEqualTo(302);
    }

    private Map<Long, Integer> points(long competitionId, int each) {
        Map<Long, Integer> p = new LinkedHashMap<>();
        jdbc.sql("select id from competition_criterion where competition_id = ? order by position")
            .param(competitionId)
            .query(Long.class)
            .list()
            .forEach(id -> p.put(id, each));
        return p;
    }

    private static Map<String, String> form(Map<Long, Integer> points) {
        Map<String, String> f = new LinkedHashMap<>();
        points.forEach((id, p) -> {
            f.put("points" + id, String.valueOf(p));
            f.put("justification" + id, "Uzasadnienie: zadanie dobrze opisane, koszty realne.");
        });
        return f;
    }

    private long submitted(long competitionId, long taskId, LocalDate from, String email, String title) {
        long org = organisationRepresentedBy(email, "Organizacja " + TestOrganizations.word(), KLUCZEWSKO, true);
        WebClient ngo = loggedIn(email);
        Page started = ngo.post("/competitions/" + competitionId + "/offers",
                Map.of("leadOrganizationId", String.valueOf(org), "title", title),
                ngo.get("/competitions/" + competitionId).csrf());
        long offerId = Long.parseLong(started.location().replaceAll(".*/offers/(\\d+).*", "$1"));
        assertThat(ngo
            .post("/offers/" + offerId, CompetitionFixtures.offer(taskId, title, from, from.plusMonths(6)),
                    ngo.get("/offers/" + offerId).csrf())
            .status()).isEqualTo(302);
        return offerId;
    }

}
