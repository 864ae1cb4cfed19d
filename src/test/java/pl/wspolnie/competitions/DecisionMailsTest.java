package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mails after the official's decisions (GreenMail): the decision on a report
 * (corrections requested, accepted with the amount to return, rejected) to every
 * representative of the offering organisation with a link to the report, and the answer
 * to a request for reasons to its author.
 */
class DecisionMailsTest extends AwardedOfferTest {

    @Test
    void theOfferorsRepresentativesGetTheDecisionOnTheirReport() {
        Awarded a = contracted();
        long org = jdbc.sql("select lead_organization_id from offer where id = ?")
            .param(a.offerId())
            .query(Long.class)
            .single();
        String second = plainUser();
        long secondId = jdbc.sql("select id from user_account where email = ?")
            .param(second)
            .query(Long.class)
            .single();
        long membership = seeding.requestToJoin(org, secondId, false, "Dołączam do zarządu.");
        assertThat(a.ngo()
            .post("/organizations/" + org + "/members/" + membership + "/confirm", Map.of(),
                    a.ngo().get("/organizations/" + org).csrf())
            .status()).isEqualTo(302);

        Page contract = a.ngo().get("/offers/" + a.offerId() + "/contract");
        String report = a.ngo()
            .post("/offers/" + a.offerId() + "/reports", Map.of("kind", "FINAL"), contract.csrf())
            .location()
            .replaceAll(".*(/reports/\\d+).*", "$1");
        assertThat(a.ngo()
            .post(report, ReportTest.report(a, "Osiem spotkań warsztatowych.", "30"), a.ngo().get(report).csrf())
            .status()).isEqualTo(302);

        Page form = a.official().get(report);
        assertThat(a.official()
            .post(report + "/decision", Map.of("result", "CORRECTIONS", "note", "Proszę dołączyć listy obecności."),
                    form.csrf())
            .status()).isEqualTo(302);
        for (String to : new String[] { a.ngoEmail(), second }) {
            String mail = TestMailServer.awaitMail(to, "Sprawozdanie do poprawy: Warsztaty w świetlicy");
            assertThat(mail).contains("Sprawozdanie końcowe z realizacji zadania „Warsztaty w świetlicy”",
                    "Uwagi urzędu: Proszę dołączyć listy obecności.", report);
        }

        assertThat(a.ngo()
            .post(report, ReportTest.report(a, "Osiem spotkań warsztatowych.", "40"), a.ngo().get(report).csrf())
            .status()).isEqualTo(302);
        assertThat(a.official()
            .post(report + "/decision", Map.of("result", "ACCEPTED"), a.official().get(report).csrf())
            .status()).isEqualTo(302);
        String accepted = TestMailServer.awaitMail(second, "Sprawozdanie przyjęte: Warsztaty w świetlicy");
        assertThat(accepted).contains("zostało przyjęte", "kwota do zwrotu: 272,73 zł", report);

        // A partial report demanded by the official and rejected.
        String partial = a.official()
            .post("/offers/" + a.offerId() + "/reports", Map.of("kind", "PARTIAL"),
                    a.official().get("/offers/" + a.offerId() + "/contract").csrf())
            .location()
            .replaceAll(".*(/reports/\\d+).*", "$1");
        assertThat(a.ngo()
            .post(partial, ReportTest.report(a, "Cztery spotkania.", "20"), a.ngo().get(partial).csrf())
            .status()).isEqualTo(302);
        assertThat(a.official()
            .post(partial + "/decision", Map.of("result", "REJECTED", "note", "Brak wymaganych danych."),
                    a.official().get(partial).csrf())
            .status()).isEqualTo(302);
        assertThat(TestMailServer.awaitMail(a.ngoEmail(), "Sprawozdanie odrzucone: Warsztaty w świetlicy")).contains(
                "Sprawozdanie częściowe z realizacji zadania", "zostało odrzucone", "Brak wymaganych danych.", partial);
    }

    @Test
    void theRequesterGetsTheAnswerToARequestForReasons() {
        Awarded a = awarded("3 000");
        String requester = plainUser();
        WebClient person = loggedIn(requester);
        String competition = "/competitions/" + a.competitionId();
        assertThat(person
            .post(competition + "/reasons", Map.of("question", "Dlaczego obniżono kwotę?"),
                    person.get(competition).csrf())
            .status()).isEqualTo(302);
        long requestId = jdbc.sql("select id from competition_reason_request where competition_id = ? and question = ?")
            .param(a.competitionId())
            .param("Dlaczego obniżono kwotę?")
            .query(Long.class)
            .single();
        assertThat(a.official()
            .post("/reasons/" + requestId + "/answer", Map.of("answer", "Komisja uznała koszty sprzętu za zawyżone."),
                    a.official().get(competition).csrf())
            .status()).isEqualTo(302);
        String mail = TestMailServer.awaitMail(requester, "Odpowiedź na wniosek o uzasadnienie");
        assertThat(mail).contains("Dlaczego obniżono kwotę?", "Komisja uznała koszty sprzętu za zawyżone.",
                competition);
    }

}
