package pl.wspolnie.noticeboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeBoardTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding organizations;

    private static Map<String, String> notice(String kind, String title, Long jstId, Long orgId, LocalDate expires) {
        return NoticeForms.notice(kind, title, jstId, orgId, expires);
    }

    /** The author posts the notice; returns the notice's path. */
    private static String posted(WebClient author, Map<String, String> form) {
        return author.submit("/notices/new", "/notices/new", form).redirectPath();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfig.WARSAW));
    }

    @Test
    void aFundingOfferWithPolishAmountsLeavesTheListWhenItExpires() {
        String word = TestOrganizations.word();
        WebClient official = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        Map<String, String> f = notice("FUNDING", "Fundusz " + word, jstId(POWIAT), null, today().plusDays(3));
        f.put("funder", "Fundacja Wspierająca");
        f.put("amountMin", "5 000");
        f.put("amountMax", "1234567.89");
        f.put("cofinancingPercent", "10,5");
        f.put("link", "https://fundusz.example.pl");
        String path = posted(official, f);

        Page page = visitor().get(path);
        assertThat(page.text()).contains("Fundusz " + word, "Fundacja Wspierająca", "5\u00a0000,00 zł",
                "1\u00a0234\u00a0567,89 zł", "10,5");
        assertThat(visitor().get("/notices?kind=FUNDING").text()).contains("Fundusz " + word);

        clock.advance(Duration.ofDays(4));
        assertThat(visitor().get("/notices?kind=FUNDING").text()).doesNotContain("Fundusz " + word);
        assertThat(visitor().get("/notices").text()).doesNotContain("Fundusz " + word);
        assertThat(visitor().get(path).text()).contains("Nieaktualne");
    }

    @Test
    void badAmountsGiveFieldErrorsAndKeepWhatWasTyped() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        Map<String, String> f = notice("FUNDING", "Zły fundusz", jstId(KLUCZEWSKO), null, today().plusDays(3));
        f.put("funder", "Ktoś");
        f.put("amountMin", "-100");
        f.put("amountMax", "1000000000000");
        f.put("cofinancingPercent", "10,555");
        Page page = official.submit("/notices/new", "/notices/new", f);
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("bez znaku minus", "Ta wartość jest za duża",
                "najwyżej 2 miejsca po przecinku");
        assertThat(page.body()).contains("value=\"-100\"", "value=\"10,555\"", "value=\"Zły fundusz\"");
        f.put("amountMin", "abc");
        f.put("amountMax", "");
        f.put("cofinancingPercent", "");
        f.put("expiresOn", "32.13.2026");
        assertThat(official.submit("/notices/new", "/notices/new", f).text()).contains("Wpisz kwotę", "Wpisz datę");
    }

    @Test
    void volunteersRespondAndOnlyTheOrganisationSeesTheResponses() {
        String word = TestOrganizations.word();
        String rep = plainUser();
        long org = organisationRepresentedBy(rep, "Stowarzyszenie " + word, SECEMIN, true);
        WebClient ngo = loggedIn(rep);
        Map<String, String> f = NoticeForms.volunteering("Sprzątanie " + word, org, today().plusDays(10),
                "Park w Seceminie", "sobota 10:00", "12");
        String path = posted(ngo, f);

        String volunteerEmail = plainUser();
        WebClient volunteer = loggedIn(volunteerEmail);
        Page empty = volunteer.post(path + "/respond", Map.of("message", ""), volunteer.get(path).csrf());
        assertThat(empty.text()).contains("To pole jest wymagane");
        assertThat(volunteer.post(path + "/respond", Map.of("message", "Chętnie pomogę"), volunteer.get(path).csrf())
            .status()).isEqualTo(302);
        assertThat(volunteer.get(path).text()).contains("Twoje zgłoszenie zostało wysłane")
            .doesNotContain("Chętnie pomogę");

        assertThat(ngo.get(path).text()).contains("Zgłoszenia wolontariuszy (1)", "Chętnie pomogę", volunteerEmail);
        assertThat(visitor().get(path).text()).doesNotContain("Chętnie pomogę");

        // a representative of another organisation cannot post for this one
        String other = plainUser();
        organisationRepresentedBy(other, "Inne " + word, SECEMIN, true);
        WebClient intruder = loggedIn(other);
        assertThat(intruder
            .submit("/notices/new", "/notices/new", notice("JOB", "Obca praca " + word, null, org, today().plusDays(5)))
            .status()).isEqualTo(403);
        assertThat(intruder
            .submit("/notices/new", "/notices/new",
                    notice("JOB", "Obca praca " + word, jstId(SECEMIN), null, today().plusDays(5)))
            .status()).isEqualTo(403);
        assertThat(loggedIn(plainUser()).get("/notices/new").status()).isEqualTo(403);
    }

    @Test
    void aJobOfferOfAnUnverifiedOrganisationWaitsForTheLiaisonOfficer() {
        String word = TestOrganizations.word();
        String rep = plainUser();
        long org = organisationRepresentedBy(rep, "Nowa Fundacja " + word, SECEMIN, false);
        WebClient ngo = loggedIn(rep);
        Map<String, String> f = notice("JOB", "Praca " + word, null, org, today().plusDays(10));
        f.put("link", "https://rekrutacja.example.com/oferta");
        String path = posted(ngo, f);
        assertThat(ngo.get(path).text()).as("the author is told")
            .contains("Ogłoszenie zapisane", "po zatwierdzeniu przez pełnomocnika", "czeka na moderację",
                    "Organizacja niezweryfikowana");

        assertThat(visitor().get("/notices").text()).doesNotContain("Praca " + word);
        assertThat(visitor().get(path).status()).isEqualTo(404);
        assertThat(loggedIn(plainUser()).get(path).status()).isEqualTo(404);

        WebClient otherGmina = loggedIn(userWithRole(Role.LIAISON_OFFICER, KLUCZEWSKO));
        assertThat(otherGmina.get("/notices/moderation").text()).doesNotContain("Praca " + word);
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertThat(
                otherGmina.post("/notices/" + id + "/approve", Map.of(), otherGmina.get("/notices/moderation").csrf())
                    .status())
            .isEqualTo(403);
        assertThat(ngo.post("/notices/" + id + "/approve", Map.of(), ngo.get(path).csrf()).status())
            .as("nor its author")
            .isEqualTo(403);

        // the liaison officer of the powiat moderates the gminas below it
        WebClient liaison = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        assertThat(liaison.get("/notices").text()).contains("Ogłoszenia do moderacji");
        Page queue = liaison.get("/notices/moderation");
        assertThat(queue.text()).contains("Praca " + word, "Organizacja niezweryfikowana",
                "https://rekrutacja.example.com/oferta");
        assertThat(liaison.post("/notices/" + id + "/approve", Map.of(), queue.csrf()).location())
            .endsWith("/notices/moderation");
        assertThat(liaison.get("/notices/moderation").text()).contains("Ogłoszenie opublikowane")
            .doesNotContain("Praca " + word);
        assertThat(jdbc.sql("select moderated_by from notice where id = ?").param(id).query(Long.class).single())
            .isNotNull();

        assertThat(visitor().get("/notices").text()).contains("Praca " + word);
        assertThat(visitor().get(path).text()).contains("Praca " + word, "Organizacja niezweryfikowana")
            .doesNotContain("czeka na moderację");
        assertThat(liaison.post("/notices/" + id + "/reject", Map.of(), queue.csrf()).status()).as("decided once")
            .isEqualTo(302);
        assertThat(visitor().get(path).status()).isEqualTo(200);
    }

    @Test
    void aRejectedOfferStaysOffTheBoardAndAVerifiedOrganisationPublishesAtOnce() {
        String word = TestOrganizations.word();
        String rep = plainUser();
        long unverified = organisationRepresentedBy(rep, "Świeże " + word, KLUCZEWSKO, false);
        WebClient ngo = loggedIn(rep);
        Map<String, String> f = NoticeForms.volunteering("Akcja " + word, unverified, today().plusDays(10),
                "Kluczewsko", "niedziela", "3");
        String path = posted(ngo, f);
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        WebClient liaison = loggedIn(userWithRole(Role.LIAISON_OFFICER, KLUCZEWSKO));
        assertThat(liaison.get(path).text()).contains("Zatwierdź i opublikuj");
        assertThat(liaison
            .post("/notices/" + id + "/reject", Map.of("reason", "Nie dotyczy wolontariatu."),
                    liaison.get("/notices/moderation").csrf())
            .status()).isEqualTo(302);
        assertThat(visitor().get(path).status()).isEqualTo(404);
        assertThat(ngo.get(path).text()).contains("odrzucił to ogłoszenie")
            .doesNotContain("Zgłoś się jako wolontariusz");
        WebClient volunteer = loggedIn(plainUser());
        assertThat(
                volunteer.post(path + "/respond", Map.of("message", "Chcę"), volunteer.get("/notices").csrf()).status())
            .isEqualTo(404);

        String verifiedRep = plainUser();
        long verified = organisationRepresentedBy(verifiedRep, "Znane " + word, KLUCZEWSKO, true);
        String verifiedPath = posted(loggedIn(verifiedRep),
                notice("JOB", "Etat " + word, null, verified, today().plusDays(10)));
        assertThat(visitor().get(verifiedPath).text()).contains("Etat " + word,
                "Organizacja zweryfikowana przez samorząd");
        assertThat(visitor().get("/notices").text()).contains("Etat " + word);
    }

}
