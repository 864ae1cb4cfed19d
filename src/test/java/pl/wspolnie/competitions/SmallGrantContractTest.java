package pl.wspolnie.competitions;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * A small grant (art. 19a) after its award goes through the competitions' contract,
 * report and settlement: the same contract page, rules and PDF (naming art. 19a where a
 * competition would be named), the same report with its flags and settlement, the
 * register showing the settled state.
 */
class SmallGrantContractTest extends IntegrationTest {

    static final String ACCOUNT = "PL61 1090 1014 0000 0712 1981 2874";

    record Awarded(long offerId, String ngoEmail, WebClient ngo, WebClient official, LocalDate from, LocalDate to) {

        String contractPath() {
            return "/offers/" + offerId + "/contract";
        }

    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WARSAW);
    }

    Page post(WebClient client, String page, String action, Map<String, String> fields) {
        return client.post(action, fields, client.get(page).csrf());
    }

    /**
     * A small grant of 5 000 zł (own contribution 1 000 zł) awarded by Secemin:
     * submitted, judged purposeful, its 7 days moved into the past, decided through HTTP.
     */
    Awarded awarded(String title) {
        String email = plainUser();
        long org = organisationRepresentedBy(email, "Stowarzyszenie Umowa 19a " + TestOrganizations.word(), SECEMIN,
                true);
        WebClient ngo = loggedIn(email);
        Page started = ngo.submit("/small-grants/new", "/small-grants/offers",
                Map.of("organizationId", String.valueOf(org), "jstId", String.valueOf(jstId(SECEMIN)), "title", title));
        long id = Long.parseLong(started.redirectPath().substring("/small-grants/offers/".length()));
        String path = "/small-grants/offers/" + id;
        LocalDate from = today().plusDays(10);
        LocalDate to = today().plusDays(39);
        assertThat(post(ngo, path, path, SmallGrantTest.offer(title, "5 000", "1 000", from, to)).status())
            .isEqualTo(302);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        assertThat(post(official, path, path + "/judge", Map.of("purposeful", "true", "reason", "Celowe.")).status())
            .isEqualTo(302);
        jdbc.sql("update small_grant set published_on = published_on - 8, remarks_until = remarks_until - 8 "
                + "where offer_id = ?")
            .param(id)
            .update();
        int year = jdbc.sql("select extract(year from offer_date)::int from small_grant where offer_id = ?")
            .param(id)
            .query(Integer.class)
            .single();
        post(official, "/small-grants/limits", "/small-grants/funds",
                Map.of("jstId", String.valueOf(jstId(SECEMIN)), "year", String.valueOf(year), "amount", "900 000 000"));
        assertThat(post(official, path, path + "/decide", Map.of("award", "true", "reason", "Przyznano.")).status())
            .isEqualTo(302);
        return new Awarded(id, email, ngo, official, from, to);
    }

    static Map<String, String> contract(Awarded a, String number) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("number", number);
        f.put("signedOn", a.from().minusDays(2).toString());
        f.put("bankAccount", ACCOUNT);
        f.put("periodFrom", a.from().toString());
        f.put("periodTo", a.to().toString());
        f.put("principalRepresentatives", "Żaneta Wójcik – Wójt");
        f.put("contractorRepresentatives", "Łukasz Ćwik – Prezes Zarządu");
        f.put("tranches[0].dueOn", a.from().toString());
        f.put("tranches[0].amount", "5 000,00");
        return f;
    }

    @Test
    void anAwardedSmallGrantGetsTheCompetitionsContractNamingArticle19a() throws Exception {
        Awarded a = awarded("Festyn rodzinny nad Pilicą");
        String path = a.contractPath();

        // The offer's page leads to the contract, for its organisation and the officials.
        assertThat(a.ngo().get("/small-grants/offers/" + a.offerId()).text())
            .contains("Umowa, sprawozdanie i rozliczenie");
        assertThat(visitor().get("/small-grants/offers/" + a.offerId()).text())
            .doesNotContain("Umowa, sprawozdanie i rozliczenie");

        // "What needs my attention": the contract waits for both sides.
        assertThat(a.ngo().get("/me").text()).contains(
                "Mały grant przyznany: umowa do podpisania – sprawdź dane stron umowy Festyn rodzinny nad Pilicą");
        assertThat(a.official().get("/me").text())
            .contains("Mały grant przyznany: zapisz umowę Festyn rodzinny nad Pilicą");

        // The page: the amount of the decision, the period of the offer, art. 19a.
        Page form = a.official().get(path);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("Przyznana dotacja: 5\u00a0000,00 zł", "w trybie art. 19a", "Gmina Secemin",
                "Zapisz umowę", "Wróć do oferty: Festyn rodzinny nad Pilicą");
        assertThat(form.inputValue("periodFrom")).isEqualTo(a.from().toString());
        assertThat(form.inputValue("periodTo")).isEqualTo(a.to().toString());

        // Nobody but the JST's officials: another JST's official, a resident, the NGO.
        WebClient stranger = loggedIn(plainUser());
        assertThat(stranger.get(path).status()).isEqualTo(403);
        WebClient otherOfficial = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        assertThat(otherOfficial.get(path).status()).isEqualTo(403);
        assertThat(a.ngo().post(path, contract(a, "MG/1/" + a.offerId()), a.ngo().get(path).csrf()).status())
            .isEqualTo(403);

        // The competitions' rules: tranches must add up to the grant, typed values kept.
        Map<String, String> bad = contract(a, "MG/1/" + a.offerId());
        bad.put("tranches[0].amount", "4 000");
        Page sum = a.official().post(path, bad, form.csrf());
        assertThat(sum.status()).isEqualTo(422);
        assertThat(sum.text())
            .contains("Suma transz (4\u00a0000,00 zł) musi być równa kwocie dotacji (5\u00a0000,00 zł)");
        assertThat(sum.inputValue("tranches0.amount")).isEqualTo("4 000");

        assertThat(a.official().post(path, contract(a, "MG/1/" + a.offerId()), form.csrf()).status()).isEqualTo(302);
        assertThat(a.official().post(path, contract(a, "MG/2/" + a.offerId()), form.csrf()).status()).isEqualTo(409);
        assertThat(jdbc
            .sql("select competition_id is null and grant_amount = 5000 from competition_contract "
                    + "where offer_id = ?")
            .param(a.offerId())
            .query(Boolean.class)
            .single()).isTrue();

        assertThat(a.ngo().get("/me").text()).doesNotContain("umowa do podpisania – sprawdź dane stron umowy Festyn");
        assertThat(a.official().get("/me").text()).doesNotContain("zapisz umowę Festyn rodzinny");

        Page seen = a.ngo().get(path);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.text()).contains("Zawarta umowa", "MG/1/" + a.offerId(), "61 1090 1014 0000 0712 1981 2874",
                "Termin złożenia sprawozdania końcowego");
        HttpResponse<byte[]> pdf = a.ngo().getBytes(path + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                .contains("Umowa nr MG/1/" + a.offerId(),
                        "o wsparcie/powierzenie realizacji zadania publicznego w trybie art. 19a",
                        "Festyn rodzinny nad Pilicą", "Gmina Secemin", "5\u00a0000,00 zł",
                        "61 1090 1014 0000 0712 1981 2874", "reprezentowanym(-ą) przez: Żaneta Wójcik – Wójt",
                        "§ 4. Wkład własny i udział dotacji", "Podpisy Stron",
                        "sprawozdanie końcowe z wykonania zadania publicznego realizowanego w trybie art. 19a ustawy "
                                + "według wzoru sprawozdania (Dz.U. 2018 poz. 2055)")
                .doesNotContain("otwartym konkursie ofert", "ramowego wzoru umowy", "poz. 2057");
        }
        assertThat(stranger.getBytes(path + ".pdf").statusCode()).isEqualTo(403);
    }

    @Test
    void theSmallGrantsReportIsTheCompetitionsReportSettledAndShownInTheRegister() throws Exception {
        Awarded a = awarded("Piknik ekologiczny w Seceminie");
        String reports = "/offers/" + a.offerId() + "/reports";
        int year = jdbc.sql("select extract(year from offer_date)::int from small_grant where offer_id = ?")
            .param(a.offerId())
            .query(Integer.class)
            .single();
        String register = "/small-grants/register?jst=" + jstId(SECEMIN) + "&year=" + year;
        assertThat(visitor().get(register).text()).contains("Piknik ekologiczny w Seceminie",
                "Przyznana, umowa jeszcze niezawarta");

        // No report before the contract.
        Page offerPage = a.ngo().get("/small-grants/offers/" + a.offerId());
        assertThat(a.ngo().post(reports, Map.of("kind", "FINAL"), offerPage.csrf()).status()).isEqualTo(404);
        assertThat(a.official()
            .post(a.contractPath(), contract(a, "MG/R/" + a.offerId()), a.official().get(a.contractPath()).csrf())
            .status()).isEqualTo(302);
        assertThat(visitor().get(register).text()).contains("Umowa zawarta");

        // Only the organisation's representative starts the final report.
        WebClient stranger = loggedIn(plainUser());
        assertThat(stranger.post(reports, Map.of("kind", "FINAL"), stranger.get("/small-grants").csrf()).status())
            .isEqualTo(403);
        assertThat(
                a.official().post(reports, Map.of("kind", "FINAL"), a.official().get(a.contractPath()).csrf()).status())
            .isEqualTo(403);
        Page contract = a.ngo().get(a.contractPath());
        Page started = a.ngo().post(reports, Map.of("kind", "FINAL"), contract.csrf());
        assertThat(started.status()).isEqualTo(302);
        String report = started.location().replaceAll(".*(/reports/\\d+).*", "$1");
        assertThat(stranger.get(report).status()).isEqualTo(403);
        assertThat(loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO)).get(report).status()).isEqualTo(403);

        // The competitions' report in its simplified variant (Dz.U. 2018 poz. 2055): only
        // results, actions and costs per line are asked — 6 000 zł spent, 4 800 zł of
        // them
        // from the grant.
        Map<String, String> f = new LinkedHashMap<>();
        f.put("actions", "Piknik z warsztatami segregacji odpadów.");
        f.put("results[0].achieved", "30");
        f.put("costs[0].incurred", "6 000");
        f.put("costs[0].fromGrant", "4 800");
        f.put("action", "submit");
        Page form = a.ngo().get(report);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text())
            .contains("Sprawozdanie z wykonania zadania publicznego (uproszczone, art. 19a)", "Dz.U. 2018 poz. 2055",
                    "1. Osiągnięte rezultaty", "2. Opis zrealizowanych działań",
                    "3. Zestawienie kosztów według pozycji", "4. Oświadczenia",
                    "nie zmienił się status prawny Zleceniobiorcy", "Materiały i instruktor")
            .doesNotContain("Źródła finansowania", "Data wydatku", "Wkład własny finansowy",
                    "Zestawienie dokumentów księgowych");
        // The simplified form has no list of accounting documents: a crafted one is
        // ignored (it would be refused in a competition's report: above the line, no
        // date).
        f.put("documents[0].number", "FV 1/2026");
        f.put("documents[0].line", "1");
        f.put("documents[0].amount", "99 000");
        assertThat(stranger.post(report, f, stranger.get("/small-grants").csrf()).status()).isEqualTo(403);
        assertThat(a.ngo().post(report, f, form.csrf()).status()).isEqualTo(302);
        assertThat(visitor().get(register).text()).contains("Sprawozdanie końcowe złożone");

        // The official settles it: 200 zł of the grant unused, to return.
        Page official = a.official().get(report);
        assertThat(official.text()).contains("do zwrotu 200,00 zł");
        assertThat(a.ngo().post(report + "/decision", Map.of("result", "ACCEPTED"), form.csrf()).status())
            .isEqualTo(403);
        assertThat(a.official().post(report + "/decision", Map.of("result", "ACCEPTED"), official.csrf()).status())
            .isEqualTo(302);
        assertThat(a.ngo().get(report).text()).contains("Przyjęte i rozliczone", "Kwota do zwrotu", "200,00 zł");
        HttpResponse<byte[]> pdf = a.ngo().getBytes(report + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                .contains("Sprawozdanie z wykonania zadania publicznego (uproszczone, art. 19a)",
                        "Wzór uproszczonego sprawozdania z wykonania zadania publicznego (Dz.U. 2018 poz. 2055)",
                        "Piknik ekologiczny w Seceminie", "1. Osiągnięte rezultaty", "2. Opis zrealizowanych działań",
                        "Piknik z warsztatami segregacji odpadów.", "3. Zestawienie kosztów według pozycji",
                        "6\u00a0000,00 zł", "4\u00a0800,00 zł", "4. Oświadczenia", "200,00 zł")
                .doesNotContain("Źródła finansowania", "Data wydatku", "poz. 2057", "Zestawienie dokumentów");
        }
        assertThat(stranger.getBytes(report + ".pdf").statusCode()).isEqualTo(403);
        assertThat(TestMailServer.awaitMail(a.ngoEmail(), "Sprawozdanie przyjęte"))
            .contains("Piknik ekologiczny w Seceminie");
        assertThat(visitor().get(register).text()).contains("Rozliczona, do zwrotu 200,00 zł");
        assertThat(new String(
                visitor().getBytes("/small-grants/register.csv?jst=" + jstId(SECEMIN) + "&year=" + year).body(),
                StandardCharsets.UTF_8))
            .contains("Rozliczona, do zwrotu 200,00 zł");
    }

    @Test
    void theDemoPowiatsAwardedSmallGrantIsUnderAContractWithItsReportSettled() {
        long rally = jdbc
            .sql("select id from offer where mode = 'SMALL_GRANT' and title = 'Rajd rowerowy doliną Pilicy'")
            .query(Long.class)
            .single();
        int year = LocalDate.now(WARSAW).minusDays(40).getYear();
        assertThat(visitor().get("/small-grants/register?jst=" + jstId(POWIAT) + "&year=" + year).text())
            .contains("Rajd rowerowy doliną Pilicy", "Rozliczona, do zwrotu 150,00 zł");
        Page contract = loggedIn("ngo@wspolnie.demo").get("/offers/" + rally + "/contract");
        assertThat(contract.status()).isEqualTo(200);
        assertThat(contract.text()).contains("w trybie art. 19a", "MG/", "8\u00a0000,00 zł",
                "Sprawozdanie końcowe – Przyjęte i rozliczone");
    }

    @Test
    void aSmallGrantNotAwardedHasNoContract() {
        Awarded a = awarded("Odmowa po uwagach");
        jdbc.sql("update small_grant set status = 'REFUSED' where offer_id = ?").param(a.offerId()).update();
        assertThat(a.official().get(a.contractPath()).status()).isEqualTo(404);
    }

    @Test
    void anAnnexToASmallGrantsContractKeepsArticle19aLimits() {
        // In March, so that 90 days from the task's start stay in its budget year.
        LocalDate march = LocalDate.of(today().getYear() + 1, 3, 2);
        clock.advance(Duration.between(clock.instant(), march.atTime(9, 0).atZone(WARSAW).toInstant()));
        Awarded a = awarded("Rajd rowerowy z aneksem");
        String path = a.contractPath();
        assertThat(post(a.official(), path, path, contract(a, "MG/A/" + a.offerId())).status()).isEqualTo(302);
        clock.advance(Duration.ofDays(10));
        String annexes = path + "/annexes";

        // The organisation asks for 91 days: refused at the end date, naming art. 19a.
        Page longer = post(a.ngo(), annexes, annexes, annex(a, a.from().plusDays(90), "6 000", "5 000"));
        assertThat(longer.status()).isEqualTo(422);
        assertThat(longer.text()).contains("Zadanie trwa 91 dni, a limit w trybie art. 19a to 90 dni",
                "art. 19a ust. 1 pkt 2");
        assertThat(longer.body()).contains("id=\"periodTo-error\"");

        // The official raises the grant to 10 000,01 zł: above the limit per task.
        Page above = post(a.official(), annexes, annexes, annex(a, a.to(), "11 000,01", "10 000,01"));
        assertThat(above.status()).isEqualTo(422);
        assertThat(above.text()).contains(
                "Dotacja po aneksie 10\u00a0000,01 zł przekraczałaby limit 10\u00a0000,00 zł na zadanie w trybie art. 19a",
                "art. 19a ust. 1 pkt 1");

        // Exactly at both limits: 90 days and 10 000 zł, proposed.
        assertThat(post(a.official(), annexes, annexes, annex(a, a.from().plusDays(89), "11 000", "10 000")).status())
            .isEqualTo(302);
    }

    /**
     * An annex with the task's end and the one cost line's total and part from the grant.
     */
    private static Map<String, String> annex(Awarded a, LocalDate to, String total, String fromGrant) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("periodFrom", a.from().toString());
        f.put("periodTo", to.toString());
        f.put("lines[0].total", total);
        f.put("lines[0].fromGrant", fromGrant);
        f.put("results[0].target", "30 osób");
        f.put("justification", "Więcej etapów rajdu.");
        return f;
    }

}
