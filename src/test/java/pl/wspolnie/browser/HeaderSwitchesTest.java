package pl.wspolnie.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The font-size and contrast switches of the header change the page and stay on across
 * pages, and are named so that speech input finds them by what they show.
 */
class HeaderSwitchesTest extends BrowserTest {

    @Test
    void largestFontAndHighContrastStayOnAcrossPages() {
        open("/");
        double defaultFontSize = bodyFontSize();
        String defaultBackground = bodyBackground();
        assertThat(button("A++ – czcionka największa").getAttribute("aria-pressed")).isEqualTo("false");

        navigateBy(() -> button("A++ – czcionka największa").click());
        navigateBy(() -> button("Wysoki kontrast").click());
        assertThat(button("A++ – czcionka największa").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(button("A – czcionka standardowa").getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(button("Wysoki kontrast").getAttribute("aria-pressed")).isEqualTo("true");

        open("/jst");
        assertThat(htmlClasses()).contains("font-2", "contrast-high");
        assertThat(bodyFontSize()).as("body font size in px").isGreaterThan(defaultFontSize * 1.3);
        assertThat(bodyBackground()).isEqualTo("rgb(0, 0, 0)").isNotEqualTo(defaultBackground);

        // And back: the standard font and normal contrast, again on the next page.
        navigateBy(() -> button("A – czcionka standardowa").click());
        navigateBy(() -> button("Wysoki kontrast").click());
        open("/accessibility");
        assertThat(htmlClasses()).contains("font-0").doesNotContain("font-2", "contrast-high");
        assertThat(bodyFontSize()).isEqualTo(defaultFontSize);
        assertThat(bodyBackground()).isEqualTo(defaultBackground);
    }

    /**
     * WCAG 2.5.3 Label in Name: a person using speech input says what they see ("A
     * plus"), so each font button's accessible name must start with its visible text.
     */
    @Test
    void fontButtonsAccessibleNamesStartWithTheirVisibleText() {
        open("/");
        assertFontButtonsNamedAfterTheirText();
        open("/?lang=en");
        assertFontButtonsNamedAfterTheirText();
    }

    private void assertFontButtonsNamedAfterTheirText() {
        Locator buttons = page.locator(".toolbar button[name=font]");
        assertThat(buttons.count()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            Locator b = buttons.nth(i);
            String visible = b.innerText().strip();
            assertThat(visible).isNotEmpty();
            // The pattern runs as a JavaScript regular expression: escape "+" by hand (no
            // \Q...\E there).
            String literal = visible.replaceAll("([\\\\^$.|?*+()\\[\\]{}])", "\\\\$1");
            PlaywrightAssertions.assertThat(b).hasAccessibleName(Pattern.compile("^" + literal + " \\S"));
        }
    }

    private Locator button(String accessibleName) {
        return page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(accessibleName).setExact(true));
    }

    private String htmlClasses() {
        return page.locator("html").getAttribute("class");
    }

    private double bodyFontSize() {
        return Double.parseDouble(page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)").toString());
    }

    private String bodyBackground() {
        return (String) page.evaluate("getComputedStyle(document.body).backgroundColor");
    }

}
