package pl.wspolnie.governance;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.pdf.PdfUa;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.governance.GovernanceFixtures.agreement;

/**
 * Versioned documents (point 7 of issue 17): a document's versions are immutable with
 * their SHA-256 and PDF; a draft goes to consultation (a consultation of the
 * consultations module; the Council's members are told by mail), is adopted by a
 * resolution of the register and in force from a day, superseded by the next adopted
 * version; the diff of two versions by paragraph in words; the version in force on a day;
 * permanent links to a version and its paragraphs. Only the coordinator and Council
 * members edit (403).
 */
class DocumentsTest extends CouncilMeetingSupport {

    private static final DateTimeFormatter PL = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    static final String V1 = "§ 1. Rada liczy siedmiu członków.\n§ 2. Rada obraduje raz na kwartał.\n"
            + "§ 3. Posiedzenia są jawne.";

    static final String V2 = "§ 1. Rada liczy siedmiu członków.\n§ 2. Rada obraduje co najmniej raz w miesiącu.\n"
            + "§ 4. Protokoły publikuje się na platformie.";

    @Test
    void aRegulationGoesFromDraftThroughConsultationToAdoptionAndIsSupersededByTheNextVersion() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String w = TestOrganizations.word();
        WebClient coordinator = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        long id = agreement(coordinator, jstId(POWIAT), "Porozumienie Dokumenty " + w);
        String path = "/governance/" + id;
        String meeting = councilMeetingToday(coordinator, id, w);
        long[] members = memberIds(id);
        bothPresent(coordinator, meeting, members);
        String r1 = adoptResolution(coordinator, meeting, members, "Przyjęcie regulaminu Rady " + w);
        String r2 = adoptResolution(coordinator, meeting, members, "Zmiana regulaminu Rady " + w);

        // only the coordinator and the Council's members edit
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        assertThat(official.get(path + "/documents/new").status()).isEqualTo(403);
        Map<String, String> form = Map.of("kind", "COUNCIL_REGULATION", "title", "Regulamin Rady " + w, "text", V1);
        assertThat(official.post(path + "/documents/new", form, official.get(path).csrf()).status()).isEqualTo(403);
        Page empty = coordinator.submit(path + "/documents/new", path + "/documents/new",
                Map.of("kind", "COUNCIL_REGULATION", "title", "Pusty", "text", ""));
        assertThat(empty.status()).isEqualTo(422);

        String document = coordinator.submit(path + "/documents/new", path + "/documents/new", form).redirectPath();
        assertThat(visitor().get(path + "/documents").text()).contains("Regulamin Rady " + w, "żadna wersja");
        assertThat(visitor().get(document).text()).contains("projekt",
                "Dnia " + PL.format(today) + " dokument nie obowiązywał");

        // the draft goes to consultation; the Council's members are told
        String token = coordinator.get(document).csrf();
        assertThat(official
            .post(document + "/versions/1/consultation", Map.of("endsOn", today.plusDays(21).toString()),
                    official.get(path).csrf())
            .status()).isEqualTo(403);
        assertThat(coordinator
            .post(document + "/versions/1/consultation", Map.of("endsOn", today.plusDays(21).toString()), token)
            .redirectPath()).isEqualTo(document);
        assertThat(coordinator.get(document).text()).contains("Wersja została skierowana do konsultacji.");
        String v1 = document + "/versions/1";
        Page v1Page = visitor().get(v1);
        assertThat(v1Page.text()).contains("w konsultacjach", "Strona konsultacji");
        long consultation = jdbc
            .sql("select consultation_id from governance_document_version v "
                    + "join governance_document d on d.id = v.document_id where d.agreement_id = ? and v.number = 1")
            .param(id)
            .query(Long.class)
            .single();
        assertThat(visitor().get("/consultations/" + consultation).text()).contains("Regulamin Rady " + w,
                "Rada obraduje raz na kwartał.");
        assertThat(TestMailServer.awaitMail(emailOf(members[1]), "Konsultacje dokumentu"))
            .contains("Regulamin Rady " + w, "/consultations/" + consultation);

