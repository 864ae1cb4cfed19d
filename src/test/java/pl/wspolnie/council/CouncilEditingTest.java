package pl.wspolnie.council;

import org.junit.jupiter.api.Test;
import pl.wspolnie.consultations.ConsultationFixtures;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing what was only addable in the council: a member's name and side, ending a
 * membership (the ≥ 50 % NGO rule checked after every change), appointing a member;
 * correcting and withdrawing a request for opinion while it waits (409 once given, lapsed
 * or withdrawn). Only the JST's officials: others 403.
 */
class CouncilEditingTest extends IntegrationTest {

    private static final String KRASOCIN = "2613022";

    private static long memberId(String councilPage, String name) {
        Matcher m = Pattern.compile("/members/(\\d+)/edit\"[^>]*>[^<]*" + Pattern.quote(name)).matcher(councilPage);
        assertThat(m.find()).as("edit link of %s", name).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long requestId(String councilPage, String subject) {
        Matcher m = Pattern.compile("id=\"opinion-(\\d+)\">\\s*<h3>" + Pattern.quote(subject) + "</h3>")
            .matcher(councilPage);
        assertThat(m.find()).as("request %s", subject).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void membersAreCorrectedAndEndedWhileAtLeastHalfComeFromNgos() {
        long jst = jstId(KRASOCIN);
        String council = "/council/" + jst;
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KRASOCIN));
        String w = TestOrganizations.word();
        String anna = "Anna Nowak " + w;
        String ewa = "Ewa Zielińska " + w;
        String jan = "Jan Kowalski " + w;
        String piotr = "Piotr Wiśniewski " + w;
        assertThat(official
            .submit(council + "/composition", council + "/composition",
                    Map.of("startsOn", "2027-01-01", "ngoMembers", anna + "\n" + ewa, "jstMembers", jan + "\n" + piotr))
            .status()).isEqualTo(302);
        String page = official.get(council).body();
        long annaId = memberId(page, anna);
        long janId = memberId(page, jan);
        String annaPath = council + "/members/" + annaId;

        // ending an NGO member would leave 1 NGO member of 3: refused with a clear
        // message, nothing changed
        Page form = official.get(annaPath + "/edit");
        assertThat(form.status()).isEqualTo(200);
        Page refused = official.post(annaPath + "/end", Map.of("endedOn", "2027-06-30"), form.csrf());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text())
            .contains("Po tej zmianie w radzie byłoby 1 członków z organizacji pozarządowych na 3 – mniej niż połowa.");
        assertThat(visitor().get(council).text()).contains(anna).doesNotContain("członkostwo zakończone");
        // nor may an NGO member be moved to the JST side
        Page side = official.post(annaPath + "/edit", Map.of("name", anna, "side", "JST"), form.csrf());
        assertThat(side.status()).isEqualTo(422);
        assertThat(side.text()).contains("mniej niż połowa");
        // a typo is corrected
        Page renamed = official.post(annaPath + "/edit", Map.of("name", anna + "-Kowal", "side", "NGO"), form.csrf());
        assertThat(renamed.status()).isEqualTo(302);
        assertThat(visitor().get(council).text()).contains(anna + "-Kowal Organizacje pozarządowe");
        Page blank = official.post(annaPath + "/edit", Map.of("name", " ", "side", "NGO"), form.csrf());
        assertThat(blank.status()).isEqualTo(422);

        // after a new NGO member is appointed, Anna's membership may end; a JST member's
        // end is always allowed
        String nowy = "Zofia Nowa " + w;
        assertThat(official.post(council + "/members/new", Map.of("name", nowy, "side", "NGO"), form.csrf()).status())
            .isEqualTo(302);
        assertThat(official.post(annaPath + "/end", Map.of("endedOn", "2027-06-30"), form.csrf()).status())
            .isEqualTo(302);
        assertThat(official.post(council + "/members/" + janId + "/end", Map.of("endedOn", "2027-07-31"), form.csrf())
            .status()).isEqualTo(302);
        String after = visitor().get(council).text();
        assertThat(after).contains(anna + "-Kowal (Organizacje pozarządowe) – członkostwo zakończone 30.06.2027",
                jan + " (Samorząd) – członkostwo zakończone 31.07.2027", nowy);
        // an ended membership is not ended again
        assertThat(official.post(annaPath + "/end", Map.of("endedOn", "2027-08-01"), form.csrf()).status())
            .isEqualTo(409);
        // appointing a JST member that would break the rule: 2 NGO of 2 + 2 JST is fine,
        // 3 JST is not
        assertThat(official
            .post(council + "/members/new", Map.of("name", "Adam Urzędowy " + w, "side", "JST"), form.csrf())
            .status()).isEqualTo(302);
        Page third = official.post(council + "/members/new", Map.of("name", "Olga Urzędowa " + w, "side", "JST"),
                form.csrf());
        assertThat(third.status()).isEqualTo(422);
        assertThat(third.text()).contains("mniej niż połowa");

