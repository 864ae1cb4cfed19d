package pl.wspolnie.browser;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A logged-in person who uses only the keyboard registers an organisation: Tab and
 * Shift+Tab to move, typing into the focused field, type-ahead in the closed selects,
 * Space for the checkboxes, the arrow keys in the radio group, Enter to follow the error
 * summary's link and to submit. No clicks and no filling of fields by selector (only the
 * login before, through {@link #loginAs(String)}). Every element that receives focus on
 * the way must show it (see {@link BrowserTest#assertFocusVisible()}).
 */
class KeyboardOrganizationRegistrationTest extends BrowserTest {

    // its check digit would be 10: no valid NIP starts so
    private static final String INVALID_NIP = "1234567890";

    @Test
    void registerAnOrganisationWithTheKeyboardOnly() {
        String name = "Stowarzyszenie Klawiszowe " + TestOrganizations.word();
        String krs = TestOrganizations.krs();
        String regon = TestOrganizations.regon();
        // PolishIdentifiers.withNipCheckDigit on a prefix unique in the run
        String nip = TestOrganizations.nip();
        String description = "Uczymy obsługi komputera bez myszy.";
        loginAs(plainUser());
        open("/organizations/new");

        // The skip link, then the first field of the form.
        page.keyboard().press("Tab");
        assertThat(focusedMatches("a.skip-link")).as("first Tab stop is the skip link, not %s", focusedElement())
            .isTrue();
        assertFocusVisible();
        pressEnter();
        assertThat(focusedMatches("main#main")).as("Enter on the skip link focuses <main>, not %s", focusedElement())
            .isTrue();
        page.keyboard().press("Tab");
        assertThat(focusedMatches("#name")).as("Tab after the skip link reaches the name, not %s", focusedElement())
            .isTrue();
        assertFocusVisible();

        typeFocused(name);
        tabTo("#legalForm");
        // type-ahead in a closed <select>: the first option starting so
        typeFocused("Stow");
        assertThat(selectedOptionText("#legalForm")).isEqualTo("Stowarzyszenie");
        tabTo("#krs");
        typeFocused(krs);
        // past the name and number of another register, not needed with a KRS number
        tabTo("#nip");
        typeFocused(INVALID_NIP);
        tabTo("#regon");
        typeFocused(regon);
        tabTo("#street");
        typeFocused("ul. Szkolna 12");
        tabTo("#postalCode");
        typeFocused("29-145");
        tabTo("#city");
        typeFocused("Secemin");
        tabTo("#gminaId");
        typeFocused("Gmina Sec");
        assertThat(selectedOptionText("#gminaId")).isEqualTo("Gmina Secemin");
        // the arrow keys change a closed <select> too: one up, one down again
        page.keyboard().press("ArrowUp");
        assertThat(selectedOptionText("#gminaId")).isNotEqualTo("Gmina Secemin");
        page.keyboard().press("ArrowDown");
        assertThat(selectedOptionText("#gminaId")).isEqualTo("Gmina Secemin");

        // Two spheres of the checkbox list, each ticked with Space.
        tabTo("#sphere-edukacja");
        pressSpace();
        tabTo("#sphere-ekologia");
        pressSpace();
        assertThat(checkedSpheres()).containsExactly("edukacja", "ekologia");

        tabTo("#description");
        typeFocused(description);

        // The logo is optional: Tab passes its file input (choosing a file opens the
        // system's file dialog,
        // which a browser test cannot drive), on to the yes/no radio group. With neither
        // chosen, Tab stops
        // on the first radio button; the arrow keys move within the group and choose.
        tabTo("#boardMember-yes");
        page.keyboard().press("ArrowDown");
        assertThat(focusedMatches("#boardMember-no")).as("ArrowDown moves to 'no', not %s", focusedElement()).isTrue();
        assertFocusVisible();
        assertThat(page.isChecked("#boardMember-no")).isTrue();
        page.keyboard().press("ArrowUp");
        assertThat(focusedMatches("#boardMember-yes")).as("ArrowUp moves back to 'yes', not %s", focusedElement())
            .isTrue();
        assertFocusVisible();
        assertThat(page.isChecked("#boardMember-yes")).as("the arrow key chooses 'yes'").isTrue();

        tabTo("main form button[type=submit]");
        navigateBy(this::pressEnter);

        // The error summary takes focus; its link takes focus to the NIP.
        assertThat(focusedMatches("#error-summary")).as("error summary focused, not %s", focusedElement()).isTrue();
        assertFocusVisible();
        assertThat(page.locator("#error-summary li")).hasCount(1);
        assertThat(page.locator("#error-summary")).containsText("Nieprawidłowy NIP");
        tabTo("#error-summary a[href='#nip']");
        pressEnter();
        assertThat(focusedMatches("#nip")).as("summary link focuses the NIP field, not %s", focusedElement()).isTrue();
        assertFocusVisible();
        assertThat(page.locator("#nip")).hasAccessibleDescription(page.locator("#nip-error").innerText());

        // Every typed value and every choice is kept.
        assertThat(page.inputValue("#name")).isEqualTo(name);
        assertThat(selectedOptionText("#legalForm")).isEqualTo("Stowarzyszenie");
        assertThat(page.inputValue("#krs")).isEqualTo(krs);
        assertThat(page.inputValue("#nip")).isEqualTo(INVALID_NIP);
        assertThat(page.inputValue("#regon")).isEqualTo(regon);
        assertThat(page.inputValue("#street")).isEqualTo("ul. Szkolna 12");
        assertThat(page.inputValue("#postalCode")).isEqualTo("29-145");
        assertThat(page.inputValue("#city")).isEqualTo("Secemin");
        assertThat(selectedOptionText("#gminaId")).isEqualTo("Gmina Secemin");
        assertThat(checkedSpheres()).containsExactly("edukacja", "ekologia");
        assertThat(page.inputValue("#description")).isEqualTo(description);
        assertThat(page.isChecked("#boardMember-yes")).isTrue();
        assertThat(page.isChecked("#boardMember-no")).isFalse();

        // Correct the NIP in place (select all, type over it) and submit with Enter in
        // the field.
        page.keyboard().press("Control+A");
        typeFocused(nip);
        navigateBy(this::pressEnter);

        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator("main .notice"))
            .hasText("Organizacja została dodana do katalogu. Pełnomocnik samorządu zweryfikuje jej dane.");
        assertThat(page.locator("main")).containsText("Gmina Secemin");
        assertThat(page.locator("main")).containsText(nip);
        assertThat(page.locator("main")).containsText("Ekologia i ochrona zwierząt");
        assertThat(page.locator("main")).containsText("Jesteś przedstawicielem tej organizacji.");
    }

    private String selectedOptionText(String selectSelector) {
        return (String) page.evaluate(
                "s => { const e = document.querySelector(s); return e.options[e.selectedIndex].text; }",
                selectSelector);
    }

    @SuppressWarnings("unchecked")
    private List<String> checkedSpheres() {
        return (List<String>) page
            .evaluate("() => Array.from(document.querySelectorAll('input[name=spheres]:checked')).map(e => e.value)");
    }

}
