package pl.wspolnie.competitions;

import java.math.BigDecimal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.competitions.domain.contract.Reports;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.text.Formats;
import pl.wspolnie.shared.text.Sha256;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Annexes to a contract (issue 19, point 1): either party proposes, the other accepts or
 * refuses; the gates (parties only, signed and not settled, one open proposal, the past
 * of a submitted report, the grant raised only by the official, the budget year); an
 * accepted annex is a new immutable version with its own PDF and checksum; a report is
 * checked against the version in force when it was submitted.
 */
class ContractAnnexTest extends AwardedOfferTest {

    private static final Formats FMT = new Formats();

    @Autowired
    Reports reports;

    @Test
    void partiesProposeAcceptAndRefuseAnnexesAndTheVersionPdfIsVerifiable() throws Exception {
        Awarded a = contracted();
        String annexes = "/offers/" + a.offerId() + "/contract/annexes";
        String number = "U/" + a.offerId();

        // Signed on the day before the task: not yet signed today → 409.
        Page early = a.ngo().get(annexes);
        assertThat(early.text()).contains("Nie można teraz zaproponować aneksu", "nie jest jeszcze podpisana");
        assertThat(a.ngo().post(annexes, shift(a, "4960", "2560", "540", "440"), early.csrf()).status()).isEqualTo(409);
        clock.advance(Duration.ofDays(10));

        Page page = a.ngo().get(annexes);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Wersje umowy", "Umowa " + number, "Zaproponuj aneks");

        // Field errors, typed values kept.
        Map<String, String> bad = shift(a, "abc", "2600", "500", "400");
        bad.put("justification", "");
        bad.put("periodTo", a.from().minusDays(1).toString());
        Page refused = a.ngo().post(annexes, bad, page.csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Uzasadnij proponowaną zmianę umowy",
                "Koniec realizacji nie może być wcześniejszy niż początek");
        assertThat(refused.body()).contains("value=\"abc\"", "id=\"lines0.total-error\"");

        // The contractor may not raise the grant; the own contribution stays; the budget
        // year.
        Page raised = a.ngo().post(annexes, shift(a, "5000", "2600", "600", "500"), page.csrf());
        assertThat(raised.status()).isEqualTo(422);
        assertThat(raised.text()).contains("może je zaproponować tylko urzędnik");
        Page own = a.ngo().post(annexes, shift(a, "5100", "2600", "500", "400"), page.csrf());
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.text()).contains("koszty poza dotacją muszą wynosić " + money("2500"));
        Map<String, String> nextYear = shift(a, "5000", "2600", "500", "400");
        nextYear.put("periodTo", a.from().plusYears(1).withDayOfYear(20).toString());
        Page year = a.ngo().post(annexes, nextYear, page.csrf());
        assertThat(year.status()).isEqualTo(422);
        assertThat(year.text()).contains("musi pozostać w roku budżetowym " + a.from().getYear());

        String anotherOfficial = userWithRole(Role.OFFICIAL, POWIAT);
        // A shift within the contract's tolerance (line 2: exactly 10 %) is allowed with
        // a warning.
        Page within = a.ngo().post(annexes, shift(a, "4960", "2560", "540", "440"), page.csrf());
        assertThat(within.status()).isEqualTo(302);
        String first = within.redirectPath();
        Page firstPage = a.ngo().get(first);
        assertThat(firstPage.text()).contains("mieści się w tolerancji umowy", "aneks nie jest potrzebny",
                "Czeka na odpowiedź drugiej strony", money("5000"), money("4960"));
        // The other side is told by mail and sees it among what needs them; the proposer
        // does not.
        assertThat(TestMailServer.awaitMail(anotherOfficial, "Propozycja aneksu do umowy " + number))
            .contains("Zmiana stawek wykonawców w trakcie zadania.", first);
        assertThat(loggedIn(anotherOfficial).get("/me").text())
            .contains("Propozycja aneksu do umowy czeka na odpowiedź");
        assertThat(a.ngo().get("/me").text()).doesNotContain("Propozycja aneksu do umowy czeka na odpowiedź");

