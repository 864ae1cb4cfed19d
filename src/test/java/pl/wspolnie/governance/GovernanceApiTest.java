package pl.wspolnie.governance;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.text.Sha256;
import pl.wspolnie.support.ApiClient;
import pl.wspolnie.support.ApiClient.Answer;
import pl.wspolnie.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Governance through the public API, on the demo's powiat agreement: the register of
 * resolutions (totals of the named vote, never the voters' names) and the Council's
 * regulation with both versions, each text matching its SHA-256.
 */
class GovernanceApiTest extends IntegrationTest {

    @Test
    void resolutionsAndVersionedDocumentsOfTheDemoAgreement() {
        long powiat = jstId(POWIAT);
        long resolutionId = jdbc
            .sql("select r.id from governance_resolution r join governance_agreement a on a.id = r.agreement_id"
                    + " where a.jst_id = :jst and r.title = 'w sprawie zmiany Regulaminu Rady Porozumienia'")
            .param("jst", powiat)
            .query(Long.class)
            .single();
        ApiClient api = new ApiClient(port);

        JsonNode list = api.json("/api/v1/resolutions?size=100&jst=" + powiat);
        assertThat(list.toString()).contains("w sprawie przyjęcia Regulaminu Rady Porozumienia",
                "w sprawie zmiany Regulaminu Rady Porozumienia");

        JsonNode one = api.json("/api/v1/resolutions/" + resolutionId);
        assertThat(one.get("text").asString()).contains("co najmniej raz w miesiącu");
        assertThat(one.get("designation").asString()).matches("\\d+/\\d{4}");
        JsonNode votes = one.get("votes");
        int cast = votes.get("votesFor").asInt() + votes.get("against").asInt() + votes.get("abstained").asInt();
        List<String> voters = jdbc
            .sql("select u.display_name from governance_resolution_vote v join user_account u on u.id = v.user_id"
                    + " where v.resolution_id = :id")
            .param("id", resolutionId)
            .query(String.class)
            .list();
        assertThat(cast).isEqualTo(voters.size()).isPositive();
        Answer raw = api.get("/api/v1/resolutions/" + resolutionId);
        assertThat(raw.body()).as("the API gives the totals, not the names").doesNotContain(voters);

        JsonNode documents = api.json("/api/v1/governance-documents?size=100&jst=" + powiat);
        JsonNode regulation = null;
        for (JsonNode d : documents.get("items")) {
            if (d.get("title").asString().equals("Regulamin Rady Porozumienia")) {
                regulation = d;
            }
        }
        assertThat(regulation).isNotNull();
        assertThat(regulation.get("versions")).hasSize(2);
        assertThat(regulation.get("versions").get(0).get("text").isNull()).as("texts only in the document's answer")
            .isTrue();
        JsonNode full = api.json("/api/v1/governance-documents/" + regulation.get("id").asLong());
        for (JsonNode v : full.get("versions")) {
            assertThat(v.get("status").asString()).isEqualTo("ADOPTED");
            assertThat(v.get("sha256").asString()).isEqualTo(Sha256.hex(v.get("text").asString()));
        }

        Answer missing = api.get("/api/v1/resolutions/999999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("content-type")).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/governance-documents?year=abc").status()).isEqualTo(400);
    }

}
