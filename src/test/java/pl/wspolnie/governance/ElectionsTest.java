package pl.wspolnie.governance;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.governance.GovernanceFixtures.agreement;
import static pl.wspolnie.governance.GovernanceFixtures.applyAsNgo;
import static pl.wspolnie.governance.GovernanceFixtures.decide;
import static pl.wspolnie.governance.GovernanceFixtures.mandate;
import static pl.wspolnie.governance.GovernanceFixtures.partyId;

/**
 * Elections by the Forum (point 4 of issue 17): Forum members nominate, candidates
 * accept, each party casts one ballot through its representative or (while the
 * representative has not voted) its substitute — a second ballot 409, a person who
 * represents no party 403 —, the quorum of the agreement decides whether anybody is
 * elected, the results and a protocol PDF are published, and the elected take the NGO
 * seats of the Council.
 */
class ElectionsTest extends IntegrationTest {

    record Setup(long agreement, WebClient coordinator, long[] parties, String[] representatives, String substitute,
            String word) {
    }

    /**
     * An agreement of the powiat with NGO parties, each represented in the Forum (the
     * last one with a substitute too), and a Council term from today.
     */
    private Setup setup(int ngos, String settings) {
        LocalDate today = LocalDate.now(clock);
        String w = TestOrganizations.word();
        WebClient coordinator = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        long id = agreement(coordinator, jstId(POWIAT), "Porozumienie Wybory " + w);
        String path = "/governance/" + id;
        long[] parties = new long[ngos];
        String[] reps = new String[ngos];
        String substitute = null;
        for (int i = 0; i < ngos; i++) {
            String ngoEmail = uniqueEmail("ngo" + i);
            String name = "Organizacja " + (char) ('A' + i) + " " + w;
            long org = organisationRepresentedBy(ngoEmail, name, KLUCZEWSKO, true);
            WebClient ngo = loggedIn(ngoEmail);
            applyAsNgo(ngo, id, org);
            parties[i] = partyId(coordinator.get(path).body(), name);
            decide(coordinator, id, parties[i], "ACCEPT", "");
            reps[i] = uniqueEmail("przedstawiciel" + i);
            provisioning.ensureConfirmedUser(reps[i], "Przedstawiciel " + (char) ('A' + i) + " " + w, DEMO_PASSWORD);
            assertThat(mandate(ngo, id, parties[i], "REPRESENTATIVE", reps[i], today.toString()).status())
                .isEqualTo(302);
            if (i == ngos - 1) {
                substitute = uniqueEmail("zastepca");
                provisioning.ensureConfirmedUser(substitute, "Zastępca " + w, DEMO_PASSWORD);
                assertThat(mandate(ngo, id, parties[i], "SUBSTITUTE", substitute, today.toString()).status())
                    .isEqualTo(302);
            }
        }
        String council = path + "/council";
        assertThat(coordinator
            .post(council + "/terms", Map.of("startsOn", today.toString(), "endsOn", today.plusYears(3).toString()),
                    coordinator.get(council).csrf())
            .status()).isEqualTo(302);
        if (settings != null) {
            Map<String, String> fields = new HashMap<>();
            for (String pair : settings.split(",")) {
                String[] kv = pair.split("=");
                fields.put(kv[0], kv[1]);
            }
            assertThat(coordinator.submit(path + "/settings", path + "/settings", fields).status()).isEqualTo(302);
        }
        return new Setup(id, coordinator, parties, reps, substitute, w);
    }

