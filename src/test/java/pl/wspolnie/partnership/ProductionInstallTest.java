package pl.wspolnie.partnership;

import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.wspolnie.accounts.FirstAdministrator;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A production install: no demo data, its own empty database, and WSPOLNIE_ADMIN_EMAIL.
 * The first administrator gets a link by mail, sets a password, logs in and builds the
 * partnership (a TERYT code refused first); the JSTs appear publicly. Restarts create
 * nobody again, and two instances starting together create one administrator.
 */
@DirtiesContext
@TestMethodOrder(OrderAnnotation.class)
class ProductionInstallTest extends IntegrationTest {

    static final String ADMIN = uniqueEmail("pierwszy-admin");
    static final String PASSWORD = "Pierwsze-Haslo-2026!";

    private static final Path DATA = newDataDir();

    @DynamicPropertySource
    static void productionSettings(DynamicPropertyRegistry registry) {
        registry.add("wspolnie.demo-data", () -> "false");
        registry.add("wspolnie.security.first-admin-email", () -> ADMIN);
        // a database of its own, empty
        registry.add("wspolnie.database.embedded-data-dir", DATA::toString);
    }

    @Autowired
    FirstAdministrator firstAdministrator;

    @Test
    @Order(1)
    void firstAdministratorSetsPasswordAndAddsTheJstsWhichAppearPublicly() {
        assertThat(jdbc.sql("select count(*) from jst").query(Long.class).single()).as("no demo data").isZero();
        String mail = TestMailServer.awaitMail(ADMIN, "Konto administratora platformy");
        assertThat(mail).contains("72 godzin", "działa jeden raz");
        String link = resetLink(mail);

        WebClient admin = visitor();
        Page reset = admin.get(link);
        assertThat(reset.status()).isEqualTo(200);
        Page done = admin.post("/password/reset",
                Map.of("token", reset.inputValue("token"), "password", PASSWORD, "passwordRepeat", PASSWORD),
                reset.csrf());
        assertThat(done.location()).endsWith("/login");
        assertThat(visitor().get(link).text()).as("the link works once").doesNotContain(reset.inputValue("token"));
        assertThat(visitor().get(link).body()).doesNotContain("name=\"passwordRepeat\"");
        admin.login(ADMIN, PASSWORD);

        assertThat(visitor().get("/jst/new").status()).as("anonymous visitors are sent to log in").isEqualTo(302);
        assertThat(admin.get("/jst").body()).contains("href=\"/jst/new\"");

        // The województwo, with an odd (unknown) code first: 422, the error next to the
        // field, everything kept.
        Page form = admin.get("/jst/new");
        assertThat(form.status()).isEqualTo(200);
        Map<String, String> woj = jst("WOJEWODZTWO", "Województwo świętokrzyskie", "27", "");
        woj.put("liaisonName", "Wiesława Wojewódzka");
        Page refused = admin.post("/jst/new", woj, form.csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"teryt-error\"", "aria-describedby=\"teryt-hint teryt-error\"");
        assertThat(refused.text()).contains("parzystej liczby od 02 do 32");
        assertThat(refused.inputValue("teryt")).isEqualTo("27");
        assertThat(kept(refused, "name")).isEqualTo("Województwo świętokrzyskie");
        assertThat(kept(refused, "liaisonName")).isEqualTo("Wiesława Wojewódzka");
        woj.put("teryt", "26");
        long wojId = created(admin.post("/jst/new", woj, refused.csrf()));

        long powiatId = created(admin.post("/jst/new",
                jst("POWIAT", "Powiat włoszczowski", "2613", String.valueOf(wojId)), form.csrf()));

        // A gmina: the town part of an urban-rural gmina, then a code of another powiat,
        // then the same code twice.
        Map<String, String> gmina = jst("GMINA", "Gmina Włoszczowa", "2613064", String.valueOf(powiatId));
        gmina.put("liaisonName", "Grażyna Gminna");
        gmina.put("liaisonRoom", "pok. 21");
        gmina.put("liaisonEmail", "ngo@wloszczowa.test");
        Page part = admin.post("/jst/new", gmina, form.csrf());
        assertThat(part.status()).isEqualTo(422);
        assertThat(part.text()).contains("kończący się cyfrą 3");
        gmina.put("teryt", "2612063");
        assertThat(admin.post("/jst/new", gmina, form.csrf()).text())
            .contains("nie zaczyna się od kodu jednostki nadrzędnej");
        gmina.put("teryt", "2613063");
        long gminaId = created(admin.post("/jst/new", gmina, form.csrf()));
        Page twice = admin.post("/jst/new", gmina, form.csrf());
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.text()).contains("Samorząd z tym kodem TERYT już istnieje.");

