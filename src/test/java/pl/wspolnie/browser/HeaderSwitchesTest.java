package pl.wspolnie.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The font-size and contrast switches of the header change the page and stay on across pages. */
class HeaderSwitchesTest extends BrowserTest {

    @Test
    void largestFontAndHighContrastStayOnAcrossPages() {
        open("/");
        double defaultFontSize = bodyFontSize();
        String defaultBackground = bodyBackground();
        assertThat(button("Czcionka największa").getAttribute("aria-pressed")).isEqualTo("false");

        navigateBy(() -> button("Czcionka największa").click());
        navigateBy(() -> button("Wysoki kontrast").click());
        assertThat(button("Czcionka największa").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(button("Czcionka standardowa").getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(button("Wysoki kontrast").getAttribute("aria-pressed")).isEqualTo("true");

        open("/jst");
        assertThat(htmlClasses()).contains("font-2", "contrast-high");
        assertThat(bodyFontSize()).as("body font size in px").isGreaterThan(defaultFontSize * 1.3);
        assertThat(bodyBackground()).isEqualTo("rgb(0, 0, 0)").isNotEqualTo(defaultBackground);

        // And back: the standard font and normal contrast, again on the next page.
        navigateBy(() -> button("Czcionka standardowa").click());
        navigateBy(() -> button("Wysoki kontrast").click());
        open("/accessibility");
        assertThat(htmlClasses()).contains("font-0").doesNotContain("font-2", "contrast-high");
        assertThat(bodyFontSize()).isEqualTo(defaultFontSize);
        assertThat(bodyBackground()).isEqualTo(defaultBackground);
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
