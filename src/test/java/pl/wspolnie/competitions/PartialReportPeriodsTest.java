package pl.wspolnie.competitions;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.competitions.domain.contract.Reports;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.competitions.ReportTest.PL;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * Partial-report periods as the contract sets them (issue 19, point 5): typed on the
 * contract form and checked at their fields; shown on the contract; the organisation
 * starts the partial report of a period (once), which covers that period (its documents
 * dated within it) and is due on the contract's day; the period appears on "what needs
 * me" and is reminded once; a partial report demanded ad hoc is due 30 days after the
 * demand.
 */
class PartialReportPeriodsTest extends AwardedOfferTest {

    @Autowired
    Reports reports;

    @Test
    void theContractSetsPartialReportPeriodsThatAreStartedRemindedAndChecked() throws Exception {
        Awarded a = awarded("3 000");
        assertThat(a.ngo()
            .post("/offers/" + a.offerId(), budgetFor3000(a), a.ngo().get("/offers/" + a.offerId()).csrf())
            .status()).isEqualTo(302);
        String path = "/offers/" + a.offerId() + "/contract";
        LocalDate from = a.from();
        LocalDate firstTo = from.plusMonths(2);
        LocalDate firstDue = firstTo.plusDays(20);
        LocalDate secondFrom = firstTo.plusDays(1);
        LocalDate secondTo = from.plusMonths(4);
        LocalDate secondDue = secondTo.plusDays(20);

        // Refused at the fields: a period before the task, a day due before the period's
        // end, a row without its due day; everything typed kept.
        Map<String, String> wrong = contract(a, "U/P/" + a.offerId());
        period(wrong, 0, from.minusDays(1), firstTo, firstDue);
        period(wrong, 1, secondFrom, secondTo, secondTo.minusDays(1));
        wrong.put("partialReports[2].periodFrom", secondTo.plusDays(1).toString());
        wrong.put("partialReports[2].periodTo", secondTo.plusDays(10).toString());
        Page refused = a.official().post(path, wrong, a.official().get(path).csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains(
                "Okres sprawozdania częściowego musi mieścić się w terminie realizacji zadania: od " + from.format(PL),
                "Termin złożenia sprawozdania nie może być wcześniejszy niż koniec okresu",
                "Podaj okres (od, do) i termin złożenia sprawozdania częściowego albo zostaw cały wiersz pusty.");
        assertThat(refused.body()).contains("id=\"partialReports0.periodFrom-error\"",
                "id=\"partialReports1.dueOn-error\"", "id=\"partialReports2.dueOn-error\"");
        assertThat(refused.inputValue("partialReports1.periodTo")).isEqualTo(secondTo.toString());

        Map<String, String> ok = contract(a, "U/P/" + a.offerId());
        period(ok, 0, from, firstTo, firstDue);
        period(ok, 1, secondFrom, secondTo, secondDue);
        assertThat(a.official().post(path, ok, a.official().get(path).csrf()).status()).isEqualTo(302);

        Page contract = a.ngo().get(path);
        assertThat(contract.text()).contains("Sprawozdania częściowe wymagane umową",
                from.format(PL) + " – " + firstTo.format(PL) + " " + firstDue.format(PL),
                "Rozpocznij sprawozdanie częściowe za okres " + secondFrom.format(PL) + " – " + secondTo.format(PL));
        try (var pdf = Loader.loadPDF(a.ngo().getBytes(path + ".pdf").body())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(
                    "Zleceniobiorca składa ponadto sprawozdania częściowe za okresy:",
                    "od " + from.format(PL) + " do " + firstTo.format(PL) + " – w terminie do " + firstDue.format(PL),
                    "nie krótszym niż 30 dni od dnia doręczenia wezwania");
        }
        assertThat(a.official().get(path).text()).contains("Nierozpoczęte")
            .doesNotContain("Rozpocznij sprawozdanie częściowe");

        // The organisation starts the first period's report, once.
        Page started = a.ngo()
            .post("/offers/" + a.offerId() + "/reports", Map.of("kind", "PARTIAL", "period", "1"), contract.csrf());
        assertThat(started.status()).isEqualTo(302);
        String report = started.location().replaceAll(".*(/reports/\\d+).*", "$1");
        assertThat(a.ngo()
            .post("/offers/" + a.offerId() + "/reports", Map.of("kind", "PARTIAL", "period", "1"), contract.csrf())
            .status()).as("one report a period").isEqualTo(409);
        assertThat(loggedIn(plainUser()).get(report).status()).isEqualTo(403);
        Page form = a.ngo().get(report);
        assertThat(form.text()).contains("Sprawozdanie częściowe", "za okres " + from.format(PL) + " – "
                + firstTo.format(PL) + ", termin złożenia: " + firstDue.format(PL));

        // Its documents must be dated within the period, not only within the task.
        Map<String, String> f = ReportTest.report(a, "Cztery spotkania.", "20");
        f.put("costs[0].incurred", "1 000");
        f.put("costs[0].fromGrant", "500");
        f.put("costs[0].spentOn", from.plusDays(3).toString());
        f.put("costs[1].incurred", "");
        f.put("costs[1].fromGrant", "");
        f.put("costs[1].spentOn", "");
        f.put("documents[0].number", "FV 1/2026");
        f.put("documents[0].issuedOn", firstTo.plusDays(1).toString());
        f.put("documents[0].issuer", "Anna Nowak");
        f.put("documents[0].line", "1");
        f.put("documents[0].amount", "1 000");
        f.put("documents[0].fromGrant", "500");
        Page outside = a.ngo().post(report, f, form.csrf());
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.text()).contains("Data dokumentu musi mieścić się w okresie sprawozdania: od "
                + from.format(PL) + " do " + firstTo.format(PL));
        f.put("documents[0].issuedOn", firstTo.toString());
        assertThat(a.ngo().post(report, f, form.csrf()).status()).isEqualTo(302);

        // The second period: on "what needs me" once its end is near, reminded once a few
        // days before it is due.
        moveTo(secondTo.minusDays(10));
        assertThat(a.ngo().get("/me").text()).contains("Zbliża się termin sprawozdania częściowego wymaganego umową");
        moveTo(secondDue.minusDays(5));
        assertThat(reports.sendPartialReportReminders()).isGreaterThanOrEqualTo(1);
        assertThat(TestMailServer.awaitMail(a.ngoEmail(), "Przypomnienie: sprawozdanie częściowe"))
            .contains("Warsztaty w świetlicy", secondFrom.format(PL), secondTo.format(PL), secondDue.format(PL));
        assertThat(jdbc.sql("""
                select count(*) from competition_contract_partial_period
                where offer_id = ? and reminder_sent_at is not null""").param(a.offerId()).query(Long.class).single())
            .as("the first period's report was submitted: only the second reminded")
            .isEqualTo(1);
        reports.sendPartialReportReminders();
        assertThat(jdbc.sql("""
                select count(*) from competition_contract_partial_period
                where offer_id = ? and reminder_sent_at is not null""").param(a.offerId()).query(Long.class).single())
            .isEqualTo(1);

        // Demanded ad hoc by the official: due 30 days after the demand.
        LocalDate today = LocalDate.now(clock.withZone(WARSAW));
        Page demanded = a.official()
            .post("/offers/" + a.offerId() + "/reports", Map.of("kind", "PARTIAL"), a.official().get(path).csrf());
        assertThat(demanded.status()).isEqualTo(302);
        assertThat(a.ngo().get(demanded.location().replaceAll(".*(/reports/\\d+).*", "$1")).text())
            .contains("termin złożenia: " + today.plusDays(30).format(PL));
        assertThat(a.ngo()
            .post("/offers/" + a.offerId() + "/reports", Map.of("kind", "PARTIAL"), contract.csrf())
            .status()).as("only the official demands ad hoc").isEqualTo(403);
    }

    private static void period(Map<String, String> f, int i, LocalDate from, LocalDate to, LocalDate due) {
        f.put("partialReports[" + i + "].periodFrom", from.toString());
        f.put("partialReports[" + i + "].periodTo", to.toString());
        f.put("partialReports[" + i + "].dueOn", due.toString());
    }

}
