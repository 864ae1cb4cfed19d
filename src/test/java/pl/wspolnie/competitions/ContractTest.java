package pl.wspolnie.competitions;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pl.wspolnie.competitions.domain.BankAccounts;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a decision with a lower grant: the updated cost table (grant = awarded amount,
 * new version with checksum), then the contract recorded by the official (IBAN checked,
 * tranches adding up to the grant) with its PDF.
 */
class ContractTest extends AwardedOfferTest {

    @Test
    void lowerGrantNeedsUpdatedBudgetThenContractWithTranchesAndPdf() throws Exception {
        Awarded a = awarded("3 000");
        String contractPath = "/offers/" + a.offerId() + "/contract";

        // Before the updated cost table the official cannot record the contract.
        Page early = a.official().get(contractPath);
        assertThat(early.status()).isEqualTo(200);
        assertThat(early.text()).contains("nie złożył jeszcze zaktualizowanego kosztorysu");
        assertThat(a.official().post(contractPath, contract(a, "U/1/" + a.offerId()), early.csrf()).text())
            .contains("nie złożył jeszcze zaktualizowanego kosztorysu");

        // The offeror sees the budget update; the old grant is refused next to the
        // computed grant.
        Page offer = a.ngo().get("/offers/" + a.offerId());
        assertThat(offer.text()).contains("Aktualizacja kosztorysu", "Przyznano mniejszą dotację (3\u00a0000,00 zł)");
        Map<String, String> old = CompetitionFixtures.offer(a.taskId(), "Warsztaty w świetlicy", a.from(),
                a.from().plusMonths(6));
        Page refused = a.ngo().post("/offers/" + a.offerId(), old, offer.csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Wnioskowana dotacja musi być równa przyznanej kwocie (3\u00a0000,00 zł)");
        Map<String, String> updated = budgetFor3000(a);
        updated.put("title", "Zmieniony tytuł"); // section I stays locked: ignored
        assertThat(a.ngo().post("/offers/" + a.offerId(), updated, offer.csrf()).status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from offer_version where offer_id = ?")
            .param(a.offerId())
            .query(Long.class)
            .single()).isEqualTo(2);
        String v2 = jdbc.sql("select content from offer_version where offer_id = ? and number = 2")
            .param(a.offerId())
            .query(String.class)
            .single();
        assertThat(v2).contains("\"grant\":\"3000.00\"", "Osiem spotkań", "Warsztaty w świetlicy")
            .doesNotContain("Zmieniony tytuł");
        Page after = a.ngo().get("/offers/" + a.offerId());
        assertThat(after.text()).contains("Złożona").doesNotContain("Przyznano mniejszą dotację");

        // The contract: bad IBAN and tranches not adding up are field errors, typed
        // values kept.
        Page form = a.official().get(contractPath);
        assertThat(form.text()).contains("Zapisz umowę", "oferta w wersji 2");
        Map<String, String> bad = contract(a, "U/1/" + a.offerId());
        bad.put("bankAccount", "PL61 1090 1014 0000 0712 1981 2875");
        bad.put("tranches[1].amount", "900");
        Page errors = a.official().post(contractPath, bad, form.csrf());
        assertThat(errors.status()).isEqualTo(422);
        assertThat(errors.text()).contains("Podaj poprawny numer rachunku");
        assertThat(errors.inputValue("bankAccount")).isEqualTo("PL61 1090 1014 0000 0712 1981 2875");
        bad.put("bankAccount", ACCOUNT);
        Page sum = a.official().post(contractPath, bad, form.csrf());
        assertThat(sum.text())
            .contains("Suma transz (2\u00a0900,00 zł) musi być równa kwocie dotacji (3\u00a0000,00 zł)");
        assertThat(sum.inputValue("tranches1.amount")).isEqualTo("900");

        // Nobody but the JST's officials records it.
        assertThat(a.ngo().post(contractPath, contract(a, "U/2/" + a.offerId()), after.csrf()).status()).isEqualTo(403);
        Map<String, String> good = contract(a, "U/1/" + a.offerId());
        good.put("principalRepresentatives", "Żaneta Wójcik – Starosta");
        good.put("contractorRepresentatives", "Łukasz Ćwik – Prezes Zarządu");
        assertThat(a.official().post(contractPath, good, form.csrf()).status()).isEqualTo(302);
        assertThat(a.official().post(contractPath, contract(a, "U/3/" + a.offerId()), form.csrf()).status())
            .isEqualTo(409);

        Page seen = a.ngo().get(contractPath);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.text()).contains("Zawarta umowa", "U/1/" + a.offerId(), "61 1090 1014 0000 0712 1981 2874",
                "2\u00a0000,00 zł", "1\u00a0000,00 zł", "3\u00a0000,00 zł");
        HttpResponse<byte[]> pdf = a.ngo().getBytes(contractPath + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Umowa nr U/1/" + a.offerId(), "Warsztaty w świetlicy", "Powiat",
                    "61 1090 1014 0000 0712 1981 2874", "3\u00a0000,00 zł", "2\u00a0000,00 zł", "ramowego wzoru umowy");
            // the framework contract: representatives, own contribution and grant share,
            // return of the unused grant, annexes, signatures
            assertThat(text).contains("reprezentowanym(-ą) przez: Żaneta Wójcik – Starosta",
                    "reprezentowanym(-ą) przez: Łukasz Ćwik – Prezes Zarządu", "§ 4. Wkład własny i udział dotacji",
                    "Wkład własny finansowy", "Wkład własny osobowy", "Wkład własny rzeczowy",
                    "procentowy udział dotacji w całkowitym koszcie zadania publicznego",
                    "Niewykorzystaną kwotę dotacji Zleceniobiorca zwraca", "art. 251", "§ 6. Sprawozdania",
                    "§ 8. Rozwiązanie umowy", "Załączniki", "Zaktualizowana kalkulacja przewidywanych kosztów",
                    "Harmonogram działań", "Podpisy Stron");
            assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        }

