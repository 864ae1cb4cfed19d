package pl.wspolnie.browser;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ViewportSize;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import pl.wspolnie.competitions.CompetitionFixtures;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * Base of the browser tests: the whole application (see {@link IntegrationTest}) driven
 * by Debian's Chromium through Playwright. One Playwright and one browser per test JVM;
 * every test gets a fresh browser context, so cookies (session, display preferences)
 * never leak from one test to another.
 *
 * <p>
 * Every page a test opens with {@link #open(String)} is checked with axe (WCAG 2.0/2.1 A
 * and AA) and for console errors; after an interaction that changes the page (a form
 * shown again with errors) call {@link #checkAxe()}. The keyboard helpers move focus only
 * the way a person does, and check on every stop that the focused element shows a visible
 * focus indicator.
 */
public abstract class BrowserTest extends IntegrationTest {

    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * axe with the WCAG 2.0/2.1 A and AA rules, reporting details of violations only
     * (passes and inapplicable rules are not sent back to Java: a third of the time per
     * page). axe.run() runs inside the page itself (what AxeBuilder calls legacy mode),
     * instead of collecting partial results and finishing them in an extra blank page;
     * that mode exists for iframes, which our pages do not have.
     */
    private static final Map<String, Object> AXE_OPTIONS = Map.of("runOnly", Map.of("type", "tag", "values", AXE_TAGS),
            "resultTypes", List.of("violations"));

    /**
     * axe itself (550 kB), given to each browser context once as an init script that
     * Chromium runs in every page it loads. AxeBuilder sent it from Java with every check
     * instead: 42 of EveryPageAccessibilityTest's 187 s, of which sending was about 15 s
     * (the rest, compiling it in the page, is paid either way).
     */
    private static final String AXE_SCRIPT = AxeBuilder.getAxeScript();

    private static final ObjectMapper AXE_RESULTS = new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final int MAX_TABS = 80;

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    private static Playwright playwright;

    private static Browser browser;

    protected BrowserContext context;

    protected Page page;

    /** The questions data-confirm buttons asked in this test, in order. */
    protected final List<String> confirmations = new ArrayList<>();

    /** How the next questions are answered: yes (true) or no. */
    protected boolean answerConfirmations = true;

    /**
     * Console messages of type "error" and uncaught page errors since the current page
     * was opened.
     */
    private final List<String> consoleErrors = new ArrayList<>();

    /** The one browser of this JVM, started on first use and closed when the JVM ends. */
    private static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright
                .create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium()
                .launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(BrowserTest::closeBrowser, "close-chromium"));
        }
        return browser;
    }

    private static synchronized void closeBrowser() {
        try {
            if (browser != null) {
                browser.close();
            }
        }
        catch (RuntimeException ignored) {
            // the JVM is ending; the driver process goes with it
        }
        finally {
            try {
                if (playwright != null) {
                    playwright.close();
                }
            }
            catch (RuntimeException ignored) {
                // idem
            }
        }
    }

    @BeforeEach
    void newBrowserContext() {
        // Each context appears to come from its own address (through the trusted local
        // proxy header, as
        // WebClient does), so the failed-login limit per IP of one test never locks out
        // another.
        int n = CONTEXTS.incrementAndGet();
        String address = "10.250." + ((n >> 8) & 255) + "." + (n & 255);
        context = browser().newContext(new Browser.NewContextOptions().setLocale("pl-PL")
            .setBaseURL(base())
            .setViewportSize(1280, 900)
            .setExtraHTTPHeaders(Map.of("X-Forwarded-For", address)));
        context.addInitScript(AXE_SCRIPT);
        page = context.newPage();
        // A button with data-confirm asks first (static/js/confirm.js): the question is
        // kept and answered yes, unless a story sets answerConfirmations to false.
        page.onDialog(dialog -> {
            confirmations.add(dialog.message());
            if (answerConfirmations) {
                dialog.accept();
            }
            else {
                dialog.dismiss();
            }
        });
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text() + " (" + m.location() + ")");
            }
        });
        page.onPageError(error -> consoleErrors.add("uncaught: " + error));
    }

    @AfterEach
    void closeBrowserContext() {
        if (context != null) {
            context.close();
        }
    }

    protected String base() {
        return "http://localhost:" + port;
    }

    /**
     * The path and query of a link from an e-mail: mails use the configured base URL
     * (http://localhost in tests), the test server listens on a random port.
     */
    protected static String localPath(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /**
     * Opens a page that must answer 200, then checks it with axe and for console errors.
     */
    protected Response open(String path) {
        return open(path, 200);
    }

    /** Opens a page that must answer with this status (error pages), then checks it. */
    protected Response open(String path, int expectedStatus) {
        consoleErrors.clear();
        Response response = page.navigate(path);
        assertThat(response).as("response to %s", path).isNotNull();
        assertThat(response.status()).as("status of %s", path).isEqualTo(expectedStatus);
        if (expectedStatus >= 400) {
            // Chromium logs every document answered with an error status as a console
            // error
            // ("Failed to load resource: ... 404"); for a page that must answer so, that
            // is not a fault.
            consoleErrors.removeIf(e -> e.startsWith("Failed to load resource") && e.contains(response.url()));
        }
        checkAxe();
        return response;
    }

    /**
     * Runs axe on the page as it is now and fails listing every violation; then asserts
     * that no console error (a script error, a resource blocked by the CSP, a missing
     * file) happened since the page was opened.
     */
    protected void checkAxe() {
        page.waitForLoadState();
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof axe === 'object'"))) {
            // a page the init script did not reach
            page.evaluate("() => {" + AXE_SCRIPT + "}");
        }
        AxeResults results = AXE_RESULTS
            .convertValue(page.evaluate("options => axe.run(document, options)", AXE_OPTIONS), AxeResults.class);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail("axe found " + violations.size() + " violation(s) on " + page.url() + describe() + ":\n"
                    + violations.stream().map(BrowserTest::describe).collect(Collectors.joining("\n")));
        }
        assertThat(consoleErrors).as("console errors on %s", page.url()).isEmpty();
    }

    private String describe() {
        Object classes = page.evaluate("document.documentElement.className");
        return classes == null || classes.toString().isBlank() ? "" : " (html class \"" + classes + "\")";
    }

    private static String describe(Rule rule) {
        StringBuilder s = new StringBuilder("- ").append(rule.getId())
            .append(" [")
            .append(rule.getImpact())
            .append("] ")
            .append(rule.getHelp())
            .append(" (")
            .append(rule.getHelpUrl())
            .append(")");
        for (CheckedNode node : rule.getNodes()) {
            s.append("\n    at ").append(node.getTarget()).append(": ").append(node.getHtml());
            if (node.getFailureSummary() != null) {
                s.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
            }
        }
        return s.toString();
    }

    /**
     * Runs an action that loads a new page (a click on a submit button, Enter in a form),
     * waits for the page, which must answer 200 (after any redirect) or, for a form shown
     * again with its errors, 422 with the error summary, and checks it like
     * {@link #open(String)} does.
     */
    protected void navigateBy(Runnable action) {
        consoleErrors.clear();
        Response response = page.waitForNavigation(action);
        assertThat(response).as("response after an action on %s", page.url()).isNotNull();
        if (response.status() == 422) {
            // a form shown again with its errors (FormErrorStatus answers 422): it must
            // show the error summary
            assertThat(page.locator("#error-summary").count()).as("error summary on the 422 page %s", response.url())
                .isEqualTo(1);
            consoleErrors.removeIf(e -> e.startsWith("Failed to load resource") && e.contains(response.url()));
        }
        else {
            assertThat(response.status()).as("status of %s", response.url()).isEqualTo(200);
        }
        checkAxe();
    }

    /**
     * As {@link #navigateBy(Runnable)} for an action whose page answers with an error
     * status (a form shown again with a 409 or 422): the page is still checked with axe
     * and for console errors, except Chromium's own log line about that status.
     */
    protected Response navigateBy(Runnable action, int expectedStatus) {
        consoleErrors.clear();
        Response response = page.waitForNavigation(action);
        assertThat(response).as("response after an action on %s", page.url()).isNotNull();
        assertThat(response.status()).as("status of %s", response.url()).isEqualTo(expectedStatus);
        consoleErrors.removeIf(e -> e.startsWith("Failed to load resource") && e.contains(response.url()));
        checkAxe();
        return response;
    }

    /**
     * Runs an action that loads a new page and waits for it (it must answer 200), without
     * checking it: for the steps that only lead to the pages under test (logging in,
     * switching the display), whose pages are checked where they are the subject
     * (EveryPageAccessibilityTest's lists). An axe run costs about 0.2 s; checking the
     * same login page before every test made a fifth of the suite's runs.
     */
    protected void followWithoutChecks(Runnable action) {
        Response response = page.waitForNavigation(action);
        assertThat(response).as("response after an action on %s", page.url()).isNotNull();
        assertThat(response.status()).as("status of %s", response.url()).isEqualTo(200);
    }

    /**
     * Logs in through the login form (see {@link #followWithoutChecks(Runnable)}: its
     * pages are not checked here).
     */
    protected void loginAs(String email) {
        page.navigate("/login");
        page.fill("#email", email);
        page.fill("#password", DEMO_PASSWORD);
        followWithoutChecks(() -> page.click("main form button[type=submit]"));
        assertThat(page.url()).as("after logging in as %s", email).doesNotContain("/login");
    }

    /**
     * WCAG 1.4.10 Reflow: at 320 CSS px wide (a 1280 px screen zoomed to 400 %) the page
     * must not need horizontal scrolling nor cut content off. Data tables are the
     * exception WCAG allows (they need their two dimensions), so elements inside a table
     * are not checked; elements moved entirely out of view on purpose (the skip link
     * until it has focus) are not either.
     */
    protected void assertReflowsAt320px() {
        ViewportSize size = page.viewportSize();
        page.setViewportSize(320, 800);
        try {
            @SuppressWarnings("unchecked")
            List<String> overflowing = (List<String>) page.evaluate(
                    """
                            () => {
                              const width = document.documentElement.clientWidth;
                              const found = [];
                              for (const e of document.body.querySelectorAll('*')) {
                                if (e.closest('table') || found.some(f => f.contains(e))) continue;
                                const r = e.getBoundingClientRect();
                                if ((r.width === 0 && r.height === 0) || r.right <= 0) continue;
                                if (r.right > width + 1 || r.left < -1) found.push(e);
                              }
                              return found.map(e => {
                                const r = e.getBoundingClientRect();
                                return e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\s+/g, '.') : '')
                                    + ' "' + e.innerText.trim().replace(/\s+/g, ' ').slice(0, 50) + '" from x=' + Math.round(r.left)
                                    + ' to ' + Math.round(r.right);
                              });
                            }""");
            assertThat(overflowing).as("elements beyond a 320 px wide viewport on %s%s", page.url(), describe())
                .isEmpty();
        }
        finally {
            page.setViewportSize(size.width, size.height);
        }
    }

    // ---- keyboard
    // ------------------------------------------------------------------------------

    /**
     * Presses Tab until the focused element matches the CSS selector; fails after
     * {@value #MAX_TABS} presses. Every element focused on the way must show a visible
     * focus indicator.
     */
    protected void tabTo(String cssSelector) {
        moveFocusTo(cssSelector, "Tab");
    }

    /** As {@link #tabTo(String)}, backwards with Shift+Tab. */
    protected void shiftTabTo(String cssSelector) {
        moveFocusTo(cssSelector, "Shift+Tab");
    }

    private void moveFocusTo(String cssSelector, String key) {
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press(key);
            String focused = focusedElement();
            visited.add(focused);
            if (focusedMatches(cssSelector)) {
                assertFocusVisible();
                return;
            }
            if (!"body".equals(focused)) {
                assertFocusVisible();
            }
        }
        fail("No focusable element matching '" + cssSelector + "' reached with " + key + " on " + page.url()
                + "; focus went through: " + visited);
    }

    protected boolean focusedMatches(String cssSelector) {
        return (Boolean) page.evaluate("s => document.activeElement != null && document.activeElement.matches(s)",
                cssSelector);
    }

    /**
     * A short description of the focused element, e.g. {@code input#email} or
     * {@code a "Zaloguj się"}.
     */
    protected String focusedElement() {
        return (String) page.evaluate("""
                () => {
                  const e = document.activeElement;
                  if (!e || e === document.body) return 'body';
                  const text = (e.innerText || e.value || '').trim().slice(0, 40);
                  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (text ? ' "' + text + '"' : '');
                }""");
    }

    /**
     * The focused element must show where focus is: an outline (style not 'none', width
     * above 0) or a box shadow. The one exception is {@code <main>}: it is focusable only
     * as the target of the skip link (tabindex="-1"), is not a control and is styled
     * without a ring on purpose, as GOV.UK does for skip-link targets; a ring around the
     * whole content would carry no information.
     */
    protected void assertFocusVisible() {
        @SuppressWarnings("unchecked")
        Map<String, Object> style = (Map<String, Object>) page.evaluate("""
                () => {
                  const e = document.activeElement;
                  const s = getComputedStyle(e);
                  return { tag: e.tagName.toLowerCase(), outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth,
                           boxShadow: s.boxShadow };
                }""");
        if ("main".equals(style.get("tag"))) {
            return;
        }
        boolean outline = !"none".equals(style.get("outlineStyle")) && !"0px".equals(style.get("outlineWidth"));
        boolean shadow = style.get("boxShadow") != null && !"none".equals(style.get("boxShadow"));
        assertThat(outline || shadow).as("visible focus on %s at %s (computed %s)", focusedElement(), page.url(), style)
            .isTrue();
    }

    /** Types into the element that has focus, key by key. */
    protected void typeFocused(String text) {
        page.keyboard().type(text);
    }

    protected void pressEnter() {
        page.keyboard().press("Enter");
    }

    protected void pressSpace() {
        page.keyboard().press("Space");
    }

    /**
     * An offer of a verified organisation, found formally correct, in a competition the
     * powiat's official announced and published (30 days to submit), all over HTTP.
     */
    protected record CheckedOffer(String officialEmail, WebClient official, long competitionId, long offerId,
            LocalDate taskFrom, String representative) {
    }

    protected CheckedOffer checkedOffer(String competitionTitle, String organisationName, String offerTitle) {
        String officialEmail = userWithRole(Role.OFFICIAL, POWIAT);
        WebClient official = visitor().login(officialEmail, DEMO_PASSWORD);
        Map<String, String> form = CompetitionFixtures.announcement(jstId(POWIAT), competitionTitle,
                LocalDateTime.now(WARSAW).plusDays(30));
        WebClient.Page created = official.post("/competitions/new", form, official.get("/competitions/new").csrf());
        long competitionId = Long.parseLong(created.location().replaceAll(".*/competitions/(\\d+).*", "$1"));
        official.post("/competitions/" + competitionId + "/publish", Map.of(),
                official.get("/competitions/" + competitionId).csrf());
        long taskId = CompetitionFixtures.taskId(jdbc, competitionId);
        LocalDate from = CompetitionFixtures.periodFrom(jdbc, competitionId);
        String rep = plainUser();
        long org = organisationRepresentedBy(rep, organisationName, KLUCZEWSKO, true);
        WebClient ngo = visitor().login(rep, DEMO_PASSWORD);
        WebClient.Page started = ngo.post("/competitions/" + competitionId + "/offers",
                Map.of("leadOrganizationId", String.valueOf(org), "title", offerTitle),
                ngo.get("/competitions/" + competitionId).csrf());
        long offerId = Long.parseLong(started.location().replaceAll(".*/offers/(\\d+).*", "$1"));
        ngo.post("/offers/" + offerId, CompetitionFixtures.offer(taskId, offerTitle, from, from.plusMonths(6)),
                ngo.get("/offers/" + offerId).csrf());
        official.post("/offers/" + offerId + "/review", Map.of("result", "CORRECT", "checked", "0"),
                official.get("/offers/" + offerId + "/review").csrf());
        return new CheckedOffer(officialEmail, official, competitionId, offerId, from, rep);
    }

}
