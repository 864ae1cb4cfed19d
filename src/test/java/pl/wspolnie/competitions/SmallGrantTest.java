package pl.wspolnie.competitions;

import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import pl.wspolnie.shared.text.Formats;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pl.wspolnie.competitions.domain.CanonicalJson;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * Small grants outside competitions (art. 19a) through HTTP: the simplified offer with
 * its checksum, PDF and verification; the limits as dated settings; purposefulness, 7
 * days of remarks counted from the day after publication, answers, the decision and its
 * refusals; the register with its export.
 */
class SmallGrantTest extends IntegrationTest {

    record Ngo(String email, long organizationId, WebClient client) {
    }

    Ngo ngo(String teryt) {
        String email = plainUser();
        long org = organisationRepresentedBy(email, "Stowarzyszenie Mały Grant " + TestOrganizations.word(), teryt,
                true);
        return new Ngo(email, org, loggedIn(email));
    }

    long start(Ngo ngo, String teryt, String title) {
        Page started = ngo.client()
            .submit("/small-grants/new", "/small-grants/offers", Map.of("organizationId",
                    String.valueOf(ngo.organizationId()), "jstId", String.valueOf(jstId(teryt)), "title", title));
        String path = started.redirectPath();
        assertThat(path).startsWith("/small-grants/offers/");
        return Long.parseLong(path.substring("/small-grants/offers/".length()));
    }