        // adopted by resolution 1 from today
        assertThat(official
            .post(v1 + "/adoption", Map.of("resolutionId", idOf(r1), "inForceFrom", today.toString()),
                    official.get(path).csrf())
            .status()).isEqualTo(403);
        coordinator.post(v1 + "/adoption", Map.of("resolutionId", idOf(r1), "inForceFrom", today.toString()), token);
        assertThat(coordinator.get(document).text()).contains("Przyjęcie wersji zostało zapisane.",
                "Tekst obowiązujący dnia " + PL.format(today) + " (wersja 1");
        assertThat(visitor().get(r1).text()).contains("Dokumenty przyjęte tą uchwałą", "Regulamin Rady " + w);

        // version 2, adopted by resolution 2 from a later day (not the same day)
        Page v2Form = coordinator.get(document + "/versions/new");
        assertThat(v2Form.body()).contains("Rada obraduje raz na kwartał.");
        String v2 = coordinator.submit(document + "/versions/new", document + "/versions/new", Map.of("text", V2))
            .redirectPath();
        assertThat(v2).endsWith("/versions/2");
        coordinator.post(v2 + "/adoption", Map.of("resolutionId", idOf(r2), "inForceFrom", today.toString()), token);
        assertThat(coordinator.get(document).text()).contains("Nowa wersja musi obowiązywać później");
        LocalDate later = today.plusDays(30);
        coordinator.post(v2 + "/adoption", Map.of("resolutionId", idOf(r2), "inForceFrom", later.toString()), token);
        coordinator.get(document);

        // the version in force on a day
        assertThat(visitor().get(document + "?date=" + today).text())
            .contains("Tekst obowiązujący dnia " + PL.format(today) + " (wersja 1", "Rada obraduje raz na kwartał.");
        assertThat(visitor().get(document + "?date=" + later).text())
            .contains("Tekst obowiązujący dnia " + PL.format(later) + " (wersja 2",
                    "Rada obraduje co najmniej raz w miesiącu.")
            .doesNotContain("Rada obraduje raz na kwartał.");
        assertThat(visitor().get(document + "?date=" + today.minusDays(1)).text()).contains("nie obowiązywał");
        assertThat(visitor().get(v1).text())
            .contains("zastąpiona: obowiązywała od " + PL.format(today) + " do " + PL.format(later.minusDays(1)));

        // the diff, in words, with ins/del and permanent links to the paragraphs
        Page diff = visitor().get(document + "/diff?from=1&to=2");
        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.text()).contains("§ 1 bez zmian", "§ 2 zmieniony Było: Rada obraduje raz na kwartał.",
                "Jest: Rada obraduje co najmniej raz w miesiącu.", "§ 4 dodany", "§ 3 usunięty");
        assertThat(diff.body()).contains("<del>", "<ins>", "/versions/2#§4", "/versions/1#§3");
        assertThat(visitor().get(v2).body()).contains("id=\"§2\"", "href=\"" + v2 + "#§2\"");

        // immutable versions with SHA-256 and PDF
        String sha = HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(V1.getBytes(StandardCharsets.UTF_8)));
        assertThat(v1Page.text()).contains(sha);
        HttpResponse<byte[]> pdf = visitor().getBytes(v1 + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        // to look at
        Files.write(Path.of("target", "governance-document-version.pdf"), pdf.body());
        assertThat(PdfUa.text(pdf.body())).contains("Regulamin Rady " + w, "Rada obraduje raz na kwartał.",
                sha.substring(0, 16));
        // a superseded version says so, with the days it was in force
        assertThat(PdfUa.text(pdf.body()).replaceAll("\\s+", " "))
            .contains("zastąpiona: obowiązywała od " + PL.format(today) + " do " + PL.format(later.minusDays(1)))
            .doesNotContain("obowiązuje od");
        assertThat(PdfUa.text(visitor().getBytes(v2 + ".pdf").body()).replaceAll("\\s+", " "))
            .contains("przyjęta, obowiązuje od " + PL.format(later));

        // audited
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'DocumentVersion'")
            .query(Long.class)
            .single()).isGreaterThanOrEqualTo(2);
    }

}
