package pl.wspolnie.organizations;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unbescape.html.HtmlEscape;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationDirectoryTest extends IntegrationTest {

    private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    @Autowired
    OrganizationSeeding seeding;

    @Test
    void searchForgivesPolishDiacriticsAndWordForms() {
        String w = TestOrganizations.word();
        String sport = "Klub " + w;
        String turtle = "Przyjaciele Stawu " + w;
        seed(sport, KLUCZEWSKO, List.of("kultura-fizyczna"), "Organizujemy zajęcia sportowe i zawody dla dzieci.");
        seed(turtle, KLUCZEWSKO, List.of("ekologia"), "Czynna ochrona żółwia błotnego.");

        assertThat(names("/organizations?q=" + enc(w + " sport"))).containsExactly(sport);
        assertThat(names("/organizations?q=" + enc(w + " sportowy"))).containsExactly(sport);
        assertThat(names("/organizations?q=" + enc(w + " SPORTOWE"))).containsExactly(sport);
        assertThat(names("/organizations?q=" + enc(w + " zolw"))).containsExactly(turtle);
        assertThat(names("/organizations?q=" + enc(w + " Żółwie"))).containsExactly(turtle);
        assertThat(names("/organizations?q=" + enc(w + " kultury fizycznej"))).as("sphere names are searched")
            .containsExactly(sport);
        assertThat(names("/organizations?q=" + enc(w + " pływanie"))).isEmpty();
        assertThat(visitor().get("/organizations?q=" + enc(w + " pływanie")).text())
            .contains("Nie znaleziono organizacji");
    }

    @Test
    void demoDataShowsTheSearchAtWork() {
        assertThat(names("/organizations?q=zolw")).contains("Stowarzyszenie Przyjaciół Doliny Pilicy");
        assertThat(names("/organizations?q=sportowy&jst=" + jstId(SECEMIN)))
            .contains("Ludowy Klub Sportowy „Zryw” Secemin");
    }

    @Test
    void powiatFilterIncludesItsGminasAndGminaFilterOnlyItsOwn() {
        String w = TestOrganizations.word();
        seed("Kluczewska " + w, KLUCZEWSKO, List.of("kultura"), null);
        seed("Secemińska " + w, SECEMIN, List.of("kultura"), null);

        assertThat(names("/organizations?q=" + w + "&jst=" + jstId(POWIAT)))
            .containsExactlyInAnyOrder("Kluczewska " + w, "Secemińska " + w);
        assertThat(names("/organizations?q=" + w + "&jst=" + jstId(KLUCZEWSKO))).containsExactly("Kluczewska " + w);
        assertThat(names("/organizations?q=" + w + "&jst=" + jstId(SECEMIN))).containsExactly("Secemińska " + w);
        Page page = visitor().get("/organizations?q=" + w + "&jst=" + jstId(SECEMIN));
        assertThat(page.body()).as("the filter form shows the choice")
            .containsPattern("<option value=\"" + jstId(SECEMIN) + "\" selected=\"selected\"")
            .contains("value=\"" + w + "\"")
            .as("each filter field is labelled (forms.html's filterSearch and filterSelect)")
            .containsPattern("<div class=\"field\">\\s*<label for=\"q\"><span>[^<]+</span></label>\\s*"
                    + "<input type=\"search\" id=\"q\" name=\"q\" value=\"" + w
                    + "\" maxlength=\"200\" aria-invalid=\"false\">")
            .containsPattern("<label for=\"jst\"><span>[^<]+</span></label>\\s*<select id=\"jst\" name=\"jst\"")
            .containsPattern("<label for=\"sphere\"><span>[^<]+</span></label>\\s*<select id=\"sphere\"")
            .containsPattern("<label for=\"sort\"><span>[^<]+</span></label>\\s*<select id=\"sort\"");
    }

    @Test
    void sphereGroupIncludesItsItems() {
        String w = TestOrganizations.word();
        seed("Sportowa " + w, KLUCZEWSKO, List.of("kultura-fizyczna"), null);
        seed("Turystyczna " + w, KLUCZEWSKO, List.of("turystyka", "kultura"), null);
        seed("Ekologiczna " + w, KLUCZEWSKO, List.of("ekologia"), null);

        assertThat(names("/organizations?q=" + w + "&sphere=sport-i-turystyka")).containsExactly("Sportowa " + w,
                "Turystyczna " + w);
        assertThat(names("/organizations?q=" + w + "&sphere=turystyka")).containsExactly("Turystyczna " + w);
        assertThat(names("/organizations?q=" + w + "&sphere=srodowisko")).containsExactly("Ekologiczna " + w);
        Page page = visitor().get("/organizations?q=" + w + "&sphere=sport-i-turystyka&sort=name");
        assertThat(page.body()).as("the filter form shows the choices, the spheres in their groups")
            .containsPattern(
                    "<optgroup label=\"[^\"]+\">\\s*<option value=\"sport-i-turystyka\" selected=\"selected\">")
            .containsPattern("<option value=\"turystyka\">[^<]+</option>")
            .containsPattern("<option value=\"name\" selected=\"selected\">Nazwa A–Z</option>")
            .doesNotContainPattern("<option value=\"name-desc\" selected");
        Matcher row = Pattern.compile("<li>\\s*<h3><a href=\"/organizations/(\\d+)\">Sportowa " + w + "</a></h3>")
            .matcher(page.body());
        assertThat(row.find()).as("a row links to the organisation's page").isTrue();
    }

    @Test
    void sortOrdersAndPagesAreInTheUrl() {
        String w = TestOrganizations.word();
        for (int i = 1; i <= 23; i++) {
            seed(String.format("%s %02d", w, i), KLUCZEWSKO, List.of("kultura"), null);
        }
        List<String> first = names("/organizations?q=" + w + "&sort=name");
        assertThat(first).hasSize(20).startsWith(w + " 01", w + " 02").endsWith(w + " 20");
        Page page = visitor().get("/organizations?q=" + w + "&sort=name");
        assertThat(page.text()).contains("Liczba znalezionych organizacji: 23", "Strona 1 z 2");
        Matcher next = Pattern.compile("href=\"([^\"]*page=1[^\"]*)\" rel=\"next\"").matcher(page.body());
        assertThat(next.find()).isTrue();
        String nextUrl = HtmlEscape.unescapeHtml(next.group(1));
        assertThat(nextUrl).contains("q=" + w, "sort=name");
        assertThat(names(nextUrl)).containsExactly(w + " 21", w + " 22", w + " 23");

        assertThat(names("/organizations?q=" + w + "&sort=name-desc")).startsWith(w + " 23", w + " 22");
        assertThat(names("/organizations?q=" + w + "&sort=newest")).startsWith(w + " 23", w + " 22");
        assertThat(names("/organizations?q=" + w + "&sort=name&page=5")).isEmpty();
    }

    @Test
    void relevanceComesFirstWhenSearching() {
        String w = TestOrganizations.word();
        seed("A " + w, KLUCZEWSKO, List.of("kultura"), "Inny opis.");
        seed("B " + w, KLUCZEWSKO, List.of("kultura"), w + " " + w + " " + w + " – o tym jest cała nasza praca: " + w);

        assertThat(names("/organizations?q=" + w)).as("default order with a search")
            .containsExactly("B " + w, "A " + w);
        assertThat(names("/organizations?q=" + w + "&sort=name")).containsExactly("A " + w, "B " + w);
    }

    @Test
    void profileShowsPublicDataButNotWhoTheRepresentativesAre() {
        String w = TestOrganizations.word();
        String secretName = "Tajny Reprezentant " + w;
        long rep = provisioning.ensureConfirmedUser(uniqueEmail("rep"), secretName, DEMO_PASSWORD);
        OrganizationDetails details = TestOrganizations.details("Fundacja Profilowa " + w, jstId(KLUCZEWSKO),
                List.of("kultura", "edukacja"), "Pierwsza linia opisu.\nDruga linia opisu.");
        long id = seeding.ensure(details, rep, true, false);

        Page anonymous = visitor().get("/organizations/" + id);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.text()).contains("Fundacja Profilowa " + w, "Stowarzyszenie", details.krs(), details.nip(),
                details.regon(), "ul. Testowa 1, 29-120 Kluczewsko", "Gmina Kluczewsko",
                "Nauka, szkolnictwo wyższe, edukacja, oświata i wychowanie", "Pierwsza linia opisu.",
                "Druga linia opisu.", "Liczba przedstawicieli na platformie 1", "Niezweryfikowana",
                "Zaloguj się, aby dołączyć jako przedstawiciel");
        assertThat(anonymous.text()).doesNotContain(secretName, "Edytuj dane", "Oznacz jako zweryfikowaną");
        assertThat(anonymous.body()).contains("<p>Pierwsza linia opisu.</p>",
                "href=\"/jst/" + jstId(KLUCZEWSKO) + "\"");

        Page other = loggedIn(plainUser()).get("/organizations/" + id);
        assertThat(other.body()).contains("href=\"/organizations/" + id + "/join\"");
        assertThat(other.text()).doesNotContain(secretName);

        assertThat(visitor().get("/organizations/" + id + "/logo").status()).as("no logo").isEqualTo(404);
        assertThat(visitor().get("/organizations/999999999").status()).isEqualTo(404);
        assertThat(visitor().get("/organizations/abc").status()).isEqualTo(404);
    }

    @Test
    void directoryPageIsAccessibleByStructure() {
        Page page = visitor().get("/organizations");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"get\" action=\"/organizations\"", "role=\"search\"",
                "<label for=\"q\">", "<label for=\"jst\">", "<label for=\"sphere\">", "<label for=\"sort\">",
                "<button type=\"submit\">", "<h1>Katalog organizacji</h1>", "<h2>Wyniki</h2>");
        assertThat(page.text()).contains("Pobierz:", "CSV", "XLSX", "ODS");
    }

    @Test
    void badParametersAreABadRequestNotAServerError() {
        WebClient visitor = visitor();
        assertThat(visitor.get("/organizations?jst=abc").status()).isEqualTo(400);
        assertThat(visitor.get("/organizations?jst=999999999").status()).isEqualTo(400);
        assertThat(visitor.get("/organizations?sphere=nie-ma-takiej").status()).isEqualTo(400);
        assertThat(visitor.get("/organizations?sort=losowo").status()).isEqualTo(400);
        assertThat(visitor.get("/organizations?page=-1").status()).isEqualTo(400);
        assertThat(visitor.get("/organizations?page=x").status()).isEqualTo(400);
        assertThat(visitor.get("/organizations/export.csv?sphere=nie-ma-takiej").status()).isEqualTo(400);
        assertThat(visitor.get("/organizations/export.pdf").status()).isEqualTo(404);
        assertThat(visitor.get("/organizations?q=" + enc("&|!:*()'\"<>")).status()).as("tsquery syntax is harmless")
            .isEqualTo(200);
    }

    @Test
    void exportsTheWholeResultListAsCsvXlsxAndOds() throws Exception {
        String w = TestOrganizations.word();
        String special = "Fundacja \"Żółta; Łódź\" " + w;
        seed(special, SECEMIN, List.of("kultura", "ekologia"), null);
        for (int i = 1; i <= 22; i++) {
            seed(String.format("%s %02d", w, i), KLUCZEWSKO, List.of("kultura"), null);
        }
        String query = "?q=" + w + "&sort=name-desc";
        Page listPage = visitor().get("/organizations" + query);
        assertThat(listPage.body()).contains("href=\"/organizations/export.csv?q=" + w + "&amp;sort=name-desc\"",
                "href=\"/organizations/export.xlsx?q=", "href=\"/organizations/export.ods?q=");

        HttpResponse<byte[]> csv = visitor().getBytes("/organizations/export.csv" + query);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-type").orElseThrow()).startsWith("text/csv")
            .containsIgnoringCase("charset=utf-8");
        assertThat(csv.headers().firstValue("content-disposition").orElseThrow()).contains("attachment",
                "organizacje.csv");
        byte[] bytes = csv.body();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(24);
        assertThat(lines[0]).startsWith("Nazwa;Forma prawna;KRS;").contains(";Sfery pożytku publicznego;");
        assertThat(lines[1]).as("name Z–A over all pages").startsWith(w + " 22;Stowarzyszenie;");
        assertThat(text).contains("\"Fundacja \"\"Żółta; Łódź\"\" " + w + "\";Stowarzyszenie;")
            .contains(
                    "\"Kultura, sztuka, ochrona dóbr kultury i dziedzictwa narodowego; Ekologia i ochrona zwierząt oraz ochrona dziedzictwa przyrodniczego\"")
            .contains(";Gmina Secemin;");

        HttpResponse<byte[]> xlsx = visitor().getBytes("/organizations/export.xlsx" + query);
        assertThat(xlsx.headers().firstValue("content-type"))
            .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("Organizacje");
            assertThat(sheet.getLastRowNum()).isEqualTo(23);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nazwa");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(w + " 22");
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= 23; r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(names).contains(special);
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("Gmina Kluczewsko");
        }

        HttpResponse<byte[]> ods = visitor().getBytes("/organizations/export.ods" + query);
        assertThat(ods.headers().firstValue("content-type")).hasValue("application/vnd.oasis.opendocument.spreadsheet");
        Document content = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods.body()))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII))
                .isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
            List<String> entries = new ArrayList<>();
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
                if (e.getName().equals("content.xml")) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    content = factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                }
            }
            assertThat(entries).contains("META-INF/manifest.xml", "content.xml");
        }
        NodeList rows = content.getElementsByTagNameNS(TABLE_NS, "table-row");
        assertThat(rows.getLength()).isEqualTo(24);
        assertThat(
                ((Element) content.getElementsByTagNameNS(TABLE_NS, "table").item(0)).getAttributeNS(TABLE_NS, "name"))
            .isEqualTo("Organizacje");
        assertThat(rows.item(1).getTextContent()).startsWith(w + " 22");
        assertThat(content.getDocumentElement().getTextContent()).contains(special, "Gmina Secemin");
    }

    @Test
    void englishVisitorsGetEnglishLabelsAndSphereNames() {
        String w = TestOrganizations.word();
        seed("Angielska " + w, KLUCZEWSKO, List.of("turystyka"), null);
        WebClient visitor = visitor();
        Page page = visitor.get("/organizations?lang=en&q=" + w);
        assertThat(page.text()).contains("Directory of organisations", "Tourism and sightseeing", "Association");
        String csv = new String(visitor.getBytes("/organizations/export.csv?q=" + w).body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Name;Legal form;").contains("Tourism and sightseeing");
    }

    private long seed(String name, String teryt, List<String> spheres, String description) {
        return seeding.ensure(TestOrganizations.details(name, jstId(teryt), spheres, description), null, false, false);
    }

    /** Names of the organisations on a directory page, in order. */
    private List<String> names(String path) {
        Page page = visitor().get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        Matcher m = Pattern.compile("<h3><a href=\"/organizations/\\d+\">(.*?)</a></h3>").matcher(page.body());
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(HtmlEscape.unescapeHtml(m.group(1)));
        }
        return names;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
