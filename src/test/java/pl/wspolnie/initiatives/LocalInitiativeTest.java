package pl.wspolnie.initiatives;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.wspolnie.initiatives.domain.InitiativeReports;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.initiatives.domain.Initiatives;
import pl.wspolnie.initiatives.domain.Intake;
import pl.wspolnie.initiatives.domain.Resolutions;
import pl.wspolnie.initiatives.domain.SettingsDetails;
import pl.wspolnie.shared.text.Formats;
import pl.wspolnie.shared.pdf.PdfUa;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.initiatives.InitiativeFixtures.MOSKORZEW;

/**
 * A local initiative through HTTP: a group of residents applies (area from the act's
 * list, never money from the JST, the group of the resolution's size before submission,
 * new versions kept); an NGO applies; the official scores and decides; the agreement PDF;
 * the ledger; the public list; others refused with 403.
 */
class LocalInitiativeTest extends IntegrationTest {

    @Autowired
    Resolutions resolutions;

    @Autowired
    Initiatives initiatives;

    long jst;

    @BeforeEach
    void settings() {
        jst = jstId(MOSKORZEW);
        InitiativeFixtures.settings(resolutions, jst);
    }

    private long idOf(Page created) {
        assertThat(created.status()).isEqualTo(302);
        return Long.parseLong(created.location().replaceAll("^.*/initiatives/(\\d+)$", "$1"));
    }

