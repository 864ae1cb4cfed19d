package pl.wspolnie.governance;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.wspolnie.governance.GovernanceFixtures.agreement;
import static pl.wspolnie.governance.GovernanceFixtures.applyAsNgo;
import static pl.wspolnie.governance.GovernanceFixtures.decide;
import static pl.wspolnie.governance.GovernanceFixtures.partyId;

/**
 * The Forum (point 2 of issue 17): each party names one representative and may name a
 * substitute by a dated mandate; a second representative for the same period is refused
 * (and the database's key refuses it too); the page shows who represents whom, with the
 * history.
 */
class ForumTest extends IntegrationTest {

    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void eachPartyHasOneRepresentativeAtATime() {
        LocalDate today = LocalDate.now(clock);
        String w = TestOrganizations.word();
        WebClient coordinator = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        long id = agreement(coordinator, jstId(POWIAT), "Porozumienie Forum " + w);
        String path = "/governance/" + id;
        String ngoEmail = uniqueEmail("ngo");
        String ngoName = "Fundacja Forum " + w;
        long org = organisationRepresentedBy(ngoEmail, ngoName, KLUCZEWSKO, true);
        WebClient ngo = loggedIn(ngoEmail);
        applyAsNgo(ngo, id, org);
        long party = partyId(coordinator.get(path).body(), ngoName);
        decide(coordinator, id, party, "ACCEPT", "");

        String anna = "Anna Przedstawicielka " + w;
        String annaEmail = uniqueEmail("anna");
        provisioning.ensureConfirmedUser(annaEmail, anna, DEMO_PASSWORD);
        String jan = "Jan Następca " + w;
        String janEmail = uniqueEmail("jan");
        provisioning.ensureConfirmedUser(janEmail, jan, DEMO_PASSWORD);
        String ewa = "Ewa Zastępczyni " + w;
        String ewaEmail = uniqueEmail("ewa");
        provisioning.ensureConfirmedUser(ewaEmail, ewa, DEMO_PASSWORD);

        String forum = path + "/forum";
        // Anna represents the NGO for a month
        assertThat(name(ngo, forum, party, "REPRESENTATIVE", annaEmail, today, today.plusDays(30)).redirectPath())
            .isEqualTo(forum);
        // a second representative for a day of that month: refused, nothing saved
        Page second = name(ngo, forum, party, "REPRESENTATIVE", janEmail, today.plusDays(10), null);
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.text()).contains("W tym okresie stronę reprezentuje już " + anna + " (od " + DMY.format(today)
                + " do " + DMY.format(today.plusDays(30)) + "); jedna strona ma jednego przedstawiciela.");
        assertThat(second.inputValue("email")).isEqualTo(janEmail);
        // after it: fine, open-ended
        assertThat(name(ngo, forum, party, "REPRESENTATIVE", janEmail, today.plusDays(31), null).status())
            .isEqualTo(302);
        // a substitute; not the representative himself
        assertThat(name(ngo, forum, party, "SUBSTITUTE", janEmail, today.plusDays(40), null).text())
            .contains(jan + " nie może być jednocześnie przedstawicielem i zastępcą");
        assertThat(name(ngo, forum, party, "SUBSTITUTE", ewaEmail, today, null).status()).isEqualTo(302);
        assertThat(name(ngo, forum, party, "SUBSTITUTE", "nikt-" + w + "@example.org", today, null).text())
            .contains("Nie ma konta z takim adresem e-mail.");

        Page page = visitor().get(forum);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(ngoName + " Organizacja pozarządowa " + anna + " " + ewa,
                "Powiat włoszczowski Samorząd (JST) nie wskazano nie wskazano",
                ngoName + " Przedstawiciel " + anna + " " + DMY.format(today) + " " + DMY.format(today.plusDays(30)),
                ngoName + " Przedstawiciel " + jan + " " + DMY.format(today.plusDays(31)) + " bezterminowo");

        // a mandate from a later day replaces the open one, which ends the day before
        String ola = "Ola Kolejna " + w;
        String olaEmail = uniqueEmail("ola");
        provisioning.ensureConfirmedUser(olaEmail, ola, DEMO_PASSWORD);
        assertThat(name(ngo, forum, party, "REPRESENTATIVE", olaEmail, today.plusDays(60), null).status())
            .isEqualTo(302);
        assertThat(visitor().get(forum).text()).contains(
                jan + " " + DMY.format(today.plusDays(31)) + " " + DMY.format(today.plusDays(59)),
                ola + " " + DMY.format(today.plusDays(60)) + " bezterminowo");

        // the database's key refuses an overlapping mandate whatever the code does
        long annaId = jdbc.sql("select id from user_account where email = ?")
            .param(annaEmail)
            .query(Long.class)
            .single();
        assertThatThrownBy(() -> jdbc
            .sql("insert into governance_mandate (party_id, role, user_id, valid_from, named_by,"
                    + " named_at) values (?, 'REPRESENTATIVE', ?, ?, ?, now())")
            .params(party, annaId, today.plusDays(5), annaId)
            .update()).isInstanceOf(DataIntegrityViolationException.class);

        // only who acts for the party names its mandates
        WebClient stranger = loggedIn(plainUser());
        assertThat(name(stranger, forum, party, "REPRESENTATIVE", olaEmail, today.plusDays(90), null).status())
            .isEqualTo(403);
        WebClient powiatAdmin = loggedIn(userWithRole(Role.JST_ADMIN, POWIAT));
        assertThat(name(powiatAdmin, forum, party, "REPRESENTATIVE", olaEmail, today.plusDays(90), null).status())
            .isEqualTo(403);
        // the powiat's administrator names the powiat's representative
        long powiat = partyIdOfPowiat(powiatAdmin.get(path).body());
        assertThat(
                name(powiatAdmin, forum, powiat, "REPRESENTATIVE", annaEmail, LocalDate.of(2026, 1, 15), null).status())
            .isEqualTo(302);

        // a party that leaves: its mandates end that day
        String token = ngo.get(path).csrf();
        assertThat(
                ngo.post(path + "/parties/" + party + "/leave", Map.of("leftOn", today.plusDays(20).toString()), token)
                    .status())
            .isEqualTo(302);
        String after = visitor().get(forum).text();
        assertThat(after).contains(anna + " " + DMY.format(today) + " " + DMY.format(today.plusDays(20)))
            .doesNotContain(ola);
    }

    private static long partyIdOfPowiat(String agreementPage) {
        return partyId(agreementPage, "Powiat włoszczowski");
    }

    private static Page name(WebClient who, String forum, long party, String role, String email, LocalDate from,
            LocalDate to) {
        Map<String, String> fields = new HashMap<>();
        fields.put("partyId", String.valueOf(party));
        fields.put("role", role);
        fields.put("email", email);
        fields.put("validFrom", from.toString());
        fields.put("validTo", to == null ? "" : to.toString());
        return who.post(forum + "/mandates", fields, who.get(forum).csrf());
    }

}
