package pl.wspolnie.organizations;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.FilePart;
import pl.wspolnie.support.WebClient.Page;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import org.unbescape.html.HtmlEscape;

class OrganizationRegistrationTest extends IntegrationTest {

    @Autowired
    Organizations organizations;

    @Autowired
    OrganizationSeeding seeding;

    @Test
    void anonymousVisitorIsSentToTheLoginPage() {
        Page page = visitor().get("/organizations/new");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }

    @Test
    void personRegistersAnOrganisationWithLogoAndBecomesItsBoardRepresentative() throws IOException {
        String email = plainUser();
        WebClient user = loggedIn(email);
        String name = "Fundacja Ziemi " + TestOrganizations.word();
        Map<String, String> form = TestOrganizations.form(name, jstId(KLUCZEWSKO), "kultura,kultura-fizyczna");
        form.put("nip", formatted(form.get("nip")));

        Page result = register(user, form, Map.of("logo", new FilePart("logo.png", "image/png", png())));

        assertThat(result.status()).as(result.text()).isEqualTo(302);
        long id = idOf(result.location());
        Page profile = user.get("/organizations/" + id);
        assertThat(profile.text()).contains(name, "Organizacja została dodana do katalogu", "Niezweryfikowana",
                "Gmina Kluczewsko", "Kultura, sztuka, ochrona dóbr kultury i dziedzictwa narodowego",
                "Wspieranie i upowszechnianie kultury fizycznej", "Jesteś przedstawicielem tej organizacji",
                "Liczba przedstawicieli na platformie 1", "Edytuj dane i logo organizacji");
        assertThat(profile.text()).as("NIP stored as digits").contains(form.get("nip").replace("-", ""));
        assertThat(profile.body()).contains("/organizations/" + id + "/logo");

        HttpResponse<byte[]> logo = visitor().getBytes("/organizations/" + id + "/logo");
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("content-type")).hasValue("image/png");
        assertThat(logo.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(logo.body()).isEqualTo(png());

        long userId = provisioning.ensureConfirmedUser(email, "", "");
        assertThat(organizations.isRepresentative(userId, id)).isTrue();
        assertThat(organizations.isBoardMember(userId, id)).isTrue();
        assertThat(organizations.representedBy(userId)).containsExactly(id);
        assertThat(organizations.find(id)).hasValueSatisfying(o -> {
            assertThat(o.name()).isEqualTo(name);
            assertThat(o.verified()).isFalse();
            assertThat(o.legalForm()).isEqualTo(LegalForm.FOUNDATION);
        });

        Page account = user.get("/account");
        assertThat(account.text()).contains("Przedstawiciel organizacji: " + name + " (zarząd)");
        assertThat(account.body()).contains("href=\"/organizations/" + id + "\"");
    }

    @Test
    void invalidValuesGivePolishFieldErrorsAndEverythingTypedIsKept() {
        WebClient user = loggedIn(plainUser());
        long secemin = jstId(SECEMIN);
        Map<String, String> form = TestOrganizations.form("Stowarzyszenie „Źródło” & Co", secemin,
                "turystyka,ekologia");
        form.put("nip", "123-456-78-90");
        form.put("regon", "123456789");
        form.put("krs", "12345");
        form.put("postalCode", "29100");
        form.put("email", "not-an-email");
        form.put("website", "javascript:alert(1)");
        form.put("boardMember", "false");
        form.put("description", "Opis z <b>tagiem</b> i \"cudzysłowem\"");

        Page page = register(user, form, Map.of());

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("Popraw błędy w formularzu",
                "Nieprawidłowy NIP: wpisz 10 cyfr z poprawną cyfrą kontrolną", "Nieprawidłowy REGON",
                "Nieprawidłowy numer KRS: wpisz 10 cyfr", "Nieprawidłowy kod pocztowy: wpisz go w formacie 00-000",
                "Wpisz poprawny adres e-mail", "Podaj adres strony zaczynający się od http:// lub https://");
        assertThat(page.body()).contains("href=\"#nip\"", "aria-invalid=\"true\"", "aria-describedby=\"nip-error\"");
        assertThat(value(page, "name")).isEqualTo("Stowarzyszenie „Źródło” & Co");
        assertThat(page.inputValue("nip")).isEqualTo("123-456-78-90");
        assertThat(page.inputValue("regon")).isEqualTo("123456789");
        assertThat(page.inputValue("krs")).isEqualTo("12345");
        assertThat(page.inputValue("postalCode")).isEqualTo("29100");
        assertThat(page.inputValue("email")).isEqualTo("not-an-email");
        assertThat(page.inputValue("website")).isEqualTo("javascript:alert(1)");
        assertThat(page.inputValue("street")).isEqualTo("ul. Polna 7");
        assertThat(page.body()).contains("Opis z &lt;b&gt;tagiem&lt;/b&gt; i &quot;cudzysłowem&quot;</textarea>");
        assertThat(page.body()).containsPattern("<option value=\"" + secemin + "\" selected=\"selected\"");
        assertThat(checkedSpheres(page)).containsExactlyInAnyOrder("turystyka", "ekologia");
        assertThat(page.body()).containsPattern("id=\"boardMember-no\"[^>]*checked");
        assertThat(page.body()).containsPattern("<option value=\"FOUNDATION\" selected=\"selected\"");
    }

