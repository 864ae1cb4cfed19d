package pl.wspolnie.site;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import pl.wspolnie.support.ApiClient;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient.Page;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document at /v3/api-docs is valid OpenAPI 3.1 by the validator most client
 * generators use (swagger-parser), so a data user can generate a client from it.
 */
class OpenApiDocumentTest extends IntegrationTest {

    @Test
    void theDocumentIsValidOpenApi31() {
        Page docs = visitor().getWithAccept("/v3/api-docs", "application/json");
        assertThat(docs.status()).isEqualTo(200);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(docs.body(), null, options);
        assertThat(result.getMessages()).as("validator messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
        assertThat(result.getOpenAPI().getInfo().getLicense().getIdentifier()).isEqualTo("MIT");
    }

    /**
     * Every read of /api/v1 documents its errors as problem details (400, 429 and, with a
     * path variable, 404), its 304, and the list parameters.
     */
    @Test
    void everyOperationDocumentsItsErrorsAsProblemDetails() {
        OpenAPI api = new OpenAPIParser()
            .readContents(visitor().getWithAccept("/v3/api-docs", "application/json").body(), null, new ParseOptions())
            .getOpenAPI();
        assertThat(api.getPaths()).containsKeys("/api/v1/competitions", "/api/v1/competitions/{id}/results",
                "/api/v1/contracts", "/api/v1/small-grants", "/api/v1/small-grant-register", "/api/v1/programmes",
                "/api/v1/programme-reports", "/api/v1/programme-reports/{jst}/{year}", "/api/v1/council-opinions",
                "/api/v1/centre-services", "/api/v1/trainings", "/api/v1/budget-editions",
                "/api/v1/budget-editions/{id}/results", "/api/v1/budget-projects");
        api.getPaths().forEach((path, item) -> {
            Operation get = item.getGet();
            assertThat(get).as(path).isNotNull();
            List<String> codes = new ArrayList<>(get.getResponses().keySet());
            assertThat(codes).as(path).contains("200", "304", "400", "429");
            if (path.contains("{")) {
                assertThat(codes).as(path).contains("404");
            }
            for (String code : List.of("400", "429")) {
                assertThat(get.getResponses().get(code).getContent()).as(path + " " + code)
                    .containsKey("application/problem+json");
            }
        });
        List<String> parameters = api.getPaths()
            .get("/api/v1/competitions")
            .getGet()
            .getParameters()
            .stream()
            .map(Parameter::getName)
            .toList();
        assertThat(parameters).containsExactlyInAnyOrder("jst", "year", "page", "size");
        assertThat(api.getComponents().getSchemas()).containsKeys("ProblemDetail", "Competition", "CompetitionResult");
    }

    /**
     * What a generated client expects is what the API answers: every field of real
     * answers of each list (demo data) is declared in the documented 200 schema, with its
     * documented type.
     */
    @Test
    void realAnswersMatchTheDocumentedSchemas() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIParser()
            .readContents(visitor().getWithAccept("/v3/api-docs", "application/json").body(), null, options)
            .getOpenAPI();
        ApiClient client = new ApiClient(port);
        for (String path : List.of("/api/v1/competitions", "/api/v1/competition-results", "/api/v1/consultations",
                "/api/v1/news", "/api/v1/calendar-entries", "/api/v1/notices", "/api/v1/organizations",
                "/api/v1/contracts", "/api/v1/small-grants", "/api/v1/small-grant-register", "/api/v1/programmes",
                "/api/v1/council-opinions", "/api/v1/centre-services", "/api/v1/trainings", "/api/v1/budget-editions",
                "/api/v1/budget-projects")) {
            Schema<?> schema = api.getPaths()
                .get(path)
                .getGet()
                .getResponses()
                .get("200")
                .getContent()
                .values()
                .iterator()
                .next()
                .getSchema();
            JsonNode answer = client.json(path + "?size=5");
            assertThat(answer.get("items").size()).as(path + ": demo data to check").isPositive();
            conforms(path, answer, schema);
        }
    }

    private static void conforms(String where, JsonNode value, Schema<?> schema) {
        if (value.isNull()) {
            return;
        }
        String type = schema.getType() != null ? schema.getType() : schema.getTypes() == null ? null
                : schema.getTypes().stream().filter(t -> !t.equals("null")).findFirst().orElse(null);
        if (type == null) {
            return;
        }
        switch (type) {
            case "object" -> {
                assertThat(value.isObject()).as(where).isTrue();
                if (schema.getProperties() != null) {
                    for (String name : value.propertyNames()) {
                        assertThat(schema.getProperties()).as(where + ": documented fields").containsKey(name);
                        conforms(where + "." + name, value.get(name), schema.getProperties().get(name));
                    }
                }
            }
            case "array" -> {
                assertThat(value.isArray()).as(where).isTrue();
                value.forEach(v -> conforms(where + "[]", v, schema.getItems()));
            }
            case "string" -> assertThat(value.isString()).as(where).isTrue();
            case "integer" -> assertThat(value.isIntegralNumber()).as(where).isTrue();
            case "number" -> assertThat(value.isNumber()).as(where).isTrue();
            case "boolean" -> assertThat(value.isBoolean()).as(where).isTrue();
            default -> {
            }
        }
    }

}
