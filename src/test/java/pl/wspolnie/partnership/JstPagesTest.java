package pl.wspolnie.partnership;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partnership's JSTs: public pages with the liaison contact; only a JST's own
 * administrators change its data.
 */
class JstPagesTest extends IntegrationTest {

    private Map<String, String> form(Page edit) {
        Map<String, String> f = new HashMap<>();
        for (String field : new String[] { "version", "name", "street", "postalCode", "city", "email", "phone",
                "website", "liaisonName", "liaisonRoom", "liaisonPhone", "liaisonEmail" }) {
            f.put(field, edit.inputValue(field));
        }
        return f;
    }

    @Test
    void publicSeesPartnershipWithTerytAndLiaisonContact() {
        Page list = visitor().get("/jst");
        assertThat(list.text()).contains("Powiat włoszczowski", "2613", "Gmina Kluczewsko", "2613012", "Gmina Secemin",
                "2613052");
        Page powiat = visitor().get("/jst/" + jstId(POWIAT));
        assertThat(powiat.text()).contains("Pełnomocnik ds. współpracy z organizacjami pozarządowymi", "pok. 12",
                "Województwo świętokrzyskie");
        assertThat(powiat.text()).doesNotContain("Edytuj dane samorządu");
    }

    @Test
    void jstAdministratorUpdatesLiaisonContactAndItIsAudited() {
        long secemin = jstId(SECEMIN);
        String admin = userWithRole(Role.JST_ADMIN, SECEMIN);
        WebClient web = loggedIn(admin);
        Page edit = web.get("/jst/" + secemin + "/edit");
        Map<String, String> f = form(edit);
        f.put("liaisonRoom", "pok. 7 (parter)");
        Page saved = web.post("/jst/" + secemin + "/edit", f, edit.csrf());
        assertThat(saved.location()).endsWith("/jst/" + secemin);
        assertThat(visitor().get("/jst/" + secemin).text()).contains("pok. 7 (parter)");
        String change = jdbc.sql("""
                select (before_state->>'liaisonRoom') || ' -> ' || (after_state->>'liaisonRoom') from audit_log
                where entity_type = 'Jst' and entity_id = ? and actor_name = ? order by id desc limit 1""")
            .param(String.valueOf(secemin))
            .param(admin)
            .query(String.class)
            .single();
        assertThat(change).endsWith(" -> pok. 7 (parter)");
    }

    @Test
    void invalidPostalCodeIsAFieldErrorAndKeepsEverythingTyped() {
        long kluczewsko = jstId(KLUCZEWSKO);
        WebClient web = loggedIn(userWithRole(Role.JST_ADMIN, KLUCZEWSKO));
        Page edit = web.get("/jst/" + kluczewsko + "/edit");
        Map<String, String> f = form(edit);
        f.put("postalCode", "29120");
        f.put("liaisonName", "Nowa Osoba");
        f.put("liaisonEmail", "to nie e-mail");
        Page page = web.post("/jst/" + kluczewsko + "/edit", f, edit.csrf());
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("Nieprawidłowy kod pocztowy", "Wpisz poprawny adres e-mail");
        assertThat(page.inputValue("postalCode")).isEqualTo("29120");
        assertThat(page.inputValue("liaisonName")).isEqualTo("Nowa Osoba");
        assertThat(visitor().get("/jst/" + kluczewsko).text()).doesNotContain("Nowa Osoba");
    }

    @Test
    void officialsAndAdministratorsOfAnotherJstCannotChangeIt() {
        long powiat = jstId(POWIAT);
        String seceminAdmin = userWithRole(Role.JST_ADMIN, SECEMIN);
        String powiatOfficial = userWithRole(Role.OFFICIAL, POWIAT);
        WebClient ownAdmin = loggedIn(userWithRole(Role.JST_ADMIN, POWIAT));
        Page edit = ownAdmin.get("/jst/" + powiat + "/edit");
        Map<String, String> crafted = form(edit);
        crafted.put("name", "Przejęty powiat");
        for (String intruder : new String[] { seceminAdmin, powiatOfficial }) {
            WebClient web = loggedIn(intruder);
            assertThat(web.get("/jst/" + powiat + "/edit").status()).isEqualTo(403);
            Page post = web.post("/jst/" + powiat + "/edit", crafted, web.get("/jst").csrf());
            assertThat(post.status()).isEqualTo(403);
        }
        assertThat(visitor().get("/jst/" + powiat).text()).contains("Powiat włoszczowski").doesNotContain("Przejęty");
    }

    @Test
    void concurrentEditIsNotSilentlyOverwritten() {
        long kluczewsko = jstId(KLUCZEWSKO);
        WebClient a = loggedIn(userWithRole(Role.JST_ADMIN, KLUCZEWSKO));
        WebClient b = loggedIn(userWithRole(Role.JST_ADMIN, KLUCZEWSKO));
        Page editA = a.get("/jst/" + kluczewsko + "/edit");
        Page editB = b.get("/jst/" + kluczewsko + "/edit");
        Map<String, String> fa = form(editA);
        fa.put("phone", "41 111 11 11");
        assertThat(a.post("/jst/" + kluczewsko + "/edit", fa, editA.csrf()).status()).isEqualTo(302);
        Map<String, String> fb = form(editB);
        fb.put("phone", "41 222 22 22");
        Page stale = b.post("/jst/" + kluczewsko + "/edit", fb, editB.csrf());
        assertThat(stale.text()).contains("Ktoś inny zmienił te dane");
        assertThat(stale.inputValue("phone")).isEqualTo("41 222 22 22");
        assertThat(visitor().get("/jst/" + kluczewsko).text()).contains("41 111 11 11");
    }

}
