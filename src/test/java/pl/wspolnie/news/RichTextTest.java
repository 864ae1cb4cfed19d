package pl.wspolnie.news;

import org.junit.jupiter.api.Test;
import pl.wspolnie.news.domain.RichText;
import pl.wspolnie.shared.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RichTextTest {

    @Test
    void keepsHeadingsListsLinksAndImagesWithAlt() {
        String safe = RichText.sanitise("body",
                "<h2>Nabór</h2><p>Tekst <strong>ważny</strong></p><ul><li>jeden</li></ul>"
                        + "<a href=\"https://example.pl/a\">link</a><a href=\"mailto:biuro@example.pl\">mail</a>"
                        + "<img src=\"https://example.pl/i.png\" alt=\"Zdjęcie z pikniku\">");
        assertThat(safe).contains("<h2>Nabór</h2>", "<strong>ważny</strong>", "<li>jeden</li>",
                "href=\"https://example.pl/a\"", "href=\"mailto:biuro&#64;example.pl\"", "alt=\"Zdjęcie z pikniku\"");
    }

    @Test
    void stripsScriptsEventHandlersAndJavascriptLinks() {
        String safe = RichText.sanitise("body",
                "<p onclick=\"steal()\">Tekst</p><script>alert(1)</script>"
                        + "<img src=\"x.png\" alt=\"x\" onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">klik</a>"
                        + "<iframe src=\"https://evil.example\"></iframe>");
        assertThat(safe).contains("Tekst", "klik", "alt=\"x\"");
        assertThat(safe.toLowerCase()).doesNotContain("<script", "alert", "onerror", "onclick", "javascript:",
                "iframe");
    }

    @Test
    void refusesAnImageWithoutAlternativeText() {
        assertThatThrownBy(() -> RichText.sanitise("body", "<p>Zdjęcie:</p><img src=\"https://example.pl/i.png\">"))
            .isInstanceOf(RuleViolation.class)
            .satisfies(e -> {
                assertThat(((RuleViolation) e).field()).isEqualTo("body");
                assertThat(((RuleViolation) e).messageKey()).isEqualTo("news.richText.imageWithoutAlt");
            });
        assertThatThrownBy(() -> RichText.sanitise("body", "<img src=\"a.png\" alt=\"  \">"))
            .isInstanceOf(RuleViolation.class);
    }

    @Test
    void plainTextHasNoMarkup() {
        assertThat(RichText.plain("<h2>Tytuł</h2><p>A &amp; B</p>")).isEqualTo("Tytuł A & B");
    }

    @Test
    void plainTextOfSanitisedHtmlHasTheCharactersBack() {
        String sanitised = RichText.sanitise("body", "<p>\"Razem\" + 'wspólnie' = 100% @gmina &lt;3 &oacute;</p>");
        assertThat(RichText.plain(sanitised)).isEqualTo("\"Razem\" + 'wspólnie' = 100% @gmina <3 ó");
        assertThat(RichText.plain("&#65;&#x142; &#x110000; &bogus; a&b")).isEqualTo("Ał &#x110000; &bogus; a&b");
    }

}
