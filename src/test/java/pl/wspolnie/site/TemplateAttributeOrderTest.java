package pl.wspolnie.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thymeleaf inserts a fragment ({@code th:replace}, {@code th:insert}) before it
 * evaluates {@code th:each}, {@code th:if} or {@code th:unless} on the same element, so
 * such a condition is never evaluated: the fragment always shows (an empty table under
 * "no documents", a select on a form that should not have it). The condition goes on a
 * {@code <th:block>} around the call.
 */
class TemplateAttributeOrderTest {

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][\\w:-]*\\b[^>]*>", Pattern.DOTALL);

    private static final Pattern INSERTS = Pattern.compile("\\bth:(replace|insert)=");

    private static final Pattern CONDITION = Pattern.compile("\\bth:(if|unless|each)=");

    @Test
    void noConditionBesideAFragmentCall() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                Matcher tag = TAG.matcher(html);
                while (tag.find()) {
                    if (INSERTS.matcher(tag.group()).find() && CONDITION.matcher(tag.group()).find()) {
                        int line = html.substring(0, tag.start()).split("\n", -1).length;
                        found.add(file + ":" + line);
                    }
                }
            }
        }
        assertThat(found).as("th:if/th:unless/th:each beside th:replace/th:insert (never evaluated)").isEmpty();
    }

}