        // only the JST's officials
        WebClient stranger = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        String token = stranger.get("/consultations/new").csrf();
        assertThat(stranger.get(annaPath + "/edit").status()).isEqualTo(403);
        assertThat(stranger
            .post(council + "/members/" + memberId(official.get(council).body(), nowy) + "/end",
                    Map.of("endedOn", "2027-06-30"), token)
            .status()).isEqualTo(403);
        assertThat(stranger.post(council + "/members/new", Map.of("name", "Podrobiony", "side", "NGO"), token).status())
            .isEqualTo(403);
        WebClient member = loggedIn(userWithRole(Role.COUNCIL_MEMBER, KRASOCIN));
        assertThat(
                member.post(annaPath + "/edit", Map.of("name", "Podrobiona", "side", "NGO"), member.get(council).csrf())
                    .status())
            .isEqualTo(403);
        // a member of another JST's council is not found through this JST
        assertThat(stranger.get("/council/" + jstId(SECEMIN) + "/members/" + annaId + "/edit").status()).isEqualTo(404);
    }

    @Test
    void requestForOpinionIsCorrectedOrWithdrawnOnlyWhileItWaits() {
        long jst = jstId(KRASOCIN);
        String council = "/council/" + jst;
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KRASOCIN));
        LocalDate today = LocalDate.now(clock);
        long consultation = ConsultationFixtures.publish(official,
                ConsultationFixtures.form(jst, "Program do zaopiniowania " + TestOrganizations.word(), today,
                        today.plusDays(20), "NGOS", ConsultationFixtures.DRAFT));
        String w = TestOrganizations.word();
        String a = "Projekt A " + w;
        String b = "Projekt B " + w;
        String c = "Projekt C " + w;
        String newPath = council + "/opinions/new";
        for (String subject : new String[] { a, b, c }) {
            assertThat(
                    official.submit(newPath, newPath, Map.of("subject", subject, "consultationId", "" + consultation))
                        .status())
                .isEqualTo(302);
        }
        String page = official.get(council).body();
        long idA = requestId(page, a);
        long idB = requestId(page, b);
        long idC = requestId(page, c);
        String token = official.get(council).csrf();

        // A: corrected, then withdrawn; it disappears from the consultation page, and
        // cannot be changed any more
        Page edit = official.get(council + "/opinions/" + idA + "/edit");
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.inputValue("subject")).isEqualTo(a);
        assertThat(official
            .post(council + "/opinions/" + idA + "/edit",
                    Map.of("subject", a + " (poprawiony)", "consultationId", "" + consultation), token)
            .status()).isEqualTo(302);
        assertThat(visitor().get("/consultations/" + consultation).text()).contains(a + " (poprawiony)");
        assertThat(official
            .post(council + "/opinions/" + idA + "/edit", Map.of("subject", "", "consultationId", ""), token)
            .status()).isEqualTo(422);
        assertThat(official.post(council + "/opinions/" + idA + "/withdraw", Map.of(), token).status()).isEqualTo(302);
        assertThat(visitor().get(council).text()).contains(a + " (poprawiony)", "Wniosek wycofany");
        assertThat(visitor().get("/consultations/" + consultation).text()).doesNotContain(a + " (poprawiony)")
            .contains(b);
        assertThat(official
            .post(council + "/opinions/" + idA + "/edit", Map.of("subject", "Znowu", "consultationId", ""), token)
            .status()).isEqualTo(409);
        assertThat(official.post(council + "/opinions/" + idA + "/withdraw", Map.of(), token).status()).isEqualTo(409);
        WebClient member = loggedIn(userWithRole(Role.COUNCIL_MEMBER, KRASOCIN));
        String memberToken = member.get(council).csrf();
        assertThat(member.post(council + "/opinions/" + idA, Map.of("opinion", "Za późno"), memberToken).status())
            .isEqualTo(409);

        // B: once the council has given its opinion, 409
        assertThat(
                member.post(council + "/opinions/" + idB, Map.of("opinion", "Opinia pozytywna."), memberToken).status())
            .isEqualTo(302);
        Page answered = official.post(council + "/opinions/" + idB + "/edit",
                Map.of("subject", "Zmiana", "consultationId", ""), token);
        assertThat(answered.status()).isEqualTo(409);
        assertThat(answered.text()).contains("Wniosek nie czeka już na opinię");
        assertThat(official.post(council + "/opinions/" + idB + "/withdraw", Map.of(), token).status()).isEqualTo(409);

        // crafted requests: another JST's official, a council member, a resident → 403
        WebClient stranger = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        String strangerToken = stranger.get("/consultations/new").csrf();
        assertThat(stranger.get(council + "/opinions/" + idC + "/edit").status()).isEqualTo(403);
        assertThat(stranger.post(council + "/opinions/" + idC + "/withdraw", Map.of(), strangerToken).status())
            .isEqualTo(403);
        assertThat(member.post(council + "/opinions/" + idC + "/withdraw", Map.of(), memberToken).status())
            .isEqualTo(403);
        assertThat(member
            .post(council + "/opinions/" + idC + "/edit", Map.of("subject", "X", "consultationId", ""), memberToken)
            .status()).isEqualTo(403);

        // C: after the 14 days it has lapsed: 409
        clock.advance(Duration.ofDays(15));
        assertThat(official.post(council + "/opinions/" + idC + "/withdraw", Map.of(), token).status()).isEqualTo(409);
        assertThat(visitor().get("/consultations/" + consultation).text()).contains(c,
                "Rada nie wydała opinii w terminie.");
    }

    @Test
    void councilMeetingIsCorrectedAndDeletedByTheOffice() {
        long jst = jstId(KRASOCIN);
        String council = "/council/" + jst;
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KRASOCIN));
        String w = TestOrganizations.word();
        Page added = official.submit(council + "/meetings/new", council + "/meetings/new", Map.of("startsAt",
                "2027-03-10T16:00", "place", "Sala narad " + w, "agenda", "Opinia o programie", "minutes", ""));
        long id = Long.parseLong(added.location().replaceAll(".*#meeting-", ""));
        String edit = council + "/meetings/" + id + "/edit";
        Page form = official.get(edit);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.inputValue("startsAt")).isEqualTo("2027-03-10T16:00");
        assertThat(official
            .post(edit, Map.of("startsAt", "wtorek", "place", "Sala", "agenda", "A", "minutes", ""), form.csrf())
            .status()).isEqualTo(422);
        assertThat(
                official
                    .post(edit,
                            Map.of("startsAt", "2027-03-11T17:30", "place", "Świetlica " + w, "agenda",
                                    "Opinia o programie", "minutes", "Rada zaopiniowała projekt pozytywnie."),
                            form.csrf())
                    .status())
            .isEqualTo(302);
        assertThat(visitor().get(council).text())
            .contains("11.03.2027", "Świetlica " + w, "Rada zaopiniowała projekt pozytywnie.")
            .doesNotContain("Sala narad " + w);

        WebClient stranger = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        String token = stranger.get("/consultations/new").csrf();
        assertThat(stranger.get(edit).status()).isEqualTo(403);
        assertThat(stranger.post(council + "/meetings/" + id + "/delete", Map.of(), token).status()).isEqualTo(403);
        WebClient member = loggedIn(userWithRole(Role.COUNCIL_MEMBER, KRASOCIN));
        assertThat(member.post(council + "/meetings/" + id + "/delete", Map.of(), member.get(council).csrf()).status())
            .isEqualTo(403);
        assertThat(official.get("/council/" + jstId(SECEMIN) + "/meetings/" + id + "/edit").status()).isEqualTo(403);

        assertThat(official.post(council + "/meetings/" + id + "/delete", Map.of(), form.csrf()).status())
            .isEqualTo(302);
        assertThat(visitor().get(council).text()).doesNotContain("Świetlica " + w);
        assertThat(official.get(edit).status()).isEqualTo(404);
    }

}
