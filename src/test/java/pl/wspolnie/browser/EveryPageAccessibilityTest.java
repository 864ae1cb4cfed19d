package pl.wspolnie.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.TestMailServer;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import pl.wspolnie.accounts.AccountService;

/**
 * Every page built so far, opened in Chromium and checked with axe (WCAG 2.1 A/AA), for
 * console errors and for reflow at 320 px, with the default display and again in high
 * contrast at the largest font size. A new page is one more line in
 * {@link #publicPages()} or {@link #adminPages(long)}; a form with its own error state
 * gets a few lines in {@link #formsShownWithErrors(Display)}. Organisation pages that
 * depend on who is looking (a logged-in person, the organisation's representative, the
 * liaison officer) have a test each.
 */
class EveryPageAccessibilityTest extends BrowserTest {

    @Autowired
    OrganizationSeeding organizationSeeding;

    @Autowired
    AccountService accountService;

    enum Display {

        DEFAULT, HIGH_CONTRAST_LARGEST_FONT

    }

    /** The demo organisation of ngo@wspolnie.demo (see DemoOrganizations). */
    private static final String DEMO_ORGANIZATION = "Fundacja „Razem dla Kluczewska”";

    /**
     * A name shared by more than a page (25) of accounts, so that the user list shows its
     * pager.
     */
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
        return List.of(Visit.page("/"), Visit.page("/jst"), Visit.page("/jst/" + jstId(POWIAT)),
                Visit.page("/jst/" + jstId(SECEMIN)), Visit.page("/consultations"),
                Visit.page("/consultations?jst=" + jstId(POWIAT) + "&status=OPEN"), Visit.page("/council"),
                Visit.page("/council/" + jstId(POWIAT)), Visit.page("/initiatives"),
                Visit.page("/initiatives/jst/" + jstId(KLUCZEWSKO)), Visit.page("/programmes"),
                Visit.page("/programmes/directions"), Visit.page("/accessibility"), Visit.page("/developers"),
                Visit.page("/login"), Visit.page("/login?error=bad"), Visit.page("/login?error=locked"),
                Visit.page("/login?error=paused"), Visit.page("/login/unlock?token=invalid"),
                Visit.page("/login?error=unconfirmed"), Visit.page("/register"), Visit.page("/register/resend"),
                Visit.page("/register/confirm?token=invalid"), Visit.page("/password/forgot"),
                Visit.page("/password/reset?token=invalid"), Visit.page("/organizations"),
                Visit.page("/organizations?q=sport"),
                Visit.page("/organizations?jst=" + jstId(POWIAT) + "&sphere=sport-i-turystyka"),
                // nothing found
                Visit.page("/organizations?q=" + TestOrganizations.word()),
                // the second page: the pager with "previous"
                Visit.page("/organizations?page=1"),
                // the link to log in and join
                Visit.page("/organizations/" + demoOrganizationId()), Visit.page("/centre"),
                Visit.page("/centre/trainings"), Visit.page("/centre/trainings/needs"), // centre
                // one need's trainings (demo tag)
                Visit.page("/centre/trainings/needs/pisanie%20ofert"),
                // an unknown need: empty list
                Visit.page("/centre/trainings/needs/" + TestOrganizations.word()), Visit.page("/competitions"),
                Visit.page("/competitions?phase=evaluation&jst=" + jstId(POWIAT) + "&sphere=kultura"),
                // the field error
                Visit.page("/offers/verify"), Visit.page("/offers/verify?checksum=zz"), Visit.page("/news"),
                Visit.page("/news?q=" + TestOrganizations.word() + "&jst=" + jstId(POWIAT) + "&sphere=kultura"),
                Visit.page("/calendar"), Visit.page("/calendar?view=list"), Visit.page("/notices"),
                Visit.page("/notices?kind=FUNDING"), Visit.page("/practices"), Visit.page("/bulletin"),
                // /dev/mail is off in tests (a real SMTP server is configured, no dev
                // profile), so it cannot be visited.
                Visit.page("/no-such-page").answering(404), Visit.page("/jst/not-a-number").answering(400),
                // Last, because it switches this visitor's language for the pages after
                // it.
                Visit.page("/?lang=en"), Visit.page("/jst/" + jstId(POWIAT)), Visit.page("/organizations?q=sport"),
                Visit.page("/organizations/" + demoOrganizationId()));
    }

    /** Pages for a logged-in platform administrator. */
    private List<Visit> adminPages(long adminId) {
        return List.of(Visit.page("/account"), Visit.page("/account/password"), Visit.page("/admin"),
                // more than one page: the pager
                Visit.page("/admin/users"), Visit.page("/admin/users?q=" + PAGED_NAME),
                Visit.page("/admin/users?q=" + PAGED_NAME + "&page=1"), Visit.page("/admin/users/" + adminId),
                Visit.page("/admin/audit"), Visit.page("/competitions/interest-rates"),
                Visit.page("/organizations/review"), Visit.page("/news/new"), Visit.page("/news/moderation"),
                Visit.page("/calendar/events/new"), Visit.page("/account/subscriptions"), Visit.page("/notices/new"),
                // with a notice of an unverified organisation waiting
                Visit.page("/notices/moderation"),
                // its page: awaiting moderation, the decision buttons
                Visit.page("/notices/" + pendingNoticeId()), Visit.page("/bulletin/new"),
                Visit.page("/jst/" + jstId(POWIAT) + "/edit"),
                // with the link to add a JST
                Visit.page("/jst/" + jstId(POWIAT)), Visit.page("/jst"),
                // a test-only page that throws
                Visit.page("/jst/new"), Visit.page("/test-only/failure").answering(500),
                // edit and members links, the unverify button
                Visit.page("/organizations"), Visit.page("/organizations/" + demoOrganizationId()),
                // what waits for platform administrators
                Visit.page("/?lang=en"), Visit.page("/admin/users/" + adminId), Visit.page("/me"));
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
        long personId = provisioning.ensureConfirmedUser(uniqueEmail("a11y-role"), "Rafał Rola", DEMO_PASSWORD);
        loginAs(email);
        use(display);

        // A person's page after a role is granted, and after it is revoked: the notices.
        open("/admin/users/" + personId);
        page.selectOption("#role", Role.LIAISON_OFFICER.name());
        page.selectOption("#jstId", String.valueOf(jstId(POWIAT)));
        navigateBy(() -> page.locator("main form").last().locator("button[type=submit]").click());
        assertThat(page.locator("main .notice")).hasText("Rola została nadana.");
        assertReflowsAt320px();

        navigateBy(() -> page.locator("main table button.danger").first().click());
        assertThat(page.locator("main .notice")).hasText("Rola została odebrana.");
        assertReflowsAt320px();

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

        // A real reset link: the login page with its notice, the reset form, the form
        // with errors.
        String forgetful = plainUser();
        page.fill("#email", forgetful);
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main .notice").isVisible()).as("notice after asking for a reset link").isTrue();
        open(localPath(TestMailServer.firstLink(TestMailServer.awaitMail(forgetful, "Ustaw nowe hasło"))));
        assertThat(page.locator("#password")).hasAccessibleDescription(Pattern.compile("Co najmniej 10 znaków"));
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary").isVisible()).as("error summary on the reset form").isTrue();

        // A real unlock link (mailed when logins of an account from new places are
        // paused): its page and the login
        // page it leads to.
        String paused = plainUser();
        accountService.requestLoginUnlock(paused);
        open(localPath(TestMailServer.firstLink(TestMailServer.awaitMail(paused, "Nieudane próby logowania"))));
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main .notice")).hasText(Pattern.compile("odblokowane"));

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

        open("/jst/new");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary").isVisible()).as("a new JST without type, name and code").isTrue();
        page.check("#type1");
        page.fill("#name", "Gmina Dostępna");
        page.fill("#teryt", "2613064");
        page.selectOption("#parentId", String.valueOf(jstId(POWIAT)));
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#teryt")).hasAccessibleDescription(Pattern.compile("Podaj kod całej gminy"));
        assertThat(page.locator("#teryt")).hasValue("2613064");

        open("/admin/users/" + adminId);
        navigateBy(() -> page.locator("main form").last().locator("button[type=submit]").click());
        assertThat(page.locator("#error-summary").isVisible()).as("role grant without a role").isTrue();
        assertThat(page.locator("#role")).hasAccessibleDescription(page.locator("#role-error").innerText());
    }

    /**
     * A logged-in person without roles: the directory and a profile with the button to
     * join, the registration form (empty, then with invalid identifiers) and the request
     * to join (empty, then sent).
     */
    @ParameterizedTest
    @EnumSource(Display.class)
    void organisationPagesOfALoggedInPerson(Display display) {
        long organisationId = newOrganisation("Stowarzyszenie Dostępne");
        loginAs(plainUser());
        use(display);

        open("/organizations");
        assertThat(page.locator("main a[href='/organizations/new']")).isVisible();
        assertReflowsAt320px();
        open("/organizations/" + demoOrganizationId());
        assertThat(page.locator("main a[href$='/join']")).isVisible();
        assertReflowsAt320px();

        open("/organizations/new");
        assertReflowsAt320px();
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();
        assertThat(page.locator("#name")).hasAccessibleDescription(page.locator("#name-error").innerText());
        assertReflowsAt320px();
        // a group of checkboxes: the link focuses its fieldset
        followSummaryLinkTo("spheres");
        page.fill("#krs", "12345");
        page.fill("#nip", "1234567890");
        page.fill("#regon", "123456789");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary a[href='#nip']")).isVisible();
        assertThat(page.locator("#error-summary a[href='#regon']")).isVisible();
        assertThat(page.locator("#error-summary a[href='#krs']")).isVisible();
        assertThat(page.locator("#nip")).hasAccessibleDescription(page.locator("#nip-error").innerText());

        open("/organizations/" + organisationId + "/join");
        assertReflowsAt320px();
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertReflowsAt320px();
        followSummaryLinkTo("boardMember"); // the yes/no radio buttons' fieldset
        page.check("#boardMember-no");
        page.fill("#message", "Prowadzę księgowość stowarzyszenia.");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main .notice")).hasText("Prośba o dołączenie została wysłana.");
        assertReflowsAt320px();
        // Not here: the 413 page (templates/error/413.html, the layout's error page;
        // RequestSizeTest checks it is served
        // for a request above its path's limit — a browser cannot send one through this
        // form).
    }

    /**
     * The demo representative (ngo@wspolnie.demo, board member of Fundacja „Razem dla
     * Kluczewska”): the account page with that role, the profile with the links to manage
     * it, the edit form (with a field error, and with a logo error), and the requests to
     * join with the one from mieszkaniec@wspolnie.demo.
     */
    @ParameterizedTest
    @EnumSource(Display.class)
    void organisationPagesOfItsRepresentative(Display display) {
        long id = demoOrganizationId();
        long resident = provisioning.ensureConfirmedUser("mieszkaniec@wspolnie.demo", "Marek Mieszkaniec",
                DEMO_PASSWORD);
        organizationSeeding.requestToJoin(id, resident, false, "Chciałbym pomagać przy organizacji festynu.");
        loginAs("ngo@wspolnie.demo");
        use(display);

        open("/me");
        assertReflowsAt320px();
        open("/account");
        assertThat(page.locator("main")).containsText("Przedstawiciel organizacji: " + DEMO_ORGANIZATION + " (zarząd)");
        assertReflowsAt320px();
        open("/organizations/" + id);
        assertThat(page.locator("main a[href$='/edit']")).isVisible();
        assertReflowsAt320px();

        open("/organizations/" + id + "/edit");
        assertReflowsAt320px();
        page.fill("#postalCode", "29120");
        navigateBy(() -> page.locator("main form").first().locator("button[type=submit]").click());
        assertThat(page.locator("#error-summary a[href='#postalCode']")).isVisible();
        assertThat(page.locator("#postalCode")).hasAccessibleDescription(page.locator("#postalCode-error").innerText());
        assertReflowsAt320px();
        // "Save the new logo" without a file: the logo's own error.
        navigateBy(() -> page.locator("main form[action$='/logo'] button[type=submit]").click());
        assertThat(page.locator("#logo-error")).isVisible();
        // The hint then the error, as for every field (fragments/forms.html).
        assertThat(page.locator("#logo")).hasAttribute("aria-describedby", "logo-hint logo-error");
        assertThat(page.locator("#logo"))
            .hasAccessibleDescription(Pattern.compile(page.locator("#logo-error").innerText() + "$"));
        assertThat(focusedMatches("#error-summary")).as("the logo's error summary has focus, not %s", focusedElement())
            .isTrue();
        followSummaryLinkTo("logo");
        assertReflowsAt320px();

        open("/organizations/" + id + "/members");
        assertThat(page.locator("main table").first()).containsText("Marek Mieszkaniec");
        assertThat(page.locator("main table")
            .first()
            .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Potwierdź: Marek Mieszkaniec")))
            .isVisible();
        assertReflowsAt320px();
    }

    /**
     * The powiat's liaison officer verifies an organisation: the profile with the notice
     * and the verified badge.
     */
    @ParameterizedTest
    @EnumSource(Display.class)
    void organisationVerifiedByTheLiaisonOfficer(Display display) {
        long id = newOrganisation("Fundacja Weryfikowana");
        loginAs("pelnomocnik@wspolnie.demo");
        use(display);

        open("/organizations/" + id);
        assertThat(page.locator("main .badge")).hasText("Niezweryfikowana");
        navigateBy(() -> page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Oznacz jako zweryfikowaną"))
            .click());
        assertThat(page.locator("main .notice")).hasText("Organizacja została oznaczona jako zweryfikowana.");
        assertThat(page.locator("main .badge")).hasText("Zweryfikowana przez samorząd");
        assertReflowsAt320px();
    }

    @Test
    void forbiddenPage() {
        loginAs(plainUser());
        open("/admin", 403);
        assertThat(page.locator("h1").innerText()).isEqualTo("Brak dostępu");
    }

    /**
     * With the keyboard: Tab to the error summary's link to the field and Enter; the
     * field (or the fieldset of a group of checkboxes or radio buttons) gets focus,
     * visibly.
     */
    private void followSummaryLinkTo(String fieldId) {
        tabTo("#error-summary a[href='#" + fieldId + "']");
        pressEnter();
        assertThat(focusedMatches("#" + fieldId)).as("the summary link focuses #%s, not %s", fieldId, focusedElement())
            .isTrue();
        assertFocusVisible();
    }

    /**
     * A job offer (with an outside link) of an unverified organisation, waiting for
     * moderation.
     */
    private long pendingNoticeId() {
        String rep = plainUser();
        long repId = provisioning.ensureConfirmedUser(rep, "Ala Ogłoszenie", DEMO_PASSWORD);
        long org = organizationSeeding.ensure(TestOrganizations.details("Niezweryfikowana " + TestOrganizations.word(),
                jstId(SECEMIN), List.of("kultura"), null), repId, true, false);
        return jdbc.sql("""
                insert into notice (kind, jst_id, organization_id, author_id, title, description, expires_on, link,
                                    place, created_at, status)
                values ('JOB', ?, ?, ?, 'Praca w biurze', 'Pół etatu.', current_date + 30, 'https://praca.example.com',
                        'Secemin', now(), 'PENDING') returning id""")
            .param(jstId(SECEMIN))
            .param(org)
            .param(repId)
            .query(Long.class)
            .single();
    }

    private long demoOrganizationId() {
        return jdbc.sql("select id from organization where name = ?")
            .param(DEMO_ORGANIZATION)
            .query(Long.class)
            .single();
    }

    /**
     * A new unverified organisation without representatives in gmina Kluczewsko, named
     * with the prefix and a word unique in the run.
     */
    private long newOrganisation(String namePrefix) {
        return organizationSeeding.ensure(
                TestOrganizations.details(namePrefix + " " + TestOrganizations.word(), jstId(KLUCZEWSKO),
                        List.of("kultura", "edukacja"), "Zajęcia dla dzieci.\nWarsztaty dla dorosłych."),
                null, true, false);
    }

    private void ensureMoreThanOnePageOfUsersNamed(String name) {
        for (int i = 1; i <= 26; i++) {
            provisioning.ensureConfirmedUser(name.toLowerCase() + "-" + i + "@test.wspolnie.pl", name + " " + i,
                    DEMO_PASSWORD);
        }
    }

    /**
     * Switches the display the way a person does: with the header buttons of the current
     * page.
     */
    private void use(Display display) {
        if (display == Display.DEFAULT) {
            return;
        }
        if (page.url().equals("about:blank")) {
            page.navigate("/");
        }
        // The pages on the way are not checked: the test checks its own pages next, in
        // this display.
        followWithoutChecks(
                () -> page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("A++ – czcionka największa"))
                    .click());
        followWithoutChecks(
                () -> page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Wysoki kontrast")).click());
        assertThat(page.locator("html").getAttribute("class")).contains("font-2", "contrast-high");
    }

    /**
     * Opens every page (axe, console) and checks that it reflows at 320 px, going on
     * after a failure so one run lists the problems of all pages.
     */
    private void visitAll(List<Visit> visits) {
        assertAll(visits.stream().map(v -> (Executable) () -> {
            open(v.path(), v.status());
            assertReflowsAt320px();
        }));
    }

}
