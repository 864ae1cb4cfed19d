package pl.wspolnie.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The axe check of every browser test finds what it must: a page spoilt on purpose fails
 * it with the rule and the element named, on a page loaded in the browser context (axe
 * given as its init script) and after the page changed without loading.
 */
class AxeCheckTest extends BrowserTest {

    @Test
    void aViolationFailsTheCheckWithItsRuleAndElement() {
        open("/accessibility");
        assertThat(page.evaluate("() => typeof axe")).as("axe came with the page").isEqualTo("object");

        page.evaluate("() => { const input = document.createElement('input'); input.id = 'spoilt';"
                + " document.querySelector('main').append(input); }");
        assertThatThrownBy(this::checkAxe).isInstanceOf(AssertionError.class)
            .hasMessageContaining("- label [critical]")
            .hasMessageContaining("#spoilt")
            .hasMessageContaining("/accessibility");

        page.evaluate("() => document.getElementById('spoilt').setAttribute('aria-label', 'Pole')");
        checkAxe();
    }

}