        // One open proposal at a time; the proposer does not answer their own.
        assertThat(a.ngo().post(annexes, shift(a, "4900", "2500", "600", "500"), page.csrf()).status()).isEqualTo(409);
        assertThat(a.ngo().post(first + "/accept", Map.of(), page.csrf()).status()).isEqualTo(403);
        assertThat(a.ngo().post(first + "/refuse", Map.of("reason", "x"), page.csrf()).status()).isEqualTo(403);

        // Strangers: another NGO, an official of another JST → 403 on every page and
        // POST.
        String otherEmail = plainUser();
        organisationRepresentedBy(otherEmail, "Obca organizacja " + TestOrganizations.word(), KLUCZEWSKO, true);
        for (WebClient stranger : new WebClient[] { loggedIn(otherEmail),
                loggedIn(userWithRole(Role.OFFICIAL, SECEMIN)) }) {
            String csrf = stranger.get("/competitions").csrf();
            assertThat(stranger.get(annexes).status()).isEqualTo(403);
            assertThat(stranger.get(first).status()).isEqualTo(403);
            assertThat(stranger.post(annexes, shift(a, "4900", "2500", "600", "500"), csrf).status()).isEqualTo(403);
            assertThat(stranger.post(first + "/accept", Map.of(), csrf).status()).isEqualTo(403);
            assertThat(stranger.post(first + "/refuse", Map.of("reason", "Obcy"), csrf).status()).isEqualTo(403);
        }

