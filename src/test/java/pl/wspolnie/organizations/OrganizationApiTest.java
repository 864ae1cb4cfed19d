package pl.wspolnie.organizations;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient.Page;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationApiTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    OrganizationSeeding seeding;

    @Test
    void searchReturnsAPageWithGminaSpheresAndProfileLinks() {
        String w = TestOrganizations.word();
        long kluczewsko = seed("Fundacja Api " + w, KLUCZEWSKO, List.of("kultura-fizyczna", "ekologia"),
                "Zajęcia sportowe.");
        seed("Stowarzyszenie Api " + w, SECEMIN, List.of("turystyka"), null);
        for (int i = 1; i <= 3; i++) {
            seed("Więcej Api " + w + " " + i, SECEMIN, List.of("turystyka"), null);
        }

        JsonNode page = json("/api/v1/organizations?q=" + w + "&jst=" + jstId(KLUCZEWSKO));
        assertThat(page.get("totalItems").asLong()).isEqualTo(1);
        assertThat(page.get("totalPages").asInt()).isEqualTo(1);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(kluczewsko);
        assertThat(item.get("name").asString()).isEqualTo("Fundacja Api " + w);
        assertThat(item.get("legalForm").asString()).isEqualTo("ASSOCIATION");
        assertThat(item.get("city").asString()).isEqualTo("Kluczewsko");
        assertThat(item.get("verified").asBoolean()).isFalse();
        assertThat(item.get("gmina").get("id").asLong()).isEqualTo(jstId(KLUCZEWSKO));
        assertThat(item.get("gmina").get("name").asString()).isEqualTo("Gmina Kluczewsko");
        assertThat(item.get("profileUrl").asString()).endsWith("/organizations/" + kluczewsko);
        assertThat(codes(item.get("spheres"))).containsExactly("kultura-fizyczna", "ekologia");
        assertThat(item.get("spheres").get(0).get("name").asString())
            .isEqualTo("Wspieranie i upowszechnianie kultury fizycznej");

        JsonNode powiat = json("/api/v1/organizations?q=" + w + "&jst=" + jstId(POWIAT) + "&sort=name&size=2&page=1");
        assertThat(powiat.get("totalItems").asLong()).isEqualTo(5);
        assertThat(powiat.get("totalPages").asInt()).isEqualTo(3);
        assertThat(powiat.get("items")).hasSize(2);
        assertThat(json("/api/v1/organizations?q=" + w + "&sphere=sport-i-turystyka").get("totalItems").asLong())
            .isEqualTo(5);
        assertThat(json("/api/v1/organizations?q=" + w + "%20sportowy").get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void oneOrganisationHasItsPublicDataButNoRepresentativeNames() {
        String w = TestOrganizations.word();
        long rep = provisioning.ensureConfirmedUser(uniqueEmail("api-rep"), "Ukryty Przedstawiciel " + w,
                DEMO_PASSWORD);
        OrganizationDetails details = TestOrganizations.details("Fundacja Szczegółowa " + w, jstId(SECEMIN),
                List.of("edukacja"), "Opis " + w);
        long id = seeding.ensure(details, rep, true, false);

        Page response = visitor().getWithAccept("/api/v1/organizations/" + id, "application/json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).startsWith("application/json");
        assertThat(response.body()).doesNotContain("Ukryty Przedstawiciel");
        JsonNode o = JSON.readTree(response.body());
        assertThat(o.get("name").asString()).isEqualTo("Fundacja Szczegółowa " + w);
        assertThat(o.get("krs").asString()).isEqualTo(details.krs());
        assertThat(o.get("nip").asString()).isEqualTo(details.nip());
        assertThat(o.get("address").get("postalCode").asString()).isEqualTo("29-120");
        assertThat(o.get("gmina").get("name").asString()).isEqualTo("Gmina Secemin");
        assertThat(o.get("representatives").asLong()).isEqualTo(1);
        assertThat(o.get("logoUrl").isNull()).isTrue();
        assertThat(codes(o.get("spheres"))).containsExactly("edukacja");
    }

    @Test
    void spheresAreTheGroupedNationalList() {
        JsonNode groups = json("/api/v1/spheres");
        assertThat(groups).hasSize(8);
        List<String> items = new ArrayList<>();
        for (JsonNode g : groups) {
            assertThat(g.get("nameEn").asString()).isNotBlank();
            g.get("items").forEach(i -> items.add(i.get("code").asString()));
        }
        assertThat(items).hasSizeGreaterThanOrEqualTo(35)
            .contains("pomoc-spoleczna", "dzialalnosc-charytatywna", "ochrona-zdrowia", "kultura", "kultura-fizyczna",
                    "ekologia", "turystyka", "wolontariat");
        JsonNode sport = groups.findValues("items")
            .stream()
            .flatMap(i -> i.valueStream())
            .filter(i -> i.get("code").asString().equals("kultura-fizyczna"))
            .findFirst()
            .orElseThrow();
        assertThat(sport.get("articlePoint").asString()).isEqualTo("17");
        assertThat(sport.get("nameEn").asString()).contains("sport");
    }

    @Test
    void badParametersAreProblemDetailsNeverServerErrors() {
        for (String query : List.of("size=500", "size=0", "page=-1", "page=abc", "jst=abc", "jst=999999999",
                "sort=random", "sphere=no-such-sphere")) {
            Page response = visitor().getWithAccept("/api/v1/organizations?" + query, "application/json");
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.header("content-type")).as(query).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("parameter").asString()).isEqualTo(query.substring(0, query.indexOf('=')));
        }
        Page missing = visitor().getWithAccept("/api/v1/organizations/999999999", "application/json");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("content-type")).startsWith("application/problem+json");
        assertThat(visitor().getWithAccept("/api/v1/organizations/abc", "application/json").status()).isEqualTo(400);
    }

    @Test
    void openApiDescribesTheApi() {
        Page docs = visitor().getWithAccept("/v3/api-docs", "application/json");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(JSON.readTree(docs.body()).get("info").get("title").asText()).isEqualTo("Wspólnie API");
        JsonNode paths = JSON.readTree(docs.body()).get("paths");
        assertThat(paths.has("/api/v1/organizations")).isTrue();
        assertThat(paths.has("/api/v1/organizations/{id}")).isTrue();
        assertThat(paths.has("/api/v1/spheres")).isTrue();
        assertThat(paths.get("/api/v1/organizations").get("get").get("tags").get(0).asString())
            .isEqualTo("Organizacje");
        assertThat(docs.body()).contains("OrganizationPage", "totalItems");
    }

    /**
     * The API documentation stays public in production (docs/operations.md): it describes
     * the public read API only, never a page, form or administrative endpoint.
     */
    @Test
    void openApiListsOnlyThePublicReadEndpoints() {
        Page docs = visitor().getWithAccept("/v3/api-docs", "application/json");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode doc = JSON.readTree(docs.body());
        List<String> paths = new ArrayList<>(doc.get("paths").propertyNames());
        assertThat(paths).contains("/api/v1/organizations", "/api/v1/organizations/{id}", "/api/v1/spheres")
            .allMatch(p -> p.startsWith("/api/v1/"));
        for (String path : paths) {
            assertThat(doc.get("paths").get(path).propertyNames()).as(path + ": reading only").containsExactly("get");
        }
        assertThat(docs.body()).doesNotContain("/admin", "/account", "/dev/", "securitySchemes", "password");
        Page ui = visitor().get("/swagger-ui/index.html");
        assertThat(ui.status()).as("Swagger UI is public too").isEqualTo(200);
    }

    private long seed(String name, String teryt, List<String> spheres, String description) {
        return seeding.ensure(TestOrganizations.details(name, jstId(teryt), spheres, description), null, false, false);
    }

    private JsonNode json(String path) {
        Page response = visitor().getWithAccept(path, "application/json");
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> codes(JsonNode spheres) {
        List<String> codes = new ArrayList<>();
        spheres.forEach(s -> codes.add(s.get("code").asString()));
        return codes;
    }

}
