package pl.wspolnie.competitions;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pl.wspolnie.support.WebClient.Page;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list of accounting documents in a report's financial part (issue 19, point 5): rows
 * added and removed without losing what was typed; each document checked at its field
 * (date within the period, part from the grant not above the amount); per cost line the
 * documents' sum against the contract's amount with the allowed deviation and against the
 * cost incurred entered; the list on the page of both sides and in the PDF.
 */
class ReportDocumentsTest extends AwardedOfferTest {

    @Test
    void documentsAreListedCheckedAgainstTheCostTableAndPrinted() throws IOException {
        Awarded a = contracted();
        Page contract = a.ngo().get("/offers/" + a.offerId() + "/contract");
        String report = a.ngo()
            .post("/offers/" + a.offerId() + "/reports", Map.of("kind", "FINAL"), contract.csrf())
            .location()
            .replaceAll(".*(/reports/\\d+).*", "$1");
        Page form = a.ngo().get(report);
        assertThat(form.text()).contains("1a. Zestawienie dokumentów księgowych", "Nie podano dokumentów.",
                "więcej niż 10,00 %");
        // no empty table of documents under "none" (its column headers are not there)
        assertThat(form.body()).doesNotContain("<th scope=\"col\">Wystawca</th>");

        // A row added: the form again with what was typed, nothing saved.
        Map<String, String> typed = ReportTest.report(a, "Osiem spotkań.", "40");
        typed.put("action", "addDocument");
        Page added = a.ngo().post(report, typed, form.csrf());
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.inputValue("documents0.number")).isEmpty();
        assertThat(added.body()).contains("Usuń dokument 1", "— wybierz pozycję —", "<th scope=\"col\">Wystawca</th>");
        assertThat(added.inputValue("costs0.incurred")).isEqualTo("4 500");

        // A row removed: the other rows keep their values.
        Map<String, String> two = withDocuments(a);
        two.put("removeDocument", "0");
        two.remove("action");
        Page removed = a.ngo().post(report, two, form.csrf());
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.inputValue("documents0.number")).isEqualTo("FV 7/2026");
        assertThat(removed.body()).doesNotContain("FV 12/2026");

        // Each document at its field: dated before the task, part from the grant above
        // the
        // amount; every typed value kept.
        Map<String, String> wrong = withDocuments(a);
        wrong.put("documents[0].issuedOn", a.from().minusDays(1).toString());
        wrong.put("documents[1].fromGrant", "1 600");
        Page refused = a.ngo().post(report, wrong, form.csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains(
                "Data dokumentu musi mieścić się w okresie sprawozdania: od " + a.from().format(ReportTest.PL) + " do "
                        + a.from().plusMonths(6).format(ReportTest.PL),
                "Część z dotacji nie może przekraczać kwoty dokumentu.");
        assertThat(refused.body()).contains("id=\"documents0.issuedOn-error\"", "id=\"documents1.fromGrant-error\"");
        assertThat(refused.inputValue("documents1.issuer")).isEqualTo("Księgarnia Pod Lipą s.c.");
        assertThat(refused.inputValue("documents1.fromGrant")).isEqualTo("1 600");

        // Documents above the line's amount per contract plus 10 % (5 000 zł → 5 500 zł).
        Map<String, String> above = withDocuments(a);
        above.put("documents[1].amount", "2 600");
        above.put("costs[0].incurred", "5 600");
        Page tooMuch = a.ngo().post(report, above, form.csrf());
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.text().replace('\u00a0', ' ')).contains(
                "Dokumenty pozycji 1 (Wynagrodzenie instruktorki) sumują się do 5 600,00 zł, więcej niż dopuszczalne 5 500,00 zł");
        assertThat(tooMuch.body()).contains("id=\"documents1.amount-error\"");

        // The documents' sum differs from the cost incurred typed for the line.
        Map<String, String> differs = withDocuments(a);
        differs.put("costs[0].incurred", "4 400");
        Page notEqual = a.ngo().post(report, differs, form.csrf());
        assertThat(notEqual.status()).isEqualTo(422);
        assertThat(notEqual.text().replace('\u00a0', ' '))
            .contains("Suma dokumentów tej pozycji wynosi 4 500,00 zł, a wpisany koszt poniesiony 4 400,00 zł");
        assertThat(notEqual.body()).contains("id=\"costs0.incurred-error\"");

        // Agreeing with the cost table: submitted, then shown to the official with the
        // totals.
        assertThat(a.ngo().post(report, withDocuments(a), form.csrf()).status()).isEqualTo(302);
        Page official = a.official().get(report);
        assertThat(official.body()).contains("value=\"FV 12/2026\"", "Księgarnia Pod Lipą s.c.");
        assertThat(official.text()).contains("Dokumenty a kosztorys", "Suma dokumentów")
            .doesNotContain("Usuń dokument");

        HttpResponse<byte[]> pdf = a.official().getBytes(report + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        Files.write(Path.of("target", "report-documents.pdf"), pdf.body());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("1a. Zestawienie dokumentów księgowych", "FV 12/2026", "FV 7/2026", "RK 3/2026",
                    "Dokumentów: 3, na kwotę 5 000,00 zł, w tym z dotacji 2 900,00 zł");
        }
        assertThat(loggedIn(plainUser()).getBytes(report + ".pdf").statusCode()).isEqualTo(403);
    }

    /**
     * The report of {@link ReportTest#report} with its documents: line 1 by two invoices
     * (3 000 + 1 500 = 4 500 zł, 2 500 from the grant), line 2 by one (500 zł, 400).
     */
    private static Map<String, String> withDocuments(Awarded a) {
        Map<String, String> f = new LinkedHashMap<>(ReportTest.report(a, "Osiem spotkań.", "40"));
        f.put("costs[1].spentOn", a.from().plusMonths(5).toString());
        document(f, 0, "FV 12/2026", a.from().plusDays(5), "Anna Nowak – usługi szkoleniowe", "1", "3 000", "1 500");
        document(f, 1, "FV 7/2026", a.from().plusDays(40), "Księgarnia Pod Lipą s.c.", "1", "1 500", "1 000");
        document(f, 2, "RK 3/2026", a.from().plusMonths(5), "Biuro rachunkowe Saldo", "2", "500", "400");
        return f;
    }

    private static void document(Map<String, String> f, int i, String number, LocalDate on, String issuer, String line,
            String amount, String fromGrant) {
        String p = "documents[" + i + "].";
        f.put(p + "number", number);
        f.put(p + "issuedOn", on.toString());
        f.put(p + "issuer", issuer);
        f.put(p + "line", line);
        f.put(p + "amount", amount);
        f.put(p + "fromGrant", fromGrant);
    }

}
