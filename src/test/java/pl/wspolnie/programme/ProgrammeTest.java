package pl.wspolnie.programme;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;

class ProgrammeTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding seeding;

    @Test
    void officialDraftsConsultsAsksTheCouncilAndAdoptsTheProgramme() throws Exception {
        long powiat = jstId(POWIAT);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        Page newForm = official.get("/programmes/new");
        assertThat(newForm.text()).contains("pomocniczości", "suwerenności stron", "partnerstwa", "efektywności",
                "uczciwej konkurencji", "jawności");
        int year = LocalDate.now(clock).getYear() + 2;
        String title = "Program współpracy na rok " + year + " " + TestOrganizations.word();
        Page tooLong = official.submit("/programmes/new", "/programmes/new",
                ProgrammeForms.programme(powiat, title, year, year + 5));
        assertThat(tooLong.text()).contains("Program wieloletni obejmuje najwyżej 5 lat.");
        long id = ProgrammeForms.create(official, ProgrammeForms.programme(powiat, title, year, year));
        String path = "/programmes/" + id;
        assertThat(visitor().get(path).status()).as("a draft is not public").isEqualTo(404);

        String token = official.get(path).csrf();
        for (String bad : List.of("-5", "12,345", "1000000000000", "dużo")) {
            Page refused = official.post(path + "/tasks",
                    Map.of("sphereCode", "kultura", "description", "Festiwal", "plannedFunds", bad), token);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.text()).as(bad).contains("Wpisz kwotę w złotych");
            assertThat(refused.inputValue("plannedFunds")).isEqualTo(bad);
        }
        official.post(path + "/tasks",
                Map.of("sphereCode", "kultura", "description", "Festiwal kultury ludowej", "plannedFunds", "12 500,50"),
                token);
        official.post(path + "/tasks",
                Map.of("sphereCode", "kultura-fizyczna", "description", "Sport dzieci", "plannedFunds", "7499.50"),
                token);
        official.post(path + "/indicators", Map.of("name", "Liczba ogłoszonych konkursów", "target", "co najmniej 3"),
                token);
        Page draft = official.get(path);
        assertThat(draft.text().replace('\u00a0', ' ').replace('\u202f', ' ')).contains("Festiwal kultury ludowej",
                "12 500,50 zł", "20 000,00 zł", "Liczba ogłoszonych konkursów: co najmniej 3");
        LocalDate deadline = LocalDate.of(year - 1, 11, 30);
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), deadline);
        assertThat(draft.text()).contains(days < 0 ? "Termin uchwalenia programu" : "pozostało dni: " + days);

        Page consulted = official.post(path + "/consultation", Map.of("startsOn", LocalDate.now(clock).toString(),
                "endsOn", LocalDate.now(clock).plusDays(13).toString(), "responsible", "Jan Urzędnik"), token);
        assertThat(consulted.status()).isEqualTo(302);
        Matcher c = Pattern.compile("href=\"/consultations/(\\d+)\"").matcher(official.get(path).body());
        assertThat(c.find()).isTrue();
        Page consultation = visitor().get("/consultations/" + c.group(1));
        assertThat(consultation.text()).contains(title, "Cel główny i cele szczegółowe", "Treść części goals.",
                "Organizacje pozarządowe");
        assertThat(consultation.text().replace('\u00a0', ' ')).contains("Festiwal kultury ludowej – 12 500,50 zł");
        assertThat(official.post(path + "/council", Map.of(), token).status()).isEqualTo(302);
        assertThat(visitor().get("/council/" + powiat).text()).contains("Projekt programu współpracy: " + title);

        WebClient stranger = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        assertThat(stranger
            .post(path + "/adopt", Map.of("resolutionNumber", "X", "resolutionDate", "2026-11-20"),
                    stranger.get("/programmes").csrf())
            .status()).isEqualTo(403);

        // adoption after the consultation was closed with its report (art. 5a ust. 1)
        clock.advance(Duration.ofDays(15));
        assertThat(official.post("/consultations/" + c.group(1) + "/close", Map.of("conclusions", "Bez uwag."), token)
            .status()).isEqualTo(302);
        Page adopted = official.post(path + "/adopt",
                Map.of("resolutionNumber", "XII/85/2026", "resolutionDate", LocalDate.now(clock).toString()), token);
        assertThat(adopted.status()).isEqualTo(302);
        Page pub = visitor().get(path);
        assertThat(pub.status()).isEqualTo(200);
        assertThat(pub.text()).contains(title, "Uchwalony", "Uchwała nr XII/85/2026",
                "Sposób oceny realizacji programu");
        assertThat(visitor().get("/programmes").text()).contains(title);
        assertThat(official
            .post(path + "/tasks", Map.of("sphereCode", "kultura", "description", "Po uchwaleniu", "plannedFunds", "1"),
                    token)
            .status()).isEqualTo(409);
        HttpResponse<byte[]> pdf = visitor().getBytes(path + "/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text.replace('\u00a0', ' ')).contains(title, "Uchwała nr XII/85/2026",
                    "Festiwal kultury ludowej", "20 000,00 zł");
        }
    }

    @Test
    void yearReportComesFromTheRecordsWithCompetitionFigures() throws Exception {
        long secemin = jstId(SECEMIN);
        // a report is published after its year (art. 5a ust. 3)
        int year = LocalDate.now(clock).getYear() - 1;
        String path = "/programmes/reports/" + secemin + "/" + year;
        assertThat(visitor().get(path).status()).as("unpublished").isEqualTo(404);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        Page report = official.get(path);
        assertThat(report.status()).isEqualTo(200);
        // The competitions module provides the figures (see competitions'
        // CompetitionFiguresTest for real values).
        assertThat(report.text()).doesNotContain("nie są prowadzone na platformie");
        assertThat(report.text()).contains("Ogłoszone konkursy", "Rozliczone sprawozdania",
                "Termin przedłożenia i publikacji sprawozdania: 31.05." + (year + 1), "Przeprowadzone konsultacje");
        Page saved = official.post(path, Map.of("narrative", "Współpraca układała się dobrze.", "publish", "true"),
                report.csrf());
        assertThat(saved.status()).isEqualTo(302);
        assertThat(visitor().get(path).text()).contains("Współpraca układała się dobrze.");
        HttpResponse<byte[]> pdf = visitor().getBytes(path + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Współpraca układała się dobrze.");
        }
    }

    @Test
    void jstAndNgosPublishPlannedDirectionsListedBySphere() {
        int year = LocalDate.now(clock).getYear() + 1;
        String email = uniqueEmail("ngo-plan");
        long userId = provisioning.ensureConfirmedUser(email, "Planująca", DEMO_PASSWORD);
        String orgName = "Fundacja Planów " + TestOrganizations.word();
        long orgId = seeding.ensure(TestOrganizations.details(orgName, jstId(KLUCZEWSKO), List.of("ekologia"), null),
                userId, true, true);
        WebClient ngo = loggedIn(email);
        String word = TestOrganizations.word();
        Page saved = ngo.submit("/programmes/directions", "/programmes/directions",
                Map.of("jstId", "" + jstId(KLUCZEWSKO), "organizationId", "" + orgId, "year", "" + year, "sphereCode",
                        "ekologia", "description", "Sprzątanie Pilicy " + word));
        assertThat(saved.status()).isEqualTo(302);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        official.submit("/programmes/directions", "/programmes/directions",
                Map.of("jstId", "" + jstId(KLUCZEWSKO), "organizationId", "", "year", "" + year, "sphereCode",
                        "ekologia", "description", "Konkurs ekologiczny " + word));
        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        assertThat(
                resident
                    .submit("/programmes/directions", "/programmes/directions",
                            Map.of("jstId", "" + jstId(KLUCZEWSKO), "organizationId", "", "year", "" + year,
                                    "sphereCode", "ekologia", "description", "Podszywanie"))
                    .status())
            .isEqualTo(403);
        Page page = visitor().get("/programmes/directions?year=" + year);
        assertThat(page.text())
            .contains("Planowane kierunki działań na rok " + year, orgName, "Sprzątanie Pilicy " + word,
                    "Gmina Kluczewsko (samorząd) Konkurs ekologiczny " + word)
            .doesNotContain("Podszywanie");
    }

    @Test
    void settingsHaveTheStatutoryDefaults() {
        ProgrammeSettings defaults = new ProgrammeSettings(null, null, null);
        assertThat(defaults.adoptionDeadlineDay().atYear(2026)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(defaults.reportDueDay().atYear(2027)).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(new ProgrammeSettings(null, null, "04-30").reportDueDay().atYear(2027))
            .isEqualTo(LocalDate.of(2027, 4, 30));
    }

}
