package pl.wspolnie.site;

import pl.wspolnie.apiclient.ApiClient;
import org.junit.jupiter.api.Test;
import pl.wspolnie.apiclient.ApiException;
import pl.wspolnie.apiclient.api.BudetObywatelskiApi;
import pl.wspolnie.apiclient.api.KonkursyApi;
import pl.wspolnie.apiclient.api.UmowyApi;
import pl.wspolnie.apiclient.model.ApiListBudgetEdition;
import pl.wspolnie.apiclient.model.ApiListCompetition;
import pl.wspolnie.apiclient.model.ApiListContract;
import pl.wspolnie.apiclient.model.Competition;
import pl.wspolnie.apiclient.model.Contract;
import pl.wspolnie.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * A typed client generated from the OpenAPI document works: the build generates it
 * (openapi-generator's java client, JDK HttpClient, pom.xml) from the document kept in
 * src/test/resources/openapi/api-v1.json, and this test keeps that document equal to the
 * live one, then reads the API through the client.
 */
class GeneratedClientTest extends IntegrationTest {

    static final Path KEPT = Path.of("src/test/resources/openapi/api-v1.json");

    static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The document the client is generated from is the live one (but for the server's
     * address and the order of the tags); when an endpoint changes, the live document is
     * written to target/api-v1.json to replace the kept one.
     */
    @Test
    void theKeptDocumentIsTheLiveOne() throws IOException {
        String body = visitor().getWithAccept("/v3/api-docs", "application/json").body();
        ObjectNode live = (ObjectNode) JSON.readTree(body);
        ObjectNode kept = (ObjectNode) JSON.readTree(Files.readString(KEPT));
        live.remove("servers");
        kept.remove("servers");
        Path written = Path.of("target/api-v1.json");
        ObjectNode toKeep = live.deepCopy();
        Files.writeString(written, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toKeep));
        assertThat(tags(live)).as("tags of the live document; review " + written + " and copy it to " + KEPT)
            .isEqualTo(tags(kept));
        live.remove("tags");
        kept.remove("tags");
        kept.get("paths").propertyNames().forEach(path -> {
            if (!live.get("paths").has(path)) {
                fail("kept " + path + " is no longer served");
            }
        });
        if (!live.equals(kept)) {
            fail("The OpenAPI document changed: review " + written + " and copy it to " + KEPT
                    + " so that the generated client follows it");
        }
    }

    @Test
    void theGeneratedClientReadsTheApi() throws ApiException {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);

        KonkursyApi competitions = new KonkursyApi(client);
        ApiListCompetition list = competitions.competitions(null, null, 0, 5);
        assertThat(list.getItems()).isNotEmpty();
        assertThat(list.getSize()).isEqualTo(5);
        Competition first = competitions.competition(list.getItems().get(0).getId());
        assertThat(first.getTitle()).isEqualTo(list.getItems().get(0).getTitle());
        assertThat(first.getPublishedAt()).isNotNull();

        UmowyApi contracts = new UmowyApi(client);
        ApiListContract signed = contracts.contracts(null, null, 0, 5);
        assertThat(signed.getItems()).isNotEmpty();
        Contract contract = contracts.contract(signed.getItems().get(0).getOfferId());
        assertThat(contract.getGrantAmount().signum()).isPositive();
        assertThat(contract.getOrganizations()).isNotEmpty();

        ApiListBudgetEdition editions = new BudetObywatelskiApi(client).editions(null, null, 0, 5);
        assertThat(editions.getItems()).isNotEmpty();
        assertThat(editions.getItems().get(0).getPools()).isNotEmpty();

        assertThatThrownBy(() -> contracts.contract(999_999_999L)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> contracts.contracts(null, 1999, 0, 5)).isInstanceOfSatisfying(ApiException.class,
                e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(e.getResponseBody()).contains("\"parameter\":\"year\"");
                });
    }

    private static Set<String> tags(JsonNode document) {
        Set<String> tags = new HashSet<>();
        document.get("tags").forEach(t -> tags.add(t.toString()));
        return tags;
    }

}
