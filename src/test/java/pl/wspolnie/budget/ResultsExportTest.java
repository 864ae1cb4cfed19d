package pl.wspolnie.budget;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results' exports carry the turnout: a second sheet in XLSX and ODS, a second
 * section in the CSV, with the votes and cards by kind, the invalid cards by reason, each
 * pool's turnout and the voters by age group.
 */
class ResultsExportTest extends VotingSupport {

    private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    @Test
    void theExportsCarryTheTurnoutPerPoolAndAgeGroupAndTheValidAndInvalidCards() throws Exception {
        Ballot b = votingEdition();
        for (long[] choices : new long[][] { { b.area1(), b.whole1() }, { b.area2() }, { b.other1(), b.whole2() } }) {
            WebClient voter = loggedIn(plainUser());
            assertThat(voter
                .submit(b.path(), b.path(), with(vote(Voters.pesel(adult()), adult(), choices), "action", "cast"))
                .status()).isEqualTo(200);
        }
        String paper = "/budget/" + b.id() + "/paper-cards";
        for (WebClient staff : List.of(loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO)),
                loggedIn(userWithRole(Role.JST_ADMIN, KLUCZEWSKO)))) {
            staff.submit(paper, paper + "/invalid", Map.of("invalidNumber", "N-9", "reason", "NO_DECLARATION"));
        }
        clock.advance(Duration.ofDays(14)); // the first day of the results phase
        String results = "/budget/" + b.id() + "/results.";

        var xlsx = visitor().getBytes(results + "xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("Wyniki");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isNotBlank();
            Sheet turnout = workbook.getSheet("Frekwencja");
            assertThat(cells(turnout.getRow(0))).containsExactly("Rodzaj", "Pozycja", "Liczba", "Mieszkańcy obszaru",
                    "Odsetek (%)");
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= turnout.getLastRowNum(); r++) {
                rows.add(cells(turnout.getRow(r)));
            }
            assertThat(rows).contains(List.of("Głosy i karty", "Głosy oddane przez internet", "3.0"),
                    List.of("Głosy i karty", "Ważne karty papierowe (policzone)", "0.0"),
                    List.of("Głosy i karty", "Karty nieważne (niepoliczone)", "1.0"),
                    List.of("Karty nieważne według powodu",
                            "Brak podpisu pod oświadczeniem o zamieszkaniu i prawie do głosowania", "1.0"),
                    List.of("Karty nieważne według powodu", "Wybrano więcej projektów, niż pozwala uchwała", "0.0"),
                    List.of("Frekwencja w puli", "Osiedle Słoneczne", "2.0", "3000.0", "0.07"),
                    List.of("Frekwencja w puli", "Osiedle Leśne", "1.0", "2000.0", "0.05"),
                    List.of("Frekwencja w puli", "Cała gmina", "2.0", "5000.0", "0.04"),
                    List.of("Głosujący według wieku", "25–34 lata", "3.0", "", "100.0"));
        }

        var ods = visitor().getBytes(results + "ods");
        Document content = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("content.xml")) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    content = factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                }
            }
        }
        assertThat(content).isNotNull();
        NodeList tables = content.getElementsByTagNameNS(TABLE_NS, "table");
        assertThat(tables.getLength()).isEqualTo(2);
        assertThat(((Element) tables.item(0)).getAttributeNS(TABLE_NS, "name")).isEqualTo("Wyniki");
        Element second = (Element) tables.item(1);
        assertThat(second.getAttributeNS(TABLE_NS, "name")).isEqualTo("Frekwencja");
        assertThat(second.getTextContent()).contains("Osiedle Leśne", "2000", "0.05", "Karty nieważne (niepoliczone)");

        String csv = new String(visitor().getBytes(results + "csv").body(), StandardCharsets.UTF_8);
        String[] sections = csv.split("\r\n\r\n");
        assertThat(sections).hasSize(2);
        assertThat(sections[0]).startsWith("\uFEFFPula;Miejsce;Numer projektu;");
        assertThat(sections[1]).startsWith("Frekwencja\r\nRodzaj;Pozycja;Liczba;Mieszkańcy obszaru;Odsetek (%)\r\n")
            .contains("Głosy i karty;Karty nieważne (niepoliczone);1;;\r\n")
            .contains("Frekwencja w puli;Osiedle Słoneczne;2;3000;0,07\r\n")
            .contains("Głosujący według wieku;25–34 lata;3;;100,00\r\n");
    }

    @Test
    void theResultsPdfHasATitleAndADescriptionInItsDocumentInformation() throws Exception {
        Ballot b = votingEdition();
        assertThat(loggedIn(plainUser())
            .submit(b.path(), b.path(), with(vote(Voters.pesel(adult()), adult(), b.area1()), "action", "cast"))
            .status()).isEqualTo(200);
        clock.advance(Duration.ofDays(14));
        var pdf = visitor().getBytes("/budget/" + b.id() + "/results.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Wyniki głosowania w budżecie obywatelskim – Budżet głosowany");
            assertThat(info.getSubject()).startsWith("Wyniki głosowania w budżecie obywatelskim: Budżet głosowany, ")
                .contains("Kluczewsko");
            // PDF/UA: the XMP metadata carries the description (dc:description) too
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("dc:description", "Karty, frekwencja");
        }
    }

    /** The row's cells as text, a missing cell between two present ones as "". */
    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell c = row.getCell(i);
            cells.add(c == null ? "" : c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue())
                    : c.getStringCellValue());
        }
        return cells;
    }

}