    /**
     * A simplified offer: a task of 30 days from tomorrow, costs 6 000 zł of which the
     * grant {@code grant}, the rest own financial contribution.
     */
    static Map<String, String> offer(String title, String grant, String own, LocalDate from, LocalDate to) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("sphereCode", "kultura");
        f.put("place", "Świetlica wiejska w Kluczewsku");
        f.put("periodFrom", from.toString());
        f.put("periodTo", to.toString());
        f.put("contactPerson", "Łucja Żółkiewska");
        f.put("summary", "Warsztaty rękodzieła dla seniorów i dzieci.");
        f.put("actions[0].name", "Warsztaty");
        f.put("actions[0].from", from.toString());
        f.put("actions[0].to", to.toString());
        f.put("results[0].name", "Uczestnicy");
        f.put("results[0].target", "30 osób");
        f.put("results[0].measure", "Listy obecności");
        f.put("costLines[0].action", "Warsztaty");
        f.put("costLines[0].type", "Materiały i instruktor");
        f.put("costLines[0].unit", "komplet");
        f.put("costLines[0].unitCost", amount(grant).add(amount(own)).toPlainString());
        f.put("costLines[0].units", "1");
        f.put("costLines[0].fromGrant", grant);
        f.put("ownFinancial", own);
        f.put("ownPersonal", "0");
        f.put("ownInKind", "0");
        f.put("recipientPayments", "0");
        f.put("statementNoProfit", "true");
        f.put("statementNoArrears", "true");
        f.put("statementDataTrue", "true");
        f.put("action", "submit");
        return f;
    }

    static BigDecimal amount(String typed) {
        return new BigDecimal(typed.replace(" ", "").replace(",", "."));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WARSAW);
    }

    Page post(WebClient client, String page, String action, Map<String, String> fields) {
        return client.post(action, fields, client.get(page).csrf());
    }

    long submitted(Ngo ngo, String teryt, String title, String grant, String own) {
        long id = start(ngo, teryt, title);
        Page done = post(ngo.client(), "/small-grants/offers/" + id, "/small-grants/offers/" + id,
                offer(title, grant, own, today().plusDays(10), today().plusDays(39)));
        assertThat(done.status()).as(done.text()).isEqualTo(302);
        return id;
    }

    @Test
    void ngoSubmitsSimplifiedOfferAnyTimeAsVersionWithChecksumPdfAndVerification() throws Exception {
        Ngo ngo = ngo(KLUCZEWSKO);
        long id = start(ngo, POWIAT, "Rękodzieło łączy pokolenia");
        String path = "/small-grants/offers/" + id;

        Page form = ngo.client().get(path);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("Limity art. 19a obowiązujące w dniu", "Dotacja na zadanie: 10\u00a0000,00 zł",
                "art. 19a ust. 1 pkt 1", "Czas realizacji zadania: 90 dni");

        // The draft is the organisation's: another NGO and the JST's official get 403.
        assertThat(ngo(KLUCZEWSKO).client().get(path).status()).isEqualTo(403);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        assertThat(official.get(path).status()).isEqualTo(403);
        Ngo other = ngo(SECEMIN);
        Map<String, String> crafted = offer("Przejęta", "5 000", "1 000", today().plusDays(1), today().plusDays(20));
        assertThat(other.client().post(path, crafted, other.client().get("/small-grants/new").csrf()).status())
            .isEqualTo(403);

        Map<String, String> f = offer("Rękodzieło łączy pokolenia", "5 000", "1 000", today().plusDays(10),
                today().plusDays(39));
        f.put("action", "save");
        Page saved = post(ngo.client(), path, path, f);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.text()).contains("Projekt oferty zapisany", "Koszty ogółem: 6\u00a0000,00 zł",
                "5\u00a0000,00 zł 83,33 %");

        f.put("action", "submit");
        Page submitted = post(ngo.client(), path, path, f);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(302);

        Map<String, Object> version = jdbc
            .sql("select content, checksum from offer_version where offer_id = ? and number = 1")
            .param(id)
            .query()
            .singleRow();
        String content = (String) version.get("content");
        String checksum = (String) version.get("checksum");
        assertThat(checksum).isEqualTo(CanonicalJson.sha256(content));
        assertThat(content)
            .contains("\"smallGrant\":", "\"place\":\"Świetlica wiejska w Kluczewsku\"", "\"grant\":\"5000.00\"")
            .doesNotContain("competitionId");

        Page page = ngo.client().get(path);
        assertThat(page.text()).contains("Czeka na ocenę celowości", checksum);
        // Not public before publication.
        assertThat(ngo(KLUCZEWSKO).client().get(path).status()).isEqualTo(403);
        assertThat(official.get(path).status()).isEqualTo(200);

        HttpResponse<byte[]> pdf = ngo.client().getBytes(path + "/versions/1.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("UPROSZCZONA OFERTA", "Świetlica wiejska w Kluczewsku", "83,33",
                    "ze złożeniem oferty", checksum.substring(0, 12));
        }

        Page verify = visitor().get("/offers/verify?checksum=" + checksum.substring(0, 12));
        assertThat(verify.text()).contains("Suma kontrolna odpowiada złożonej ofercie", "Rękodzieło łączy pokolenia",
                "Mały grant (art. 19a) – Powiat włoszczowski");

        assertThat(TestMailServer.awaitMail(ngo.email(), "Oferta złożona")).contains(checksum,
                "w trybie małego grantu");
        // A submitted offer cannot change.
        assertThat(post(ngo.client(), path, path, f).status()).isEqualTo(409);
    }

    @Test
    void grantOrPeriodOverTheLimitIsRefusedWithTheLimitAndItsSourceKeepingWhatWasTyped() {
        Ngo ngo = ngo(KLUCZEWSKO);
        long id = start(ngo, KLUCZEWSKO, "Za duży grant");
        String path = "/small-grants/offers/" + id;
        Map<String, String> f = offer("Za duży grant", "10 000,01", "1 999,99", today().plusDays(1),
                today().plusDays(91));
        Page refused = post(ngo.client(), path, path, f);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains(
                "Wnioskowana dotacja 10\u00a0000,01 zł przekracza limit 10\u00a0000,00 zł na zadanie (art. 19a ust. 1 pkt 1",
                "Zadanie trwa 91 dni, a limit w trybie art. 19a to 90 dni (art. 19a ust. 1 pkt 2");
        assertThat(refused.inputValue("costLines0.fromGrant")).isEqualTo("10 000,01");
        assertThat(refused.inputValue("place")).isEqualTo("Świetlica wiejska w Kluczewsku");
        assertThat(
                jdbc.sql("select count(*) from offer_version where offer_id = ?").param(id).query(Long.class).single())
            .isZero();

        // 90 days and exactly 10 000 zł are allowed.
        f.put("periodTo", today().plusDays(90).toString());
        f.put("actions[0].to", today().plusDays(90).toString());
        f.put("costLines[0].fromGrant", "10 000,00");
        f.put("ownFinancial", "2 000,00");
        assertThat(post(ngo.client(), path, path, f).status()).isEqualTo(302);
    }

    @Test
    void aLimitChangedFromADateAppliesOnlyToOffersDatedFromThatDay() {
        WebClient admin = loggedIn(userWithRole(Role.PLATFORM_ADMIN, null));
        LocalDate from = today().plusDays(4000 + (System.nanoTime() % 300));
        // Only the platform administrator adds a row; officials see the list.
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        assertThat(official.get("/small-grants/limits").status()).isEqualTo(200);
        Map<String, String> row = Map.of("kind", "GRANT_PER_TASK", "value", "8 000", "validFrom", from.toString(),
                "source", "art. 19a ust. 1 pkt 1 (nowelizacja testowa)");
        assertThat(post(official, "/small-grants/limits", "/small-grants/limits", row).status()).isEqualTo(403);
        Page bad = post(admin, "/small-grants/limits", "/small-grants/limits",
                Map.of("kind", "GRANT_PER_TASK", "value", "-1", "validFrom", "", "source", ""));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.text()).contains("Kwota nie może być ujemna", "Podaj datę", "Podaj podstawę prawną");
        assertThat(post(admin, "/small-grants/limits", "/small-grants/limits", row).status()).isEqualTo(302);
        assertThat(admin.get("/small-grants/limits").text()).contains("8\u00a0000", "nowelizacja testowa");

        // Today: 9 000 zł is within the limit in force (10 000 zł).
        Ngo ngo = ngo(SECEMIN);
        submitted(ngo, SECEMIN, "Przed zmianą", "9 000", "0");

        // From the new row's day: 9 000 zł is refused, naming 8 000 zł and its source.
        clock.advance(Duration.ofDays(from.toEpochDay() - LocalDate.now(WARSAW).toEpochDay()));
        long id = start(ngo, SECEMIN, "Po zmianie");
        String path = "/small-grants/offers/" + id;
        Page refused = post(ngo.client(), path, path,
                offer("Po zmianie", "9 000", "0", today().plusDays(2), today().plusDays(20)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("przekracza limit 8\u00a0000,00 zł na zadanie", "nowelizacja testowa");
        // The earlier offer keeps the limits of its own date.
        Long earlier = jdbc
            .sql("select offer_id from small_grant g join offer o on o.id = g.offer_id "
                    + "where o.title = 'Przed zmianą' and g.organization_id = ?")
            .param(ngo.organizationId())
            .query(Long.class)
            .single();
        assertThat(official.get("/small-grants/offers/" + earlier).status()).isEqualTo(200);
        assertThat(loggedIn(userWithRole(Role.OFFICIAL, SECEMIN)).get("/small-grants/offers/" + earlier).text())
            .contains("9\u00a0000,00 zł");
    }

    @Test
    void officialJudgesPublishesForSevenDaysAnswersEveryRemarkAndDecides() throws Exception {
        Ngo ngo = ngo(KLUCZEWSKO);
        long id = submitted(ngo, KLUCZEWSKO, "Dożynki gminne", "4 000", "2 000");
        String path = "/small-grants/offers/" + id;
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        TestMailServer.awaitMail(ngo.email(), "Oferta złożona");

        // "What needs my attention" tells the JST's officials.
        assertThat(official.get("/me").text()).contains("Mały grant do oceny celowości", "Dożynki gminne");

        // Another JST's official and the NGO cannot judge.
        WebClient stranger = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        Map<String, String> yes = Map.of("purposeful", "true", "reason", "Zadanie odpowiada programowi współpracy.");
        assertThat(stranger.post(path + "/judge", yes, stranger.get("/small-grants").csrf()).status()).isEqualTo(403);
        assertThat(ngo.client().post(path + "/judge", yes, ngo.client().get(path).csrf()).status()).isEqualTo(403);

        Page noReason = post(official, path, path + "/judge", Map.of("purposeful", "true", "reason", " "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.text()).contains("Uzasadnij ocenę celowości");
        LocalDate published = today();
        assertThat(post(official, path, path + "/judge", yes).status()).isEqualTo(302);
        assertThat(TestMailServer.awaitMail(ngo.email(), "Oferta opublikowana do uwag"))
            .contains(new Formats().date(published.plusDays(7)));

        // Public now: the JST's page, the offer's page, the feed.
        assertThat(visitor().get("/small-grants?jst=" + jstId(KLUCZEWSKO)).text()).contains("Dożynki gminne",
                "Opublikowana – można zgłaszać uwagi");
        assertThat(visitor().get(path).text()).contains("Dożynki gminne", "Zadanie odpowiada programowi współpracy");
        assertThat(visitor().getWithAccept("/small-grants/feed.atom", "application/atom+xml").body())
            .contains("Dożynki gminne");
        assertThat(visitor().getBytes(path + "/versions/1.pdf").statusCode()).isEqualTo(200);

        // A visitor must log in to remark; anyone logged in may.
        assertThat(visitor().post(path + "/remarks", Map.of("text", "x"), null).status()).isIn(302, 403);
        WebClient resident = loggedIn(plainUser());
        assertThat(post(resident, path, path + "/remarks", Map.of("text", " ")).status()).isEqualTo(422);
        assertThat(post(resident, path, path + "/remarks", Map.of("text", "Czy przewidziano dojazd dla seniorów?"))
            .status()).isEqualTo(302);
        assertThat(TestMailServer.awaitMail(ngo.email(), "Uwaga do oferty")).contains("dojazd dla seniorów");

        // Day 7 after publication: remarks still open, the decision refused (409) with
        // the
        // first day it may be taken.
        clock.advance(Duration.ofDays(7));
        Page early = post(official, path, path + "/decide", Map.of("award", "true", "reason", "Celowe."));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text()).contains(
                "Termin na uwagi jeszcze trwa: rozstrzygnąć można od " + new Formats().date(published.plusDays(8)));
        assertThat(post(resident, path, path + "/remarks", Map.of("text", "Druga uwaga w siódmym dniu.")).status())
            .isEqualTo(302);

        // Day 8: remarks closed; unanswered remarks block the decision.
        clock.advance(Duration.ofDays(1));
        Page late = post(resident, path, path + "/remarks", Map.of("text", "Za późno"));
        assertThat(late.status()).isIn(200, 422, 409);
        assertThat(jdbc.sql("select count(*) from small_grant_remark where offer_id = ?")
            .param(id)
            .query(Long.class)
            .single()).isEqualTo(2);
        Page unanswered = post(official, path, path + "/decide", Map.of("award", "true", "reason", "Celowe."));
        assertThat(unanswered.status()).isEqualTo(409);
        assertThat(unanswered.text()).contains("Najpierw odpowiedz na każdą uwagę (bez odpowiedzi: 2)");
        for (Long remarkId : jdbc.sql("select id from small_grant_remark where offer_id = ? order by id")
            .param(id)
            .query(Long.class)
            .list()) {
            assertThat(resident
                .post(path + "/remarks/" + remarkId + "/answer", Map.of("answer", "Nie"), resident.get(path).csrf())
                .status()).isEqualTo(403);
            assertThat(post(official, path, path + "/remarks/" + remarkId + "/answer",
                    Map.of("answer", "Tak, gmina zapewnia bus."))
                .status()).isEqualTo(302);
        }
        assertThat(visitor().get(path).text()).contains("Czy przewidziano dojazd dla seniorów?",
                "Tak, gmina zapewnia bus.");

        // No yearly funds entered for the year: the decision says so.
        int year = jdbc.sql("select extract(year from offer_date)::int from small_grant where offer_id = ?")
            .param(id)
            .query(Integer.class)
            .single();
        jdbc.sql("delete from small_grant_year_funds where jst_id = ? and year = ?")
            .params(jstId(KLUCZEWSKO), year)
            .update();
        Page noFunds = post(official, path, path + "/decide", Map.of("award", "true", "reason", "Celowe."));
        assertThat(noFunds.status()).isEqualTo(409);
        assertThat(noFunds.text()).contains("Nie wpisano kwoty środków na realizację zadań publicznych");

        // Funds of 10 000 zł: 20 % is 2 000 zł, below the 4 000 zł grant.
        assertThat(post(official, "/small-grants/limits", "/small-grants/funds",
                Map.of("jstId", String.valueOf(jstId(KLUCZEWSKO)), "year", String.valueOf(year), "amount", "10 000"))
            .status()).isEqualTo(302);
        Page share = post(official, path, path + "/decide", Map.of("award", "true", "reason", "Celowe."));
        assertThat(share.status()).isEqualTo(409);
        assertThat(share.text()).contains("przekroczyłyby 20 % środków na zadania publiczne", "art. 19a ust. 7");

        assertThat(post(official, "/small-grants/limits", "/small-grants/funds",
                Map.of("jstId", String.valueOf(jstId(KLUCZEWSKO)), "year", String.valueOf(year), "amount", "5 000 000"))
            .status()).isEqualTo(302);
        assertThat(
                post(official, path, path + "/decide", Map.of("award", "true", "reason", "Zadanie celowe.")).status())
            .isEqualTo(302);
        assertThat(TestMailServer.awaitMail(ngo.email(), "Dotacja przyznana")).contains("4\u00a0000,00 zł");
        // Decided once.
        assertThat(post(official, path, path + "/decide", Map.of("award", "true", "reason", "Znowu")).status())
            .isEqualTo(409);

        // The programme's yearly report takes the small grants' figures as it takes the
        // competitions'.
        Page report = official.get("/programmes/reports/" + jstId(KLUCZEWSKO) + "/" + year);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.text()).contains("Małe granty (art. 19a), według roku złożenia oferty",
                "Kwota przyznanych małych grantów");
        assertThat(report.body()).containsPattern("(?s)id=\"small-grants\".*Uwagi do ofert</th><td>[1-9]");

        // The register of the year and its CSV.
        Page register = visitor().get("/small-grants/register?jst=" + jstId(KLUCZEWSKO) + "&year=" + year);
        assertThat(register.text()).contains("Dożynki gminne", "4\u00a0000,00 zł");
        HttpResponse<byte[]> csv = visitor()
            .getBytes("/small-grants/register.csv?jst=" + jstId(KLUCZEWSKO) + "&year=" + year);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Dożynki gminne", "4000");
    }

    @Test
    void anOrganisationsGrantsOfTheYearStayWithinTheYearlyLimit() {
        Ngo ngo = ngo(SECEMIN);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        int year = today().getYear();
        post(official, "/small-grants/limits", "/small-grants/funds",
                Map.of("jstId", String.valueOf(jstId(SECEMIN)), "year", String.valueOf(year), "amount", "900 000 000"));
        // Two awarded grants of 10 000 zł reach the 20 000 zł limit.
        for (String title : new String[] { "Pierwszy", "Drugi" }) {
            long id = submitted(ngo, SECEMIN, title, "6 000", "0");
            jdbc.sql("update small_grant set amount = 10000, status = 'AWARDED' where offer_id = ?").param(id).update();
        }
        long id = start(ngo, SECEMIN, "Trzeci");
        String path = "/small-grants/offers/" + id;
        Page refused = post(ngo.client(), path, path,
                offer("Trzeci", "1 000", "5 000", today().plusDays(2), today().plusDays(20)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Organizacja otrzymała w tym roku w tym trybie 20\u00a0000,00 zł",
                "limit 20\u00a0000,00 zł na rok (art. 19a ust. 4");
    }

    @Test
    void theDemoPowiatHasOneSmallGrantOpenForRemarksAndOneAwarded() {
        long powiat = jstId(POWIAT);
        Page list = visitor().get("/small-grants?jst=" + powiat);
        assertThat(list.text()).contains("Potańcówka dla seniorów w remizie", "Opublikowana – można zgłaszać uwagi",
                "Rajd rowerowy doliną Pilicy", "Dotacja przyznana");
        int year = LocalDate.now(WARSAW).minusDays(40).getYear();
        assertThat(visitor().get("/small-grants/register?jst=" + powiat + "&year=" + year).text())
            .contains("Rajd rowerowy doliną Pilicy", "8\u00a0000,00 zł");
        Long open = jdbc
            .sql("select id from offer where mode = 'SMALL_GRANT' and title = 'Potańcówka dla seniorów w remizie'")
            .query(Long.class)
            .single();
        assertThat(visitor().get("/small-grants/offers/" + open).text()).contains("Czy będzie dowóz dla seniorów",
                "Zgłoś uwagę");
    }

}