    @Test
    void missingRegisterSpheresAndBoardAnswerAreReported() {
        WebClient user = loggedIn(plainUser());
        Map<String, String> form = TestOrganizations.form("Stowarzyszenie " + TestOrganizations.word(),
                jstId(KLUCZEWSKO), "");
        form.put("krs", "");
        form.put("boardMember", "");

        Page page = register(user, form, Map.of());

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("Zaznacz co najmniej jedną sferę działalności.",
                "Zaznacz, czy jesteś członkiem zarządu.");

        form.put("spheres", "wolontariat");
        form.put("boardMember", "true");
        form.put("registerName", "Ewidencja stowarzyszeń zwykłych");
        page = register(user, form, Map.of());
        assertThat(page.text()).contains("Podaj numer organizacji w tym rejestrze lub ewidencji.");
        assertThat(page.inputValue("registerName")).isEqualTo("Ewidencja stowarzyszeń zwykłych");

        form.put("registerName", "");
        page = register(user, form, Map.of());
        assertThat(page.text()).contains("Podaj numer KRS albo nazwę i numer innego rejestru.");

        form.put("registerName", "Ewidencja stowarzyszeń zwykłych");
        form.put("registerNumber", "SZ/1/2026");
        page = register(user, form, Map.of());
        assertThat(page.status()).as("another register instead of KRS is enough").isEqualTo(302);
    }

    @Test
    void duplicateKrsOrNipNamesTheOrganisationAlreadyInTheDirectory() {
        String existingName = "Fundacja Istniejąca " + TestOrganizations.word();
        OrganizationDetails existing = TestOrganizations.details(existingName, jstId(KLUCZEWSKO), List.of("kultura"),
                null);
        seeding.ensure(existing, null, false, false);
        WebClient user = loggedIn(plainUser());

        Map<String, String> form = TestOrganizations.form("Fundacja Nowa " + TestOrganizations.word(),
                jstId(KLUCZEWSKO), "kultura");
        form.put("nip", formatted(existing.nip()));
        Page page = register(user, form, Map.of());
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("Organizacja z tym numerem NIP jest już w katalogu: " + existingName);
        assertThat(page.inputValue("nip")).isEqualTo(formatted(existing.nip()));

        form.put("nip", TestOrganizations.nip());
        form.put("krs", existing.krs());
        page = register(user, form, Map.of());
        assertThat(page.text()).contains("Organizacja z tym numerem KRS jest już w katalogu: " + existingName);

        form.put("nip", existing.nip());
        page = register(user, form, Map.of());
        assertThat(page.text()).as("both at once").contains("numerem KRS jest już", "numerem NIP jest już");
    }

    @Test
    void logoThatIsTooLargeOrNotAnImageIsAFieldErrorNeverAServerError() {
        WebClient user = loggedIn(plainUser());
        String name = "Fundacja Logo " + TestOrganizations.word();
        Map<String, String> form = TestOrganizations.form(name, jstId(KLUCZEWSKO), "kultura");

        byte[] big = new byte[3 * 1024 * 1024];
        System.arraycopy(png(), 0, big, 0, png().length);
        Page tooLarge = register(user, form, Map.of("logo", new FilePart("big.png", "image/png", big)));
        assertThat(tooLarge.status()).isEqualTo(422);
        assertThat(tooLarge.text()).contains("Plik z logo jest za duży: może mieć najwyżej 2 MB.");
        assertThat(tooLarge.body()).contains("href=\"#logo\"", "aria-describedby=\"logo-hint logo-error\"");
        assertThat(tooLarge.inputValue("name")).isEqualTo(name);

        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);
        Page notImage = register(user, form, Map.of("logo", new FilePart("logo.svg", "image/svg+xml", svg)));
        assertThat(notImage.status()).isEqualTo(422);
        assertThat(notImage.text()).contains("Logo musi być obrazem PNG, JPEG, GIF lub WebP");

        Page disguised = register(user, form,
                Map.of("logo", new FilePart("logo.png", "image/png", "just text".getBytes(StandardCharsets.UTF_8))));
        assertThat(disguised.text()).contains("Logo musi być obrazem PNG, JPEG, GIF lub WebP");

