package pl.wspolnie.site;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form field is written with the one set of field fragments in
 * {@code fragments/forms.html}, which carry the label, hint, error paragraph,
 * {@code aria-invalid} and {@code aria-describedby}: a template that writes a field
 * wrapper ({@code class="field"}), an error paragraph, a hint with an id,
 * {@code th:errors}, {@code aria-invalid}, {@code aria-describedby}, a select, a textarea
 * or a text-like input itself has a field written by hand (checkboxes and radio buttons
 * may be the choices of a {@code fieldGroup}).
 */
class FormFieldFragmentsTest extends IntegrationTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final String FRAGMENTS = "fragments/forms.html";

    private static final Pattern HAND_WRITTEN = Pattern.compile(
            "th:errors|aria-describedby|aria-invalid|class=\"error\"|class=\"hint\" (th:)?id=|class=\"field|<select|<textarea"
                    + "|<input(?![^>]*(type=\"(hidden|checkbox|radio)\"|th:type=))");

    /**
     * Lines allowed to match, each for a reason the fragments cannot express: template
     * and line start.
     */
    private static final Map<String, String> ALLOWED = Map.of(
            // a page-level alert about a request for the reasons of a decision, not a
            // field's error
            "competitions/show.html", "<p class=\"error\" role=\"alert\" th:if=\"${reasonsError}\"");

    @Test
    void noTemplateWritesAFieldByHand() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : templates()) {
            String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
            if (name.equals(FRAGMENTS)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                boolean allowed = ALLOWED.containsKey(name) && line.startsWith(ALLOWED.get(name));
                if (HAND_WRITTEN.matcher(line).find() && !allowed) {
                    found.add(name + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertThat(found).as("fields written by hand instead of with fragments/forms.html").isEmpty();
    }

    @Test
    void oneErrorSummaryFragment() throws IOException {
        long count = 0;
        for (Path file : templates()) {
            count += Pattern.compile("th:fragment=\"errorSummary").matcher(Files.readString(file)).results().count();
        }
        assertThat(count).isEqualTo(1);
    }

    @Test
    void fragmentsWriteLabelsHintsOptionsAndErrors() {
        WebClient admin = loggedIn(userWithRole(Role.PLATFORM_ADMIN, null));
        WebClient.Page form = admin.get("/news/new");
        assertThat(form.status()).isEqualTo(200);
        String body = form.body();
        assertThat(body).contains("<label for=\"kind\">");
        assertThat(body).containsPattern("<select[^>]*id=\"kind\"[^>]*>\\s*<option value=\"[A-Z_]+\"");
        assertThat(body).contains("<p class=\"hint\" id=\"body-hint\">");
        assertThat(body).containsPattern("<textarea[^>]*aria-describedby=\"body-hint\"");
        assertThat(body).containsPattern("<fieldset id=\"spheres\"[^>]*>\\s*<legend>");
        assertThat(body).contains("type=\"checkbox\" name=\"spheres\"");

        WebClient.Page invalid = admin.post("/news/new", Map.of("title", "", "lead", "", "body", ""), form.csrf());
        assertThat(invalid.body()).contains("<p class=\"error\" id=\"title-error\">");
        assertThat(invalid.body())
            .containsPattern("<input[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"title-error\"[^>]*id=\"title\"");
        assertThat(invalid.body()).containsPattern("<textarea[^>]*aria-describedby=\"body-hint body-error\"");
        assertThat(invalid.body()).contains("<a href=\"#title\">");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

}