    @Test
    void residentsApplyAsAGroupAndSubmitOnceTheGroupIsComplete() {
        String official = userWithRole(Role.OFFICIAL, MOSKORZEW);
        String leadEmail = userWithRole(Role.RESIDENT, MOSKORZEW);
        WebClient lead = loggedIn(leadEmail);
        String newPath = "/initiatives/jst/" + jst + "/new";
        assertThat(lead.get(newPath).text()).contains("Złóż wniosek o inicjatywę lokalną", "30,00 zł za godzinę");

        // an area outside the act's list and a request for money are refused, with the
        // reason
        Map<String, String> form = InitiativeFixtures.form("Zielona ścieżka");
        form.put("area", "SPACE_TRAVEL");
        form.put("requests[2].kind", "CASH");
        form.put("requests[2].description", "Pieniądze na sadzonki");
        form.put("requests[2].value", "1000");
        Page refused = lead.submit(newPath, newPath, form);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("tylko w obszarach wymienionych w art. 19b ust. 1",
                "Samorząd nie przekazuje wnioskodawcom pieniędzy");
        assertThat(refused.inputValue("title")).isEqualTo("Zielona ścieżka");
        form.put("area", "NATURE");
        form.remove("requests[2].kind");
        form.remove("requests[2].description");
        form.remove("requests[2].value");
        long id = idOf(lead.submit(newPath, newPath, form));
        String page = "/initiatives/" + id;
        assertThat(lead.get(page).text()).contains("Szkic", "1\u00a0200,00 zł", "1\u00a0900,00 zł", "2\u00a0700,00 zł");

        // the group is smaller than the resolution's: submission refused with the reason
        Page refusedSubmit = lead.submit(page, page + "/submit", Map.of());
        assertThat(refusedSubmit.status()).isEqualTo(422);
        assertThat(refusedSubmit.text()).contains("Udział potwierdziło 1 osób, a uchwała rady wymaga co najmniej 3");

        String first = userWithRole(Role.RESIDENT, MOSKORZEW);
        String second = plainUser();
        lead.submit(page, page + "/members", Map.of("email", first));
        lead.submit(page, page + "/members", Map.of("email", second));
        assertThat(TestMailServer.awaitMail(first, "Zaproszenie do wniosku")).contains("Zielona ścieżka");
        // a stranger is refused: seeing the draft, accepting, editing, inviting
        WebClient stranger = loggedIn(userWithRole(Role.RESIDENT, MOSKORZEW));
        String csrf = stranger.get("/initiatives").csrf();
        assertThat(stranger.get(page).status()).isEqualTo(403);
        assertThat(stranger.post(page + "/accept", Map.of(), csrf).status()).isEqualTo(403);
        assertThat(stranger.post(page + "/edit", form, csrf).status()).isEqualTo(403);
        assertThat(stranger.post(page + "/members", Map.of("email", first), csrf).status()).isEqualTo(403);
        assertThat(stranger.post(page + "/submit", Map.of(), csrf).status()).isEqualTo(403);

        WebClient one = loggedIn(first);
        // the invited resident finds the invitation on "what needs me" until confirming
        assertThat(one.get("/me").text()).contains("Zaproszenie do grupy wnioskodawców", "Zielona ścieżka");
        assertThat(one.get(page).text()).contains("Potwierdzam udział we wniosku");
        one.submit(page, page + "/accept", Map.of());
        assertThat(one.get("/me").text()).doesNotContain("Zielona ścieżka");
        lead.submit(page, page + "/submit", Map.of());
        assertThat(lead.get(page).text()).contains("Udział potwierdziło 2 z co najmniej 3 wymaganych osób.");
        loggedIn(second).submit(page, page + "/accept", Map.of());
        Page submitted = lead.submit(page, page + "/submit", Map.of());
        assertThat(submitted.status()).isEqualTo(302);
        Page shown = lead.get(page);
        assertThat(shown.text()).contains("Wniosek został złożony.", "Złożony, w ocenie", "Złożone wersje");
        assertThat(TestMailServer.awaitMail(official, "Złożono wniosek o inicjatywę lokalną"))
            .contains("Zielona ścieżka");
        // the JST's official finds it on "what needs me" until deciding
        assertThat(loggedIn(official).get("/me").text()).contains("Wniosek o inicjatywę lokalną do oceny",
                "Zielona ścieżka");

        // a change after submission is a new version; the first is kept
        form.put("cash", "300");
        assertThat(lead.submit(page + "/edit", page + "/edit", form).status()).isEqualTo(302);
        List<String> sums = jdbc.sql("select sha256 from initiative_version where initiative_id = :id order by number")
            .param("id", id)
            .query(String.class)
            .list();
        assertThat(sums).hasSize(2).doesNotHaveDuplicates();
        assertThat(lead.get(page).text()).contains(sums.get(0), sums.get(1), "2\u00a0000,00 zł");
        // anybody sees it on the JST's public list
        assertThat(visitor().get("/initiatives/jst/" + jst).text()).contains("Zielona ścieżka", "Złożony, w ocenie");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'Initiative' and entity_id = :id")
            .param("id", String.valueOf(id))
            .query(Long.class)
            .single()).isPositive();
    }

    @Test
    void anNgoAppliesWithoutAGroupAndAnotherNgoIsRefused() {
        String repEmail = uniqueEmail("rep");
        long org = organisationRepresentedBy(repEmail, "Stowarzyszenie Zielony Moskorzew " + System.nanoTime(),
                MOSKORZEW, true);
        String otherEmail = uniqueEmail("rep2");
        long other = organisationRepresentedBy(otherEmail, "Fundacja Inna " + System.nanoTime(), MOSKORZEW, true);
        WebClient rep = loggedIn(repEmail);
        WebClient otherRep = loggedIn(otherEmail);
        String newPath = "/initiatives/jst/" + jst + "/new";
        Map<String, String> form = InitiativeFixtures.form("Festyn sąsiedzki");
        form.put("area", "CHARITY_CULTURE");
        // applying in the name of an organisation one does not represent: 403
        form.put("organizationId", String.valueOf(org));
        assertThat(otherRep.submit(newPath, newPath, form).status()).isEqualTo(403);
        long id = idOf(rep.submit(newPath, newPath, form));
        String page = "/initiatives/" + id;
        assertThat(otherRep.post(page + "/edit", form, otherRep.get("/initiatives").csrf()).status()).isEqualTo(403);
        assertThat(otherRep.post(page + "/submit", Map.of(), otherRep.get("/initiatives").csrf()).status())
            .isEqualTo(403);
        assertThat(rep.submit(page, page + "/submit", Map.of()).status()).isEqualTo(302);
        assertThat(visitor().get(page).text()).contains("Festyn sąsiedzki", "Stowarzyszenie Zielony Moskorzew");
        assertThat(other).isNotEqualTo(org);
    }

    @Test
    void outsideARoundOfIntakeTheApplicationWaitsForTheNextRound() {
        LocalDate today = LocalDate.now(clock);
        resolutions.seed(jst,
                new SettingsDetails("Uchwała z naborami", 2, Intake.ROUNDS,
                        List.of(new SettingsDetails.CriterionInput("Wkład mieszkańców", 100, 10)),
                        List.of(new SettingsDetails.RoundInput(today.plusDays(10), today.plusDays(40)))),
                new Resolutions.RateInput(LocalDate.of(2020, 1, 1), "30,00", "Zarządzenie wójta nr 5/2020"));
        String repEmail = uniqueEmail("rep");
        long org = organisationRepresentedBy(repEmail, "Koło Gospodyń " + System.nanoTime(), MOSKORZEW, true);
        WebClient rep = loggedIn(repEmail);
        String newPath = "/initiatives/jst/" + jst + "/new";
        Map<String, String> form = InitiativeFixtures.form("Dożynki");
        form.put("organizationId", String.valueOf(org));
        long id = idOf(rep.submit(newPath, newPath, form));
        String page = "/initiatives/" + id;
        Page outside = rep.submit(page, page + "/submit", Map.of());
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.text()).contains("najbliższy rozpoczyna się " + new Formats().date(today.plusDays(10)));
        assertThat(rep.get(page).text()).contains("Szkic");
        clock.advance(Duration.ofDays(11));
        rep.submit(page, page + "/submit", Map.of());
        assertThat(rep.get(page).text()).contains("Złożony, w ocenie");
    }

    @Test
    void theOfficialScoresAndDecidesThenTheAgreementAndTheLedger() {
        long lead = provisioning.ensureConfirmedUser(uniqueEmail("lead"), "Anna Liderka", DEMO_PASSWORD);
        String leadEmail = jdbc.sql("select email from user_account where id = :id")
            .param("id", lead)
            .query(String.class)
            .single();
        long co1 = provisioning.ensureConfirmedUser(uniqueEmail("co"), "Jan Sąsiad", DEMO_PASSWORD);
        long co2 = provisioning.ensureConfirmedUser(uniqueEmail("co"), "Ewa Sąsiadka", DEMO_PASSWORD);
        long id = initiatives.seed(jst, lead, List.of(co1, co2), InitiativeFixtures.details("Ławki w parku"));
        String page = "/initiatives/" + id;
        String score = page + "/score";

        // other JSTs' officials and residents: 403 on the sheet and on crafted posts
        WebClient foreign = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        assertThat(foreign.get(score).status()).isEqualTo(403);
        String csrf = foreign.get("/initiatives").csrf();
        assertThat(foreign.post(score, Map.of("points[0]", "10", "points[1]", "10", "points[2]", "5"), csrf).status())
            .isEqualTo(403);
        assertThat(foreign.post(page + "/decision", Map.of("accept", "true", "reason", "x"), csrf).status())
            .isEqualTo(403);
        WebClient leader = loggedIn(leadEmail);
        assertThat(leader
            .post(page + "/decision", Map.of("accept", "true", "reason", "x"), leader.get("/initiatives").csrf())
            .status()).isEqualTo(403);

        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, MOSKORZEW));
        assertThat(official.get("/me").text()).contains("Ławki w parku");
        assertThat(official.get(score).text()).contains("Wkład mieszkańców", "Najpierw zapisz ocenę");
        Map<String, String> points = new HashMap<>(Map.of("points[0]", "11", "points[1]", "6", "points[2]", "4"));
        Page refused = official.submit(score, score, points);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Przyznaj od 0 do 10 punktów.");
        points.put("points[0]", "8");
        assertThat(official.submit(score, score, points).status()).isEqualTo(302);
        // 8/10 × 50 + 6/10 × 30 + 4/5 × 20 = 74
        assertThat(official.get(score).text()).contains("Suma ważona (na 100)", "74,00");

        refused = official.submit(score, page + "/decision", Map.of("accept", "true", "reason", " "));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Podaj uzasadnienie rozstrzygnięcia.");
        assertThat(official
            .submit(score, page + "/decision",
                    Map.of("accept", "true", "reason", "Wysoki wkład pracy społecznej, zadanie potrzebne."))
            .status()).isEqualTo(302);
        assertThat(TestMailServer.awaitMail(leadEmail, "Rozstrzygnięcie wniosku")).contains("Ławki w parku",
                "Przyjęty do realizacji", "Wysoki wkład pracy społecznej");
        assertThat(visitor().get("/initiatives/jst/" + jst).text()).contains("Ławki w parku", "Przyjęty do realizacji");
        assertThat(official.get("/me").text()).as("decided: no longer waiting for the official")
            .doesNotContain("Ławki w parku");

        // the agreement: for the parties only
        HttpResponse<byte[]> pdf = leader.getBytes(page + "/agreement.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(PdfUa.failedRules(pdf.body())).isEmpty();
        String text = PdfUa.text(pdf.body());
        assertThat(text).contains("Umowa o wykonanie inicjatywy lokalnej", "Ławki w parku", "Anna Liderka",
                "Jan Sąsiad", "1\u00a0200,00 zł", "Sadzonki", "Gmina Moskorzew");
        assertThat(loggedIn(userWithRole(Role.RESIDENT, MOSKORZEW)).getBytes(page + "/agreement.pdf").statusCode())
            .isEqualTo(403);

        // the ledger: residents record their work (valued at the rate of its day), the
        // JST its purchases
        String ledger = page + "/ledger";
        Map<String, String> work = Map.of("kind", "SOCIAL_WORK", "person", "Jan Sąsiad", "doneOn",
                LocalDate.now(clock).toString(), "hours", "6,5", "description", "Montaż ławek", "value", "");
        assertThat(leader.submit(ledger, ledger, work).status()).isEqualTo(302);
        Map<String, String> purchase = Map.of("kind", "JST_PURCHASE", "person", "Tartak Kowalski", "doneOn",
                LocalDate.now(clock).toString(), "hours", "", "description", "Deski", "value", "850,00");
        assertThat(leader.post(ledger, purchase, leader.get(ledger).csrf()).status()).isEqualTo(403);
        assertThat(official.submit(ledger, ledger, purchase).status()).isEqualTo(302);
        Page shown = leader.get(ledger);
        assertThat(shown.text()).contains("Montaż ławek", "195,00 zł", "Deski", "850,00 zł", "2\u00a0400,00 zł");
        WebClient stranger = loggedIn(userWithRole(Role.RESIDENT, MOSKORZEW));
        assertThat(stranger.get(ledger).status()).isEqualTo(403);
        assertThat(stranger.post(ledger, work, stranger.get("/initiatives").csrf()).status()).isEqualTo(403);
        // the report with photos: by the parties, public; a refusal at its field, the
        // text
        // kept (422)
        Page tooLong = leader.submit(ledger, page + "/report", Map.of("report", "Ławki. " + "x".repeat(4000)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("id=\"report-error\"", "aria-invalid=\"true\"", "Ławki. xxxx");
        assertThat(tooLong.text()).contains("Tekst jest za długi.");
        assertThat(
                leader.submit(ledger, page + "/report", Map.of("report", "Ławki stoją, teren uporządkowany.")).status())
            .isEqualTo(302);
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
        String leaderCsrf = leader.get(ledger).csrf();
        Page undescribed = leader.postMultipart(page + "/photos", Map.of("altText", ""),
                Map.of("photo", new WebClient.FilePart("a.png", "image/png", png)), leaderCsrf);
        assertThat(undescribed.status()).isEqualTo(422);
        assertThat(undescribed.body()).contains("id=\"altText-error\"").doesNotContain("id=\"photo-error\"");
        assertThat(undescribed.text()).contains("Opisz, co widać na zdjęciu.");
        Page wrongType = leader.postMultipart(page + "/photos", Map.of("altText", "Ławki nad stawem"),
                Map.of("photo", new WebClient.FilePart("a.png", "image/png", "nie obraz".getBytes())), leaderCsrf);
        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.body()).contains("id=\"photo-error\"").doesNotContain("id=\"altText-error\"");
        assertThat(wrongType.inputValue("altText")).isEqualTo("Ławki nad stawem");
        assertThat(leader
            .postMultipart(page + "/photos", Map.of("altText", "Nowe ławki przy alejce"),
                    Map.of("photo", new WebClient.FilePart("a.png", "image/png", png)), leader.get(ledger).csrf())
            .status()).isEqualTo(302);
        assertThat(stranger.postMultipart(page + "/photos", Map.of("altText", "Obce"),
                Map.of("photo", new WebClient.FilePart("b.png", "image/png", png)), stranger.get("/initiatives").csrf())
            .status()).isEqualTo(403);
        Page publicPage = visitor().get(page);
        assertThat(publicPage.text()).contains("Sprawozdanie z realizacji", "Ławki stoją, teren uporządkowany.");
        assertThat(publicPage.body()).contains("alt=\"Nowe ławki przy alejce\"");
        assertThat(visitor().get("/initiatives/jst/" + jst).body()).contains("alt=\"Nowe ławki przy alejce\"");
        long photoId = jdbc.sql("select id from initiative_photo where initiative_id = :id")
            .param("id", id)
            .query(Long.class)
            .single();
        assertThat(visitor().getBytes("/initiatives/photos/" + photoId).body()).isEqualTo(png);
        // one photo too many: refused at the photo, its form shown again with it
        for (int n = 1; n < InitiativeReports.MAX_PHOTOS; n++) {
            assertThat(leader
                .postMultipart(page + "/photos", Map.of("altText", "Ławki " + n),
                        Map.of("photo", new WebClient.FilePart("a.png", "image/png", png)), leaderCsrf)
                .status()).isEqualTo(302);
        }
        Page tooMany = leader.postMultipart(page + "/photos", Map.of("altText", "Jeszcze jedno"),
                Map.of("photo", new WebClient.FilePart("a.png", "image/png", png)), leaderCsrf);
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.body()).contains("id=\"photo-error\"");
        assertThat(tooMany.text()).contains("usuń któreś, aby dodać nowe");
        assertThat(tooMany.inputValue("altText")).isEqualTo("Jeszcze jedno");
        assertThat(leader.get(ledger).body()).doesNotContain("id=\"altText\"");
        assertThat(jdbc.sql("""
                select count(*) from audit_log where entity_type in ('ScoreSheet', 'LedgerEntry')
                and jst_id = :jst""").param("jst", jst).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theDemoHasAResidentsInitiativeInKluczewskoWithItsLedger() {
        long kluczewsko = jstId(KLUCZEWSKO);
        String title = "Plac zabaw i zieleń przy świetlicy w Bobrownikach";
        assertThat(visitor().get("/initiatives/jst/" + kluczewsko).text()).contains(title, "Przyjęty do realizacji");
        long id = jdbc.sql("select id from initiative where jst_id = :jst and title = :title")
            .param("jst", kluczewsko)
            .param("title", title)
            .query(Long.class)
            .single();
        Page ledger = loggedIn("mieszkaniec@wspolnie.demo").get("/initiatives/" + id + "/ledger");
        assertThat(ledger.status()).isEqualTo(200);
        // 12 + 8 + 10.5 hours at 32 zł = 976 zł of the 120 hours (3 840 zł) planned
        assertThat(ledger.text()).contains("Wyrównanie terenu", "Zofia Sąsiadka", "30,50", "976,00 zł",
                "3\u00a0840,00 zł", "Skład drewna Włoszczowa");
    }

}