        Page list = visitor().get("/jst");
        assertThat(list.text()).contains("Powiat włoszczowski", "2613", "Gmina Włoszczowa", "2613063");
        assertThat(list.body()).doesNotContain("/jst/new");
        Page page = visitor().get("/jst/" + gminaId);
        assertThat(page.text()).contains("Gmina Włoszczowa", "Powiat włoszczowski", "Grażyna Gminna", "pok. 21",
                "ngo@wloszczowa.test");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'Jst' and actor_name = ?")
            .param(ADMIN)
            .query(Long.class)
            .single()).as("each new JST is audited").isEqualTo(3);

        // The first JST administrator: a person with an account gets the role through
        // role administration.
        String person = uniqueEmail("wloszczowa-admin");
        long personId = provisioning.ensureConfirmedUser(person, "Wanda Włoszczowska", DEMO_PASSWORD);
        Page user = admin.get("/admin/users/" + personId);
        Page granted = admin.post("/admin/users/" + personId + "/roles",
                Map.of("role", "JST_ADMIN", "jstId", String.valueOf(gminaId)), user.csrf());
        assertThat(granted.location()).endsWith("/admin/users/" + personId);
        WebClient jstAdmin = loggedIn(person);
        assertThat(jstAdmin.get("/jst/" + gminaId + "/edit").status()).isEqualTo(200);
        Page notAllowed = jstAdmin.post("/jst/new", jst("GMINA", "Gmina Secemin", "2613052", String.valueOf(powiatId)),
                jstAdmin.get("/jst/" + gminaId + "/edit").csrf());
        assertThat(notAllowed.status()).as("only platform administrators create JSTs").isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from jst where teryt = '2613052'").query(Long.class).single()).isZero();
    }

    @Test
    @Order(2)
    void aRestartCreatesNobodyAgain() {
        assertThat(firstAdministrator.ensure(ADMIN)).isFalse();
        assertThat(firstAdministrator.ensure(uniqueEmail("someone-else"))).isFalse();
        assertThat(platformAdministrators()).containsExactly(ADMIN);
        assertThat(TestMailServer.mailsTo(ADMIN)).hasSize(1);
    }

    @Test
    @Order(3)
    void twoInstancesStartingTogetherCreateOneAdministrator() throws Exception {
        jdbc.sql("delete from role_assignment where role = 'PLATFORM_ADMIN'").update();
        String email = uniqueEmail("rownolegly-admin");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> starts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                starts.add(pool.submit(() -> {
                    together.await();
                    return firstAdministrator.ensure(email);
                }));
            }
            assertThat(List.of(starts.get(0).get(), starts.get(1).get())).containsExactlyInAnyOrder(true, false);
        }
        finally {
            pool.shutdown();
        }
        assertThat(platformAdministrators()).containsExactly(email);
        assertThat(
                jdbc.sql("select count(*) from user_account where email = ?").param(email).query(Long.class).single())
            .isEqualTo(1);
        TestMailServer.awaitMail(email, "Konto administratora platformy");
        assertThat(TestMailServer.mailsTo(email)).hasSize(1);
    }

    private List<String> platformAdministrators() {
        return jdbc.sql("""
                select u.email from role_assignment r join user_account u on u.id = r.user_id
                where r.role = 'PLATFORM_ADMIN' and r.jst_id is null""").query(String.class).list();
    }

    private static Map<String, String> jst(String type, String name, String teryt, String parentId) {
        Map<String, String> f = new HashMap<>();
        f.put("type", type);
        f.put("name", name);
        f.put("teryt", teryt);
        f.put("parentId", parentId);
        f.put("partnershipMember", "true");
        f.put("_partnershipMember", "on");
        return f;
    }

    /**
     * A typed value shown again (Thymeleaf writes "ó" in attributes as an HTML entity).
     */
    private static String kept(Page page, String id) {
        return page.inputValue(id).replace("&oacute;", "ó").replace("&Oacute;", "Ó");
    }

    private static long created(Page page) {
        assertThat(page.status()).as(page.text()).isEqualTo(302);
        return Long.parseLong(page.location().substring(page.location().lastIndexOf('/') + 1));
    }

    /**
     * The set-password link of the mail, as a path on this server (the mail also names
     * the platform's address).
     */
    private static String resetLink(String mail) {
        Matcher m = Pattern.compile("https?://\\S+(/password/reset\\?token=\\S+)").matcher(mail);
        assertThat(m.find()).as(mail).isTrue();
        return m.group(1);
    }

    private static Path newDataDir() {
        try {
            Path dir = Files.createTempDirectory("wspolnie-production-install");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
                catch (IOException ignored) {
                    // a temporary folder: the system cleans it up
                }
            }));
            return dir.resolve("postgres");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