    private long call(Setup s) {
        String council = "/governance/" + s.agreement() + "/council";
        Page called = s.coordinator()
            .post("/governance/" + s.agreement() + "/elections", Map.of("title", "Wybory " + s.word()),
                    s.coordinator().get(council).csrf());
        Matcher m = Pattern.compile("/elections/(\\d+)$").matcher(called.redirectPath());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static Page nominate(WebClient who, String election, String email, long party) {
        return who.post(election + "/nominations", Map.of("email", email, "partyId", String.valueOf(party)),
                who.get(election).csrf());
    }

    private static long nominationId(String electionPage, String candidate) {
        Matcher m = Pattern.compile("/nominations/(\\d+)/accept\"").matcher(electionPage);
        assertThat(m.find()).as("accept button of %s", candidate).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static Page vote(WebClient who, String election, List<Long> choices) {
        String token = who.get(election).csrf();
        StringBuilder body = new StringBuilder();
        Map<String, String> fields = new HashMap<>();
        // several values of one name: the WebClient posts a map, so the choices go in the
        // query string
        for (Long c : choices) {
            body.append(body.length() == 0 ? "?" : "&").append("choices=").append(c);
        }
        return who.post(election + "/ballot" + body, fields, token);
    }

    @Test
    void theForumElectsTheNgoMembersOfTheCouncil() throws IOException {
        Setup s = setup(4, null);
        String w = s.word();
        long id = s.agreement();
        long electionId = call(s);
        String election = "/governance/" + id + "/elections/" + electionId;
        assertThat(visitor().get(election).text()).contains("Wybory " + w, "Zgłaszanie kandydatów",
                "Miejsc do obsadzenia: 3", "Kworum: 50% stron porozumienia");
        assertThat(visitor().get(election + "/protocol.pdf").status()).isEqualTo(404);

        String[] candidates = new String[4];
        long[] nominations = new long[4];
        WebClient repA = loggedIn(s.representatives()[0]);
        for (int i = 0; i < 4; i++) {
            candidates[i] = uniqueEmail("kandydat" + i);
            provisioning.ensureConfirmedUser(candidates[i], "Kandydat " + i + " " + w, DEMO_PASSWORD);
            assertThat(nominate(repA, election, candidates[i], s.parties()[i]).redirectPath()).isEqualTo(election);
        }
        assertThat(TestMailServer.awaitMail(candidates[0], "Zgłoszenie kandydatury")).contains("Organizacja A " + w);
        // not a Forum member: 403; a candidate of the JST party: refused
        WebClient stranger = loggedIn(plainUser());
        assertThat(nominate(stranger, election, candidates[0], s.parties()[0]).status()).isEqualTo(403);
        long powiatParty = partyId(loggedIn(userWithRole(Role.JST_ADMIN, POWIAT)).get("/governance/" + id).body(),
                "Powiat włoszczowski");
        String extra = uniqueEmail("extra");
        provisioning.ensureConfirmedUser(extra, "Extra " + w, DEMO_PASSWORD);
        assertThat(nominate(repA, election, extra, powiatParty).text())
            .contains("Kandydat do miejsc organizacji pozarządowych reprezentuje organizację");
        assertThat(nominate(repA, election, candidates[0], s.parties()[1]).text())
            .contains("Kandydat 0 " + w + " jest już kandydatem w tych wyborach.");

        // each candidate accepts their own nomination only
        for (int i = 0; i < 4; i++) {
            WebClient candidate = loggedIn(candidates[i]);
            nominations[i] = nominationId(candidate.get(election).body(), candidates[i]);
            if (i == 0) {
                assertThat(stranger
                    .post(election + "/nominations/" + nominations[0] + "/accept", Map.of(),
                            stranger.get(election).csrf())
                    .status()).isEqualTo(403);
            }
            assertThat(candidate
                .post(election + "/nominations/" + nominations[i] + "/accept", Map.of(), candidate.get(election).csrf())
                .status()).isEqualTo(302);
        }
        // only the coordinator opens the vote; nobody votes before
        assertThat(vote(repA, election, List.of(nominations[0])).status()).isEqualTo(409);
        assertThat(repA.post(election + "/open", Map.of(), repA.get(election).csrf()).status()).isEqualTo(403);
        assertThat(s.coordinator().post(election + "/open", Map.of(), s.coordinator().get(election).csrf()).status())
            .isEqualTo(302);
        assertThat(nominate(repA, election, extra, s.parties()[0]).status()).isEqualTo(409);

        // one ballot per party
        assertThat(vote(repA, election, List.of(nominations[0], nominations[1])).redirectPath()).isEqualTo(election);
        assertThat(vote(repA, election, List.of(nominations[2])).status()).isEqualTo(409);
        assertThat(vote(stranger, election, List.of(nominations[2])).status()).isEqualTo(403);
        assertThat(vote(s.coordinator(), election, List.of(nominations[2])).status()).isEqualTo(403);
        WebClient repB = loggedIn(s.representatives()[1]);
        assertThat(vote(repB, election, List.of(nominations[0], nominations[2])).status()).isEqualTo(302);
        WebClient repC = loggedIn(s.representatives()[2]);
        vote(repC, election, List.of(nominations[0], nominations[1], nominations[2], nominations[3]));
        assertThat(repC.get(election).text()).contains("Można wybrać najwyżej 3 kandydatów.");
        assertThat(vote(repC, election, List.of(nominations[1])).status()).isEqualTo(302);
        // the substitute votes while the representative has not; then the representative
        // may not
        WebClient substitute = loggedIn(s.substitute());
        assertThat(substitute.get(election).text()).contains("Głos strony: Organizacja D " + w);
        assertThat(vote(substitute, election, List.of(nominations[0], nominations[1])).status()).isEqualTo(302);
        assertThat(vote(loggedIn(s.representatives()[3]), election, List.of(nominations[3])).status()).isEqualTo(409);
        assertThat(visitor().get(election).text()).contains("Głosy oddało 4 z 5 stron (do kworum potrzeba 3).");

        // the close: quorum met, the three with votes elected, the NGO seats filled
        assertThat(repA.post(election + "/close", Map.of(), repA.get(election).csrf()).status()).isEqualTo(403);
        assertThat(s.coordinator()
            .post(election + "/close", Map.of(), s.coordinator().get(election).csrf())
            .redirectPath()).isEqualTo(election);
        String results = visitor().get(election).text();
        assertThat(results).contains("Kworum osiągnięte: głosy oddało 4 z 5 stron.",
                "Kandydat 0 " + w + " Organizacja A " + w + " 3 tak",
                "Kandydat 1 " + w + " Organizacja B " + w + " 3 tak",
                "Kandydat 2 " + w + " Organizacja C " + w + " 1 tak",
                "Kandydat 3 " + w + " Organizacja D " + w + " 0 nie");
        assertThat(vote(repB, election, List.of(nominations[3])).status()).isEqualTo(409);
        String council = visitor().get("/governance/" + id + "/council").text();
        assertThat(council)
            .contains("Kandydat 0 " + w + " Organizacje pozarządowe Organizacja A " + w,
                    "Kandydat 2 " + w + " Organizacje pozarządowe Organizacja C " + w)
            .doesNotContain("Organizacje pozarządowe: 3 z 3 miejsc");

        // the protocol
        HttpResponse<byte[]> pdf = visitor().getBytes(election + "/protocol.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("content-type")).hasValue("application/pdf");
        Files.write(Path.of("target", "governance-protocol.pdf"), pdf.body());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Protokół wyborów", "Kandydat 0 " + w, "Organizacja D " + w, "Kworum osiągnięte");
        }
    }

    @Test
    void withoutTheQuorumNobodyIsElected() {
        Setup s = setup(2, "seatsCityOffice=2,seatsNgo=3,seatsUnit=2,quorumPercent=100,tieRule=EARLIER_NOMINATION");
        long electionId = call(s);
        String election = "/governance/" + s.agreement() + "/elections/" + electionId;
        WebClient repA = loggedIn(s.representatives()[0]);
        String candidate = uniqueEmail("kandydat");
        provisioning.ensureConfirmedUser(candidate, "Kandydatka " + s.word(), DEMO_PASSWORD);
        nominate(repA, election, candidate, s.parties()[0]);
        WebClient c = loggedIn(candidate);
        long n = nominationId(c.get(election).body(), candidate);
        c.post(election + "/nominations/" + n + "/accept", Map.of(), c.get(election).csrf());
        s.coordinator().post(election + "/open", Map.of(), s.coordinator().get(election).csrf());
        assertThat(vote(repA, election, List.of(n)).status()).isEqualTo(302);
        assertThat(vote(loggedIn(s.representatives()[1]), election, List.of(n)).status()).isEqualTo(302);
        s.coordinator().post(election + "/close", Map.of(), s.coordinator().get(election).csrf());
        assertThat(visitor().get(election).text()).contains(
                "Wybory nieważne – brak kworum: głosy oddało 2 z 3 stron, potrzeba 3. Nikt nie został wybrany.",
                "Kandydatka " + s.word() + " Organizacja A " + s.word() + " 2 nie");
        assertThat(visitor().get("/governance/" + s.agreement() + "/council").text())
            .contains("Organizacje pozarządowe: 3 z 3 miejsc");
    }

    @Test
    void aTieForTheLastSeatLeavesItVacantUnderTheNoElectionRule() {
        Setup s = setup(2, "seatsCityOffice=2,seatsNgo=1,seatsUnit=2,quorumPercent=50,tieRule=NO_ELECTION");
        long electionId = call(s);
        String election = "/governance/" + s.agreement() + "/elections/" + electionId;
        WebClient repA = loggedIn(s.representatives()[0]);
        long[] n = new long[2];
        for (int i = 0; i < 2; i++) {
            String candidate = uniqueEmail("remis" + i);
            provisioning.ensureConfirmedUser(candidate, "Remis " + i + " " + s.word(), DEMO_PASSWORD);
            nominate(repA, election, candidate, s.parties()[i]);
            WebClient c = loggedIn(candidate);
            n[i] = nominationId(c.get(election).body(), candidate);
            c.post(election + "/nominations/" + n[i] + "/accept", Map.of(), c.get(election).csrf());
        }
        s.coordinator().post(election + "/open", Map.of(), s.coordinator().get(election).csrf());
        assertThat(vote(repA, election, List.of(n[0])).status()).isEqualTo(302);
        assertThat(vote(loggedIn(s.representatives()[1]), election, List.of(n[1])).status()).isEqualTo(302);
        s.coordinator().post(election + "/close", Map.of(), s.coordinator().get(election).csrf());
        assertThat(visitor().get(election).text()).contains("Kworum osiągnięte: głosy oddało 2 z 3 stron.",
                "Remis 0 " + s.word() + " Organizacja A " + s.word() + " 1 nie",
                "Remis 1 " + s.word() + " Organizacja B " + s.word() + " 1 nie", "nikt z równych go nie obejmuje");
        assertThat(visitor().get("/governance/" + s.agreement() + "/council").text())
            .contains("Organizacje pozarządowe: 1 z 1 miejsc");
    }

}