        // The official refuses: a reason is required.
        Page official = a.official().get(first);
        assertThat(official.text()).contains("Przyjmij aneks", "Odrzuć aneks");
        Page noReason = a.official().post(first + "/refuse", Map.of("reason", " "), official.csrf());
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.text()).contains("Podaj powód odrzucenia aneksu");
        assertThat(a.official()
            .post(first + "/refuse", Map.of("reason", "Przesunięcie mieści się w tolerancji."), official.csrf())
            .status()).isEqualTo(302);
        assertThat(TestMailServer.awaitMail(a.ngoEmail(), "Odrzucono propozycję aneksu do umowy " + number))
            .contains("Przesunięcie mieści się w tolerancji.");
        assertThat(a.official().post(first + "/accept", Map.of(), official.csrf()).status()).isEqualTo(409);

        // A change beyond the tolerance, with new dates and a new target, accepted.
        Map<String, String> real = shift(a, "4800", "2400", "700", "600");
        real.put("periodTo", a.from().plusMonths(5).toString());
        real.put("results[0].target", "45 osób");
        Page proposed = a.ngo().post(annexes, real, page.csrf());
        assertThat(proposed.status()).isEqualTo(302);
        String second = proposed.redirectPath();
        assertThat(a.ngo().get(second).text()).contains("Zaproponowano aneks; druga strona umowy dostała wiadomość");
        assertThat(a.official().post(second + "/accept", Map.of(), official.csrf()).status()).isEqualTo(302);
        assertThat(TestMailServer.awaitMail(a.ngoEmail(), "Przyjęto aneks nr 1 do umowy " + number))
            .contains("Suma kontrolna SHA-256");

        // The version's PDF: its SHA-256 is the one shown and stored; the heading, the
        // clauses old → new and the signatures.
        Page accepted = a.ngo().get(second);
        assertThat(accepted.text()).contains("Aneks nr 1 do umowy nr " + number, "Przyjęty: aneks nr 1");
        long annexId = Long.parseLong(second.replaceAll(".*/", ""));
        String stored = jdbc.sql("select checksum from contract_annex where id = ?")
            .param(annexId)
            .query(String.class)
            .single();
        assertThat(accepted.text()).contains(stored);
        HttpResponse<byte[]> pdf = a.ngo().getBytes(second + "/annex.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(Sha256.hex(pdf.body())).isEqualTo(stored);
        Files.write(Path.of("target", "contract-annex.pdf"), pdf.body());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("Aneks nr 1 do umowy nr " + number, "Koszt pozycji 1. Wynagrodzenie",
                    "5 000,00 zł 4 800,00 zł", "40 osób 45 osób", FMT.date(a.from().plusMonths(6)) + " "
                            + FMT.date(a.from()) + " – " + FMT.date(a.from().plusMonths(5)),
                    "Podpisy Stron");
            assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        }
        assertThat(loggedIn(otherEmail).getBytes(second + "/annex.pdf").statusCode()).isEqualTo(403);

        // The contract page lists the versions; the original PDF is unchanged.
        Page contract = a.ngo().get("/offers/" + a.offerId() + "/contract");
        assertThat(contract.text()).contains("Aneksy i wersje umowy", "Aneks nr 1", stored,
                "Obowiązuje wersja 2 umowy (po aneksie nr 1): termin realizacji zadania " + FMT.date(a.from()) + " – "
                        + FMT.date(a.from().plusMonths(5)));
        try (PDDocument doc = Loader.loadPDF(a.ngo().getBytes("/offers/" + a.offerId() + "/contract.pdf").body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains(FMT.date(a.from().plusMonths(6)));
        }

        // Immutable in the database; every step audited with before and after.
        assertThatThrownBy(
                () -> jdbc.sql("update contract_annex set justification = 'x' where id = ?").param(annexId).update())
            .hasMessageContaining("cannot change");
        assertThat(jdbc
            .sql("select count(*) from audit_log where entity_type = 'ContractAnnex' and entity_id = ? "
                    + "and action = 'UPDATE' and before_state is not null and after_state is not null")
            .param(String.valueOf(annexId))
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    @Test
    void aReportIsCheckedAgainstTheVersionInForceWhenItWasSubmitted() {
        Awarded a = contracted();
        clock.advance(Duration.ofDays(10));
        String contract = "/offers/" + a.offerId() + "/contract";
        Page officialPage = a.official().get(contract);
        Page page = a.ngo().get(contract);
        Page asked = a.official()
            .post("/offers/" + a.offerId() + "/reports", Map.of("kind", "PARTIAL"), officialPage.csrf());
        String partial = asked.location().replaceAll(".*(/reports/\\d+).*", "$1");
        // Line 2 (500 zł) reported at 600 zł: 20 % above the contract, flagged.
        assertThat(a.ngo().post(partial, report(a, "1000", "800", "600", "400"), page.csrf()).status()).isEqualTo(302);
        assertThat(a.ngo().get(partial).text()).contains("(przekroczenie)");

        // The annex may not go below what the partial report showed, nor move the start.
        String annexes = contract + "/annexes";
        Page past = a.ngo().post(annexes, shift(a, "4950", "2550", "550", "450"), page.csrf());
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.text()).contains("Sprawozdanie częściowe wykazało już w tej pozycji 600,00 zł");
        Map<String, String> start = shift(a, "4800", "2400", "700", "600");
        start.put("periodFrom", a.from().plusDays(1).toString());
        assertThat(a.ngo().post(annexes, start, page.csrf()).text())
            .contains("aneks nie może zmienić początku realizacji zadania");

        // 200 zł moved to line 2 by an accepted annex.
        Page proposed = a.ngo().post(annexes, shift(a, "4800", "2400", "700", "600"), page.csrf());
        assertThat(proposed.status()).isEqualTo(302);
        assertThat(a.official().post(proposed.redirectPath() + "/accept", Map.of(), officialPage.csrf()).status())
            .isEqualTo(302);

        // The earlier report keeps the signed version: still flagged on line 2.
        assertThat(a.official().get(partial).text()).contains("(przekroczenie)", money("500"));
        // A report after the annex is checked against it: line 2 at 700 zł is not
        // flagged.
        Page started = a.ngo().post("/offers/" + a.offerId() + "/reports", Map.of("kind", "FINAL"), page.csrf());
        String fin = started.location().replaceAll(".*(/reports/\\d+).*", "$1");
        assertThat(a.ngo().post(fin, report(a, "4800", "2400", "700", "600"), page.csrf()).status()).isEqualTo(302);
        Page finalPage = a.official().get(fin);
        assertThat(finalPage.text()).contains(money("700"), money("4800")).doesNotContain("(przekroczenie)");

        // With the final report submitted, no more annexes.
        assertThat(a.ngo().post(annexes, shift(a, "4700", "2300", "800", "700"), page.csrf()).status()).isEqualTo(409);
    }

    @Test
    void anAnnexedEndMovesTheFinalReportsDueDateReminderOverdueListAndWhatNeedsMe() throws Exception {
        Awarded a = contracted();
        clock.advance(Duration.ofDays(10));
        String contract = "/offers/" + a.offerId() + "/contract";
        String number = "U/" + a.offerId();
        LocalDate signedEnd = a.from().plusMonths(6);
        LocalDate annexedEnd = signedEnd.plusMonths(1);
        Map<String, String> later = shift(a, "5000", "2600", "500", "400");
        later.put("periodTo", annexedEnd.toString());
        Page proposed = a.ngo().post(contract + "/annexes", later, a.ngo().get(contract).csrf());
        assertThat(proposed.status()).isEqualTo(302);
        assertThat(a.official()
            .post(proposed.redirectPath() + "/accept", Map.of(), a.official().get(contract).csrf())
            .status()).isEqualTo(302);
        assertThat(jdbc.sql("select ends_on from competition_contract where offer_id = ?")
            .param(a.offerId())
            .query(LocalDate.class)
            .single()).isEqualTo(annexedEnd);

        // The contract page: due 30 days after the annexed end.
        assertThat(a.ngo().get(contract).text())
            .contains("Termin złożenia sprawozdania końcowego: " + FMT.date(annexedEnd.plusDays(30)))
            .doesNotContain("Termin złożenia sprawozdania końcowego: " + FMT.date(signedEnd.plusDays(30)));

        // "What needs me": 30 days before the signed end nothing, before the annexed end
        // the item with the new due date.
        moveTo(signedEnd.minusDays(20));
        assertThat(a.ngo().get("/me").text()).doesNotContain("Zbliża się termin sprawozdania końcowego");
        moveTo(annexedEnd.minusDays(20));
        assertThat(a.ngo().get("/me").text()).contains("Zbliża się termin sprawozdania końcowego",
                FMT.date(annexedEnd.plusDays(30)));

        // No reminder nor overdue row at the signed dates.
        moveTo(signedEnd.plusDays(27));
        reports.sendFinalReportReminders();
        assertThat(remindersTo(a.ngoEmail())).isZero();
        moveTo(signedEnd.plusDays(31));
        assertThat(a.official().get("/competitions/reports/overdue").text()).doesNotContain(number + " ");

        // At the annexed ones: the reminder with the new due date, then the overdue row.
        moveTo(annexedEnd.plusDays(27));
        reports.sendFinalReportReminders();
        assertThat(TestMailServer.awaitMail(a.ngoEmail(), "Przypomnienie: sprawozdanie końcowe"))
            .contains(FMT.date(annexedEnd.plusDays(30)));
        moveTo(annexedEnd.plusDays(31));
        assertThat(a.official().get("/competitions/reports/overdue").text()).contains(
                number + " Warsztaty w świetlicy " + FMT.date(annexedEnd) + " " + FMT.date(annexedEnd.plusDays(30)));
    }

    @Test
    void theProposerWithdrawsAnOpenProposalAndTheOtherSideIsTold() throws Exception {
        Awarded a = contracted();
        clock.advance(Duration.ofDays(10));
        String annexes = "/offers/" + a.offerId() + "/contract/annexes";
        String number = "U/" + a.offerId();
        String anotherOfficial = userWithRole(Role.OFFICIAL, POWIAT);
        Page page = a.ngo().get(annexes);
        Page proposed = a.ngo().post(annexes, shift(a, "4800", "2400", "700", "600"), page.csrf());
        assertThat(proposed.status()).isEqualTo(302);
        String open = proposed.redirectPath();
        long annexId = Long.parseLong(open.replaceAll(".*/", ""));
        assertThat(a.ngo().get(open).text()).contains("Wycofaj propozycję aneksu");
        Page officialPage = a.official().get(open);
        assertThat(officialPage.text()).doesNotContain("Wycofaj propozycję aneksu");
        assertThat(loggedIn(anotherOfficial).get("/me").text())
            .contains("Propozycja aneksu do umowy czeka na odpowiedź");

        // Only the side that proposed it: the other side and strangers get 403.
        assertThat(a.official().post(open + "/withdraw", Map.of(), officialPage.csrf()).status()).isEqualTo(403);
        WebClient stranger = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        assertThat(stranger.post(open + "/withdraw", Map.of(), stranger.get("/competitions").csrf()).status())
            .isEqualTo(403);

        Page withdrawn = a.ngo().post(open + "/withdraw", Map.of(), page.csrf());
        assertThat(withdrawn.status()).isEqualTo(302);
        assertThat(a.ngo().get(open).text()).contains("Wycofano propozycję aneksu",
                "Wycofany przez stronę, która go zaproponowała");
        assertThat(TestMailServer.awaitMail(anotherOfficial, "Wycofano propozycję aneksu do umowy " + number))
            .contains("Warsztaty w świetlicy", open);
        assertThat(loggedIn(anotherOfficial).get("/me").text())
            .doesNotContain("Propozycja aneksu do umowy czeka na odpowiedź");
        assertThat(jdbc
            .sql("select count(*) from audit_log where entity_type = 'ContractAnnex' and entity_id = ? "
                    + "and action = 'UPDATE' and after_state ->> 'status' = 'WITHDRAWN'")
            .param(String.valueOf(annexId))
            .query(Long.class)
            .single()).isEqualTo(1);

        // Withdrawn is final: no second withdrawal, no answer; a new proposal may follow.
        assertThat(a.ngo().post(open + "/withdraw", Map.of(), page.csrf()).status()).isEqualTo(409);
        assertThat(a.official().post(open + "/accept", Map.of(), officialPage.csrf()).status()).isEqualTo(409);
        Page next = a.ngo().post(annexes, shift(a, "4800", "2400", "700", "600"), page.csrf());
        assertThat(next.status()).isEqualTo(302);

        // An answered proposal can no longer be withdrawn.
        assertThat(a.official()
            .post(next.redirectPath() + "/refuse", Map.of("reason", "Bez zmian."), officialPage.csrf())
            .status()).isEqualTo(302);
        assertThat(a.ngo().post(next.redirectPath() + "/withdraw", Map.of(), page.csrf()).status()).isEqualTo(409);
    }

    /**
     * A proposal: the lines' totals and parts from the grant, the period and target as
     * signed.
     */
    private static Map<String, String> shift(Awarded a, String total0, String grant0, String total1, String grant1) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("periodFrom", a.from().toString());
        f.put("periodTo", a.from().plusMonths(6).toString());
        f.put("lines[0].total", total0);
        f.put("lines[0].fromGrant", grant0);
        f.put("lines[1].total", total1);
        f.put("lines[1].fromGrant", grant1);
        f.put("results[0].target", "40 osób");
        f.put("justification", "Zmiana stawek wykonawców w trakcie zadania.");
        return f;
    }

    private static Map<String, String> report(Awarded a, String incurred0, String grant0, String incurred1,
            String grant1) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("actions", "Przeprowadzono warsztaty.");
        f.put("results[0].achieved", "40");
        f.put("costs[0].incurred", incurred0);
        f.put("costs[0].fromGrant", grant0);
        f.put("costs[1].incurred", incurred1);
        f.put("costs[1].fromGrant", grant1);
        f.put("ownFinancial", "0");
        f.put("ownPersonal", "0");
        f.put("ownInKind", "0");
        f.put("recipientPayments", "0");
        f.put("action", "submit");
        return f;
    }

    private static String money(String amount) {
        return FMT.money(new BigDecimal(amount));
    }

}
