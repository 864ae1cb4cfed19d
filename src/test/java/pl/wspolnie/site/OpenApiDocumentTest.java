package pl.wspolnie.site;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient.Page;

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

}
