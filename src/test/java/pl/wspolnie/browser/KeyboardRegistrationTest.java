package pl.wspolnie.browser;

import org.junit.jupiter.api.Test;
import pl.wspolnie.support.TestMailServer;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person who uses only the keyboard registers, confirms the e-mail address and logs in:
 * Tab and Shift+Tab to move, typing into the focused field, Space for the checkbox, Enter
 * to follow links and to submit. No clicks and no filling of fields by selector. Every
 * element that receives focus on the way must show it (see
 * {@link BrowserTest#assertFocusVisible()}).
 */
class KeyboardRegistrationTest extends BrowserTest {

    private static final String PASSWORD = "Klawiatura-2026";

    @Test
    void registerConfirmAndLogInWithTheKeyboardOnly() {
        String email = uniqueEmail("klawiatura");
        open("/register");

        // The skip link is the first Tab stop and takes focus past the header to <main>.
        page.keyboard().press("Tab");
        assertThat(focusedMatches("a.skip-link")).as("first Tab stop is the skip link, not %s", focusedElement())
            .isTrue();
        assertFocusVisible();
        assertThat(page.locator("a.skip-link").isVisible()).as("skip link visible while focused").isTrue();
        pressEnter();
        assertThat(focusedMatches("main#main")).as("Enter on the skip link focuses <main>, not %s", focusedElement())
            .isTrue();

        // The next Tab goes on from there, into the form, not back into the header.
        page.keyboard().press("Tab");
        assertThat(focusedMatches("#email"))
            .as("Tab after the skip link reaches the first field, not %s", focusedElement())
            .isTrue();
        assertFocusVisible();

        // The form, with a password repeat that does not match.
        typeFocused(email);
        tabTo("#displayName");
        typeFocused("Klara Klawiatura");
        tabTo("#password");
        typeFocused(PASSWORD);
        tabTo("#passwordRepeat");
        typeFocused(PASSWORD + "x");
        tabTo("#jstId");
        typeFocused("Gmina Secemin"); // type-ahead in a closed <select>
        assertThat(selectedOptionText("#jstId")).isEqualTo("Gmina Secemin");
        tabTo("#acceptTerms");
        pressSpace();
        assertThat(page.isChecked("#acceptTerms")).as("Space ticks the checkbox").isTrue();
        tabTo("main form button[type=submit]");
        navigateBy(this::pressEnter);

        // The error summary takes focus; its link takes focus to the field.
        assertThat(focusedMatches("#error-summary")).as("error summary focused, not %s", focusedElement()).isTrue();
        assertFocusVisible();
        assertThat(page.locator("#error-summary").innerText()).contains("Powtórz hasło");
        tabTo("#error-summary a[href='#passwordRepeat']");
        pressEnter();
        assertThat(focusedMatches("#passwordRepeat")).as("summary link focuses the field, not %s", focusedElement())
            .isTrue();
        assertFocusVisible();

        // What was typed is kept, except the passwords.
        assertThat(page.inputValue("#email")).isEqualTo(email);
        assertThat(page.inputValue("#displayName")).isEqualTo("Klara Klawiatura");
        assertThat(selectedOptionText("#jstId")).isEqualTo("Gmina Secemin");
        assertThat(page.isChecked("#acceptTerms")).isTrue();
        assertThat(page.inputValue("#password")).isEmpty();
        assertThat(page.inputValue("#passwordRepeat")).isEmpty();

        // What a screen reader says with the fields: the password rule, and the error of
        // the repeat.
        assertThat(page.locator("#password")).hasAccessibleDescription(Pattern.compile("Co najmniej 10 znaków"));
        assertThat(page.locator("#passwordRepeat")).hasAccessibleDescription("Hasła nie są takie same.");

        // Fix both passwords (Shift+Tab back to the first) and submit again with Enter in
        // the field.
        typeFocused(PASSWORD);
        shiftTabTo("#password");
        typeFocused(PASSWORD);
        navigateBy(this::pressEnter);
        assertThat(page.locator("h1").innerText()).startsWith("Sprawdź skrzynkę");

        // The confirmation link from the e-mail (sent with the configured base URL
        // http://localhost).
        String link = TestMailServer.firstLink(TestMailServer.awaitMail(email, "Potwierdź"));
        open(localPath(link));
        assertThat(page.locator("main .notice").innerText()).contains("Adres e-mail został potwierdzony");

        // Log in, still with the keyboard only: the page's own link to the login form,
        // then the form.
        tabTo("main a[href='/login']");
        navigateBy(this::pressEnter);
        tabTo("#email");
        typeFocused(email);
        tabTo("#password");
        typeFocused(PASSWORD);
        tabTo("main form button[type=submit]");
        navigateBy(this::pressEnter);
        assertThat(page.url()).endsWith("/me");
        assertThat(page.locator("main").innerText()).contains("Co wymaga mojej uwagi");
        open("/account");
        assertThat(page.locator("main").innerText()).contains("Klara Klawiatura", email);
    }

    private String selectedOptionText(String selectSelector) {
        return (String) page.evaluate(
                "s => { const e = document.querySelector(s); return e.options[e.selectedIndex].text; }",
                selectSelector);
    }

}
