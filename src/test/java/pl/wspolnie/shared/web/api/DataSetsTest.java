package pl.wspolnie.shared.web.api;

import java.util.Arrays;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.competitions.CompetitionSeeding;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.ApiClient;
import pl.wspolnie.support.ApiClient.Answer;
import pl.wspolnie.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data sets per JST and year as CSV and JSON at stable addresses, and the DCAT-AP PL
 * catalogue describing them, read back as RDF by Apache Jena.
 */
class DataSetsTest extends IntegrationTest {

    @Autowired
    CompetitionSeeding competitions;

    @Autowired
    OrganizationSeeding organizations;

    @Test
    void resultsOfAJstAndYearAsCsvAndJsonDescribedInTheCatalogue() {
        String word = TestOrganizations.word();
        long jst = jstId(SECEMIN);
        long official = userId(userWithRole(Role.OFFICIAL, SECEMIN));
        long ngo = userId(plainUser());
        long org = organizations.ensure(
                TestOrganizations.details("Fundacja Zbioru " + word, jst, List.of("kultura"), null), ngo, true, true);
        LocalDate today = LocalDate.now(clock);
        competitions.ensureDecidedWithContract(jst, official, ngo, ngo, org, "Konkurs Zbioru " + word,
                "Oferta; \"Zbioru\" " + word, "Z/" + word, today.minusDays(100), today.plusDays(60), false);
        int year = today.minusDays(100).plusDays(14).getYear();
        ApiClient api = new ApiClient(port);
        String base = "/api/v1/datasets/competition-results/" + jst + "/" + year;

        Answer csv = api.get(base + ".csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("content-type")).startsWith("text/csv").containsIgnoringCase("utf-8");
        assertThat(csv.header("etag")).isNotBlank();
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFcompetition_id;competition_title;offer_id;offer_title;task_id;task_name;"
                + "organization_ids;organizations;amount;decided_at");
        String row = Arrays.stream(lines).filter(l -> l.contains(word)).findFirst().orElseThrow();
        assertThat(row).contains("\"Oferta; \"\"Zbioru\"\" " + word + "\"", "Fundacja Zbioru " + word)
            .containsPattern(";\\d+,\\d{2};");

        JsonNode json = api.json(base + ".json");
        JsonNode item = null;
        for (JsonNode r : json) {
            if (r.get("offer_title").asString().endsWith(word)) {
                item = r;
            }
        }
        assertThat(item.get("organizations").asString()).isEqualTo("Fundacja Zbioru " + word);
        assertThat(item.get("amount").isNumber()).isTrue();

        assertThat(api.get("/api/v1/datasets/competition-results/999999999/" + year + ".csv").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/datasets/competition-results/" + jst + "/1999.csv").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/datasets/no-such-set/" + jst + "/" + year + ".csv").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/datasets/competition-results/abc/" + year + ".json").status()).isEqualTo(400);

        Answer catalog = api.get("/api/v1/catalog", "Accept", "application/ld+json");
        assertThat(catalog.status()).isEqualTo(200);
        assertThat(catalog.header("content-type")).startsWith("application/ld+json");
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(catalog.body(), Lang.JSONLD).parse(model);
        assertThat(model.listSubjectsWithProperty(RDF.type, DCAT.Catalog).toList()).hasSize(1);
        List<Resource> sets = model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList();
        assertThat(sets.stream().map(s -> s.getProperty(DCTerms.identifier).getString())).contains("competitions",
                "competition-results", "consultations", "news", "calendar-entries", "notices");
        Resource results = sets.stream()
            .filter(s -> s.getProperty(DCTerms.identifier).getString().equals("competition-results"))
            .findFirst()
            .orElseThrow();
        assertThat(results.getPropertyResourceValue(DCTerms.license).getURI())
            .isEqualTo("https://creativecommons.org/publicdomain/zero/1.0/");
        assertThat(results.getPropertyResourceValue(DCTerms.accrualPeriodicity).getURI())
            .isEqualTo("http://publications.europa.eu/resource/authority/frequency/IRREG");
        List<String> downloads = new ArrayList<>();
        for (Statement d : results.listProperties(DCAT.distribution).toList()) {
            downloads.add(d.getResource().getPropertyResourceValue(DCAT.downloadURL).getURI());
        }
        String csvAddress = "http://localhost:" + port + base + ".csv";
        assertThat(downloads).contains(csvAddress, "http://localhost:" + port + base + ".json");
        assertThat(api.get(csvAddress.replace("http://localhost:" + port, "")).body()).contains(word);
    }

    /**
     * Every family of the API is a data set of the catalogue, with a distribution per JST
     * and year of the demo data whose CSV opens with the documented header row.
     */
    @Test
    void everyFamilyIsADataSetOfTheCatalogueWithWorkingDistributions() {
        ApiClient api = new ApiClient(port);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(api.get("/api/v1/catalog", "Accept", "application/ld+json").body(), Lang.JSONLD)
            .parse(model);
        List<Resource> sets = model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList();
        List<String> codes = List.of("contracts", "small-grants", "programme-tasks", "programme-reports",
                "council-opinions", "trainings", "budget-projects", "budget-results");
        assertThat(sets.stream().map(s -> s.getProperty(DCTerms.identifier).getString())).containsAll(codes);
        for (Resource set : sets) {
            String code = set.getProperty(DCTerms.identifier).getString();
            if (!codes.contains(code)) {
                continue;
            }
            assertThat(set.getProperty(DCTerms.title)).as(code).isNotNull();
            List<String> csv = set.listProperties(DCAT.distribution)
                .toList()
                .stream()
                .map(d -> d.getResource().getPropertyResourceValue(DCAT.downloadURL).getURI())
                .filter(u -> u.endsWith(".csv"))
                .toList();
            if (List.of("contracts", "small-grants", "trainings", "budget-projects").contains(code)) {
                assertThat(csv).as(code + ": demo data").isNotEmpty();
            }
            for (String address : csv.subList(0, Math.min(2, csv.size()))) {
                Answer file = api.get(address.replace("http://localhost:" + port, ""));
                assertThat(file.status()).as(address).isEqualTo(200);
                assertThat(file.body()).as(address).startsWith("\uFEFF").contains("\r\n");
            }
        }
    }

    private long userId(String email) {
        return jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
    }

}
