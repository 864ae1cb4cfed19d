package pl.wspolnie.browser;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page.GetByRoleOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.TestMailServer;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * Every page built so far, opened in Chromium and checked with axe (WCAG 2.1 A/AA), for console
 * errors and for reflow at 320 px, with the default display and again in high contrast at the
 * largest font size. A new page is one more line in {@link #publicPages()} or
 * {@link #adminPages(long)}; a form with its own error state gets a few lines in
 * {@link #formsShownWithErrors(Display)}.
 */
class EveryPageAccessibilityTest extends BrowserTest {

    enum Display { DEFAULT, HIGH_CONTRAST_LARGEST_FONT }

    /** A name shared by more than a page (25) of accounts, so that the user list shows its pager. */
    private static final String PAGED_NAME = "Stronicowana" + System.nanoTime();

    record Visit(String path, int status) {
        static Visit page(String path) {
            return new Visit(path, 200);
        }

        Visit answering(int expectedStatus) {
            return new Visit(path, expectedStatus);
        }
    }

    /** Pages anyone can open. */
    private List<Visit> publicPages() {
        return List.of(
                Visit.page("/"),
                Visit.page("/jst"),
                Visit.page("/jst/" + jstId(POWIAT)),
                Visit.page("/jst/" + jstId(SECEMIN)),
                Visit.page("/accessibility"),
                Visit.page("/login"),
                Visit.page("/login?error=bad"),
                Visit.page("/login?error=locked"),
                Visit.page("/login?error=unconfirmed"),
                Visit.page("/register"),
                Visit.page("/register/resend"),
                Visit.page("/register/confirm?token=invalid"),
                Visit.page("/password/forgot"),
                Visit.page("/password/reset?token=invalid"),
                // Organisations (built on another branch): add "/organizations", "/organizations/{id}", ... here.
                // /dev/mail is off in tests (a real SMTP server is configured), so it cannot be visited.
                Visit.page("/no-such-page").answering(404),
                Visit.page("/jst/not-a-number").answering(400),
                // Last, because it switches this visitor's language for the pages after it.
                Visit.page("/?lang=en"),
                Visit.page("/jst/" + jstId(POWIAT)));
    }

    /** Pages for a logged-in platform administrator. */
    private List<Visit> adminPages(long adminId) {
        return List.of(
                Visit.page("/account"),
                Visit.page("/account/password"),
                Visit.page("/admin"),
                Visit.page("/admin/users"),
                Visit.page("/admin/users?q=" + PAGED_NAME), // more than one page: the pager
                Visit.page("/admin/users?q=" + PAGED_NAME + "&page=1"),
                Visit.page("/admin/users/" + adminId),
                Visit.page("/admin/audit"),
                Visit.page("/jst/" + jstId(POWIAT) + "/edit"),
                Visit.page("/jst/" + jstId(POWIAT)),
                Visit.page("/test-only/failure").answering(500), // a test-only page that throws
                // Organisations (built on another branch): add "/organizations/new", "/admin/organizations", ... here.
                Visit.page("/?lang=en"),
                Visit.page("/admin/users/" + adminId));
    }

    @ParameterizedTest
    @EnumSource(Display.class)
    void publicPagesPassAxe(Display display) {
        use(display);
        visitAll(publicPages());
    }

    @ParameterizedTest
    @EnumSource(Display.class)
    void adminPagesPassAxe(Display display) {
        ensureMoreThanOnePageOfUsersNamed(PAGED_NAME);
        String email = uniqueEmail("a11y-admin");
        long adminId = provisioning.ensureConfirmedUser(email, "Ala Dostępna", DEMO_PASSWORD);
        provisioning.ensureRole(adminId, Role.PLATFORM_ADMIN, null);
        loginAs(email);
        use(display);
        visitAll(adminPages(adminId));
    }

    @ParameterizedTest
    @EnumSource(Display.class)
    void formsShownWithErrors(Display display) {
        use(display);

        open("/register");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary").isVisible()).as("error summary after an empty registration").isTrue();

        open("/register/resend");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary").isVisible()).isTrue();

        open("/password/forgot");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary").isVisible()).isTrue();

        // A real reset link: the login page with its notice, the reset form, the form with errors.
        String forgetful = plainUser();
        page.fill("#email", forgetful);
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main .notice").isVisible()).as("notice after asking for a reset link").isTrue();
        open(localPath(TestMailServer.firstLink(TestMailServer.awaitMail(forgetful, "Ustaw nowe hasło"))));
        assertThat(page.locator("#password")).hasAccessibleDescription(Pattern.compile("Co najmniej 10 znaków"));
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary").isVisible()).as("error summary on the reset form").isTrue();

        String email = uniqueEmail("a11y-forms");
        long adminId = provisioning.ensureConfirmedUser(email, "Ola Formularz", DEMO_PASSWORD);
        provisioning.ensureRole(adminId, Role.PLATFORM_ADMIN, null);
        loginAs(email);

        open("/account/password");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary").isVisible()).isTrue();
        assertThat(page.locator("#newPassword")).hasAttribute("aria-describedby", "newPassword-hint newPassword-error");

        open("/jst/" + jstId(POWIAT) + "/edit");
        page.fill("#postalCode", "12345");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#postalCode-error").isVisible()).as("postal code error shown").isTrue();

        open("/admin/users/" + adminId);
        navigateBy(() -> page.locator("main form").last().locator("button[type=submit]").click());
        assertThat(page.locator("#error-summary").isVisible()).as("role grant without a role").isTrue();
        assertThat(page.locator("#role")).hasAccessibleDescription(page.locator("#role-error").innerText());
    }

    @Test
    void forbiddenPage() {
        loginAs(plainUser());
        open("/admin", 403);
        assertThat(page.locator("h1").innerText()).isEqualTo("Brak dostępu");
    }

    private void ensureMoreThanOnePageOfUsersNamed(String name) {
        for (int i = 1; i <= 26; i++) {
            provisioning.ensureConfirmedUser(name.toLowerCase() + "-" + i + "@test.wspolnie.pl", name + " " + i, DEMO_PASSWORD);
        }
    }

    /** Switches the display the way a person does: with the header buttons of the current page. */
    private void use(Display display) {
        if (display == Display.DEFAULT) {
            return;
        }
        if (page.url().equals("about:blank")) {
            open("/");
        }
        navigateBy(() -> page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("A++ – czcionka największa")).click());
        navigateBy(() -> page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Wysoki kontrast")).click());
        assertThat(page.locator("html").getAttribute("class")).contains("font-2", "contrast-high");
    }

    /**
     * Opens every page (axe, console) and checks that it reflows at 320 px, going on after a failure so
     * one run lists the problems of all pages.
     */
    private void visitAll(List<Visit> visits) {
        assertAll(visits.stream().map(v -> (Executable) () -> {
            open(v.path(), v.status());
            assertReflowsAt320px();
        }));
    }
}