        // Another NGO and a resident: 403 on the page and the PDF.
        WebClient stranger = loggedIn(plainUser());
        assertThat(stranger.get(contractPath).status()).isEqualTo(403);
        assertThat(stranger.getBytes(contractPath + ".pdf").statusCode()).isEqualTo(403);
    }

    @Test
    void thePartiesAreNamedWithTheirAddressesAndRegisterAndThePageSaysWhatIsMissing() throws Exception {
        Awarded a = contracted();
        String contractPath = "/offers/" + a.offerId() + "/contract";
        long org = jdbc.sql("select lead_organization_id from offer where id = ?")
            .param(a.offerId())
            .query(Long.class)
            .single();
        String orgName = jdbc.sql("select name from organization where id = ?").param(org).query(String.class).single();
        String krs = jdbc.sql("select krs from organization where id = ?").param(org).query(String.class).single();
        jdbc.sql(
                "update jst set street = 'ul. Wiśniowa 10', postal_code = '29-100', city = 'Włoszczowa' where teryt = ?")
            .param(POWIAT)
            .update();

        // Recorded without representatives: the page says so; the addresses are there.
        Page page = a.official().get(contractPath);
        assertThat(page.text())
            .contains("Brakuje danych stron umowy", "osoby reprezentujące Zleceniodawcę",
                    "osoby reprezentujące Zleceniobiorcę")
            .doesNotContain("adres siedziby Zleceniodawcy", "numer w Krajowym Rejestrze Sądowym");
        String text = pdfText(a.ngo(), contractPath + ".pdf");
        assertThat(text).contains("Powiat włoszczowski, z siedzibą: ul. Wiśniowa 10, 29-100 Włoszczowa, zwanym(-ą)",
                orgName + " (Stowarzyszenie), z siedzibą: ul. Testowa 1, 29-120 Kluczewsko, "
                        + "wpisaną(-ym) do Krajowego Rejestru Sądowego pod numerem " + krs,
                "Wykonanie umowy nastąpi z chwilą zaakceptowania przez Zleceniodawcę sprawozdania końcowego, "
                        + "o którym mowa w § 6.");

        // Another register instead of the KRS; the JST's address not entered.
        jdbc.sql("""
                update organization set krs = null, register_name = 'ewidencja starosty włoszczowskiego',
                register_number = '12/2020' where id = ?""").param(org).update();
        jdbc.sql("update jst set street = null where teryt = ?").param(POWIAT).update();
        try {
            assertThat(a.official().get(contractPath).text())
                .contains("adres siedziby Zleceniodawcy (Powiat włoszczowski)");
            assertThat(pdfText(a.ngo(), contractPath + ".pdf")).contains(
                    "wpisaną(-ym) do rejestru lub ewidencji: ewidencja starosty włoszczowskiego, pod numerem 12/2020",
                    "Powiat włoszczowski, z siedzibą: ....")
                .doesNotContain("Wiśniowa");
        }
        finally {
            jdbc.sql("update jst set street = 'ul. Wiśniowa 10' where teryt = ?").param(POWIAT).update();
        }
    }

    private static String pdfText(WebClient client, String path) throws Exception {
        HttpResponse<byte[]> pdf = client.getBytes(path);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void polishAccountNumbersAreCheckedWithMod97() {
        assertThat(BankAccounts.normalize("61 1090 1014 0000 0712 1981 2874")).isEqualTo("61109010140000071219812874");
        assertThat(BankAccounts.normalize("PL61109010140000071219812874")).isEqualTo("61109010140000071219812874");
        assertThat(BankAccounts.normalize("61109010140000071219812875")).isNull();
        assertThat(BankAccounts.normalize("6110901014000007121981287")).isNull();
        assertThat(BankAccounts.normalize("DE89370400440532013000")).isNull();
    }

}