        assertThat(jdbc.sql("select count(*) from organization where name = ?").param(name).query(Long.class).single())
            .as("nothing saved")
            .isZero();
    }

    @Test
    void overLongTextsAreFieldErrors() {
        WebClient user = loggedIn(plainUser());
        Map<String, String> form = TestOrganizations.form("N".repeat(301), jstId(KLUCZEWSKO), "kultura");
        form.put("description", "d".repeat(4001));
        form.put("city", "c".repeat(101));

        Page page = register(user, form, Map.of());

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("Wpisz najwyżej 300 znaków.", "Wpisz najwyżej 4000 znaków.",
                "Wpisz najwyżej 100 znaków.");
        assertThat(page.inputValue("name")).hasSize(301);
    }

    @Test
    void registrationIsWrittenToTheAuditLogWithTheJst() {
        String email = plainUser();
        String name = "Stowarzyszenie Audytowane " + TestOrganizations.word();
        Page result = register(loggedIn(email), TestOrganizations.form(name, jstId(KLUCZEWSKO), "kultura"), Map.of());
        long id = idOf(result.location());

        var row = jdbc.sql("""
                select actor_name, jst_id, after_state::text from audit_log
                where entity_type = 'Organization' and entity_id = ? and action = 'CREATE'""")
            .param(String.valueOf(id))
            .query((rs, n) -> List.of(rs.getString(1), rs.getLong(2), rs.getString(3)))
            .single();
        assertThat(row.get(0)).isEqualTo(email);
        assertThat(row.get(1)).isEqualTo(jstId(KLUCZEWSKO));
        assertThat((String) row.get(2)).contains(name).contains("\"searchText\": \"***\"");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'Membership' and actor_name = ?")
            .param(email)
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    @Test
    void representativeEditsTheProfileAndTheSearchFollows() {
        String email = plainUser();
        WebClient user = loggedIn(email);
        String name = "Fundacja Zmian " + TestOrganizations.word();
        long id = idOf(register(user, TestOrganizations.form(name, jstId(KLUCZEWSKO), "kultura"), Map.of()).location());
        // follows the redirect, as a browser does (shows the flash notice)
        user.get("/organizations/" + id);

        Page editForm = user.get("/organizations/" + id + "/edit");
        assertThat(editForm.status()).isEqualTo(200);
        assertThat(editForm.inputValue("name")).isEqualTo(name);
        String word = TestOrganizations.word();
        Map<String, String> changed = TestOrganizations.form(name + " Nowa", jstId(SECEMIN), "ekologia,turystyka");
        changed.put("version", editForm.inputValue("version"));
        changed.put("description", "Teraz chronimy " + word + " nad Pilicą.");
        Page saved = user.post("/organizations/" + id + "/edit", changed, editForm.csrf());
        assertThat(saved.status()).as(saved.text()).isEqualTo(302);

        Page profile = user.get("/organizations/" + id);
        assertThat(profile.text())
            .contains(name + " Nowa", "Dane organizacji zostały zapisane.", "Gmina Secemin",
                    "Turystyka i krajoznawstwo")
            .doesNotContain("Kultura, sztuka");
        assertThat(visitor().get("/organizations?q=" + word).text()).contains(name + " Nowa");
        assertThat(visitor().get("/organizations?q=" + TestOrganizations.word() + "&jst=" + jstId(SECEMIN)).text())
            .doesNotContain(name);

        Page stale = user.post("/organizations/" + id + "/edit", changed, editForm.csrf());
        assertThat(stale.text()).as("the old version is refused").contains("Ktoś inny zmienił te dane w międzyczasie");
    }

    private Page register(WebClient user, Map<String, String> form, Map<String, FilePart> files) {
        String csrf = user.get("/organizations/new").csrf();
        return user.postMultipart("/organizations/new", form, files, csrf);
    }

    static long idOf(String location) {
        Matcher m = Pattern.compile("/organizations/(\\d+)$").matcher(location);
        assertThat(m.find()).as("redirect to a profile: " + location).isTrue();
        return Long.parseLong(m.group(1));
    }

    static List<String> checkedSpheres(Page page) {
        Matcher m = Pattern.compile("<input type=\"checkbox\" name=\"spheres\" value=\"([a-z-]+)\"[^>]*checked")
            .matcher(page.body());
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    /**
     * An input's value with every HTML entity decoded (Thymeleaf writes e.g. &oacute; in
     * values).
     */
    static String value(Page page, String id) {
        return HtmlEscape.unescapeHtml(page.inputValue(id));
    }

    private static String formatted(String nip) {
        return nip.substring(0, 3) + "-" + nip.substring(3, 6) + "-" + nip.substring(6, 8) + "-" + nip.substring(8);
    }

    static byte[] png() {
        try {
            BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
