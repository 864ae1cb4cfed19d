package pl.wspolnie.competitions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.FilePart;
import pl.wspolnie.support.WebClient.Page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;
import java.net.http.HttpResponse;

/**
 * Attachments to an offer: type by the first bytes and the size limit as field errors,
 * who may download, the digests in the submitted version's checksum, immutability after
 * submission, missing attachments as a formal defect.
 */
class OfferAttachmentTest extends IntegrationTest {

    long competitionId;

    long taskId;

    LocalDate periodFrom;

    WebClient official;

    static final byte[] PDF = "%PDF-1.4\n% statut fundacji – żółć\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };

    @BeforeEach
    void publishedCompetition() {
        official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        competitionId = OfferTestCompetitions.publish(official, jstId(POWIAT),
                "Konkurs z załącznikami " + TestOrganizations.word(), LocalDateTime.now(WARSAW).plusDays(30), Map.of());
        taskId = CompetitionFixtures.taskId(jdbc, competitionId);
        periodFrom = CompetitionFixtures.periodFrom(jdbc, competitionId);
    }

    @Test
    void aFileOfTheWrongTypeOrTooLargeIsAFieldErrorAndNothingIsStored() {
        Draft d = draft("Oferta z błędnymi plikami");
        String csrf = d.ngo.get("/offers/" + d.offerId).csrf();

        Page renamed = upload(d, "Statut", "statut.pdf", PNG, csrf);
        assertThat(renamed.status()).as("the offer's page again").isEqualTo(422);
        assertThat(renamed.body()).contains("href=\"#attachment-file\"");
        assertThat(renamed.text()).contains("Dozwolone są tylko pliki PDF, JPEG, PNG, ODT i DOCX");
        Page exe = upload(d, "", "program.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), csrf);
        assertThat(exe.text()).contains("Dozwolone są tylko pliki PDF, JPEG, PNG, ODT i DOCX");
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        Page tooLarge = upload(d, "Statut", "statut.pdf", big, csrf);
        assertThat(tooLarge.text()).contains("Plik jest za duży: najwyżej 10 MB.");
        assertThat(tooLarge.body()).contains("aria-invalid=\"true\"");
        assertThat(jdbc.sql("select count(*) from offer_attachment where offer_id = ?")
            .param(d.offerId)
            .query(Long.class)
            .single()).isZero();

        Page ok = upload(d, "Statut", "statut.pdf", PDF, csrf);
        assertThat(ok.text()).contains("Załącznik dodano.", "statut.pdf", sha256(PDF))
            .contains("Brak wymaganych załączników: Sprawozdanie finansowe");
        Page image = upload(d, "", "plakat.png", PNG, csrf);
        assertThat(image.text()).contains("plakat.png", "Inny załącznik");
    }

    @Test
    void onlyTheOfferorsTheOfficialsAndTheCommissionAfterTheDeadlineMayDownload() {
        Draft d = draft("Oferta z dostępem");
        String csrf = d.ngo.get("/offers/" + d.offerId).csrf();
        long attachmentId = attachStatute(d, csrf);
        String url = "/offers/" + d.offerId + "/attachments/" + attachmentId;

        assertThat(d.ngo.getBytes(url).body()).isEqualTo(PDF);
        assertThat(official.get(url).status()).as("a draft is private").isEqualTo(403);
        assertThat(loggedIn(plainUser()).get(url).status()).isEqualTo(403);

        // A member of the commission.
        String member = plainUser();
        provisioning.ensureConfirmedUser(member, "", "");
        String competitionCsrf = official.get("/competitions/" + competitionId + "/commission").csrf();
        assertThat(official
            .post("/competitions/" + competitionId + "/commission", Map.of("email", member), competitionCsrf)
            .status()).isEqualTo(302);

        submit(d);
        assertThat(official.getBytes(url).body()).isEqualTo(PDF);
        assertThat(loggedIn(userWithRole(Role.OFFICIAL, SECEMIN)).get(url).status()).as("another JST").isEqualTo(403);
        WebClient memberClient = loggedIn(member);
        assertThat(memberClient.get(url).status()).as("before the deadline").isEqualTo(403);
        clock.advance(Duration.ofDays(31));
        HttpBytes bytes = new HttpBytes(memberClient.getBytes(url));
        assertThat(bytes.status).isEqualTo(200);
        assertThat(bytes.body).isEqualTo(PDF);
        assertThat(bytes.disposition).startsWith("attachment").contains("statut.pdf");
        assertThat(loggedIn(plainUser()).get(url).status()).as("a stranger after the deadline").isEqualTo(403);
        // A crafted id of a file of no offer is 404.
        assertThat(official.get("/offers/" + d.offerId + "/attachments/999999999").status()).isEqualTo(404);
    }

    @Test
    void theDigestsAreInTheChecksumAndTheFilesCannotChangeAfterSubmissionExceptUnderACallForCorrections()
            throws Exception {
        Draft d = draft("Oferta z podpisanym statutem");
        String csrf = d.ngo.get("/offers/" + d.offerId).csrf();
        upload(d, "Statut", "statut.pdf", PDF, csrf);
        Page submitted = submit(d);
        assertThat(submitted.text()).contains("Ofertę złożono bez wymaganych załączników: Sprawozdanie finansowe");

        String v1 = content(d.offerId, 1);
        assertThat(v1).contains("\"sha256\":\"" + sha256(PDF) + "\"", "\"requiredName\":\"Statut\"");
        assertThat(checksum(d.offerId, 1)).isEqualTo(sha256(v1.getBytes(StandardCharsets.UTF_8)));
        long firstFile = jdbc.sql("select id from offer_attachment where offer_id = ?")
            .param(d.offerId)
            .query(Long.class)
            .single();

        // The formal review shows the missing attachment by itself.
        Page review = official.get("/offers/" + d.offerId + "/review");
        assertThat(review.text()).contains("Brak załącznika: Sprawozdanie finansowe", "statut.pdf");

        // Submitted: the files are locked, in the application (409) and in the database.
        Page locked = upload(d, "", "inny.pdf", PDF, csrf);
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.text())
            .contains("W obecnym stanie oferty (np. złożonej, wycofanej lub po decyzji) nie można tego zrobić.");
        assertThat(
                d.ngo.post("/offers/" + d.offerId + "/attachments/" + firstFile + "/delete", Map.of(), csrf).status())
            .isEqualTo(409);
        assertThatThrownBy(() -> jdbc.sql("update offer_attachment set file_name = 'x.pdf' where id = ?")
            .param(firstFile)
            .update()).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from offer_attachment where id = ?").param(firstFile).update())
            .hasMessageContaining("cannot be deleted");

        // A call for corrections of part III does not unlock the attachments …
        Map<String, String> call = new LinkedHashMap<>(Map.of("result", "CORRECTIONS_REQUESTED", "sections", "III"));
        assertThat(official.post("/offers/" + d.offerId + "/review", call, review.csrf()).status()).isEqualTo(302);
        assertThat(upload(d, "Sprawozdanie finansowe", "sprawozdanie.pdf", PDF, csrf).status()).isEqualTo(409);
        Page unchanged = d.ngo.post("/offers/" + d.offerId,
                CompetitionFixtures.offer(taskId, "Oferta z podpisanym statutem", periodFrom, periodFrom.plusMonths(6)),
                csrf);
        assertThat(unchanged.text()).as("the same content again").contains("Oferta nie zmieniła się");
        Map<String, String> form = CompetitionFixtures.offer(taskId, "Oferta z podpisanym statutem", periodFrom,
                periodFrom.plusMonths(6));
        form.put("summary", "Opis poprawiony po wezwaniu.");
        assertThat(d.ngo.post("/offers/" + d.offerId, form, csrf).status()).isEqualTo(302);
        // … one naming the attachments does: a new statute replaces the old one, the
        // report is added.
        call.put("sections", "ATTACHMENTS");
        assertThat(official.post("/offers/" + d.offerId + "/review", call, review.csrf()).status()).isEqualTo(302);
        assertThat(d.ngo.get("/offers/" + d.offerId).text()).contains("Popraw części: załączniki");
        byte[] newStatute = "%PDF-1.4\n% statut po zmianach\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        assertThat(upload(d, "Statut", "statut-2026.pdf", newStatute, csrf).text()).contains("Załącznik dodano.");
        upload(d, "Sprawozdanie finansowe", "sprawozdanie.pdf", PDF, csrf);
        Page corrected = d.ngo.post("/offers/" + d.offerId, form, csrf).status() == 302
                ? d.ngo.get("/offers/" + d.offerId) : null;
        assertThat(corrected).isNotNull();
        assertThat(corrected.text()).doesNotContain("Ofertę złożono bez wymaganych załączników");

        String v3 = content(d.offerId, 3);
        assertThat(v3).contains(sha256(newStatute), "sprawozdanie.pdf").doesNotContain("\"fileName\":\"statut.pdf\"");
        assertThat(checksum(d.offerId, 3)).isNotEqualTo(checksum(d.offerId, 2))
            .isEqualTo(sha256(v3.getBytes(StandardCharsets.UTF_8)));
        assertThat(content(d.offerId, 2)).as("the earlier version keeps its file").contains(sha256(PDF), "statut.pdf");
        // The replaced file still exists (the earlier versions point at it) and still
        // downloads.
        assertThat(official.getBytes("/offers/" + d.offerId + "/attachments/" + firstFile).body()).isEqualTo(PDF);
        assertThat(official.get("/offers/" + d.offerId + "/review").text()).doesNotContain("Brak załącznika");
    }

    @Test
    void anotherOrganisationMayNotAttachOrRemove() {
        Draft d = draft("Oferta cudza");
        String csrf = d.ngo.get("/offers/" + d.offerId).csrf();
        long id = attachStatute(d, csrf);
        WebClient other = loggedIn(plainUser());
        String otherCsrf = other.get("/offers/verify").csrf();
        assertThat(other
            .postMultipart("/offers/" + d.offerId + "/attachments", Map.of("requiredName", ""),
                    Map.of("file", new FilePart("a.pdf", "application/pdf", PDF)), otherCsrf)
            .status()).isEqualTo(403);
        assertThat(other.post("/offers/" + d.offerId + "/attachments/" + id + "/delete", Map.of(), otherCsrf).status())
            .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from offer_attachment where offer_id = ?")
            .param(d.offerId)
            .query(Long.class)
            .single()).isEqualTo(1L);
    }

    record Draft(long offerId, WebClient ngo, String email) {
    }

    record HttpBytes(int status, byte[] body, String disposition) {
        HttpBytes(HttpResponse<byte[]> r) {
            this(r.statusCode(), r.body(), r.headers().firstValue("Content-Disposition").orElse(""));
        }
    }

    private Draft draft(String title) {
        String email = plainUser();
        WebClient ngo = loggedIn(email);
        long org = organisationRepresentedBy(email, "Stowarzyszenie Plikowe " + TestOrganizations.word(), KLUCZEWSKO,
                true);
        Page started = ngo.post("/competitions/" + competitionId + "/offers",
                Map.of("leadOrganizationId", String.valueOf(org), "title", title),
                ngo.get("/competitions/" + competitionId).csrf());
        long offerId = Long.parseLong(started.location().replaceAll(".*/offers/(\\d+).*", "$1"));
        return new Draft(offerId, ngo, email);
    }

    private Page submit(Draft d) {
        String title = jdbc.sql("select title from offer where id = ?").param(d.offerId).query(String.class).single();
        Page page = d.ngo.post("/offers/" + d.offerId,
                CompetitionFixtures.offer(taskId, title, periodFrom, periodFrom.plusMonths(6)),
                d.ngo.get("/offers/" + d.offerId).csrf());
        assertThat(page.status()).as(page.text()).isEqualTo(302);
        return d.ngo.get("/offers/" + d.offerId);
    }

    /**
     * Uploads and follows the redirect back to the offer's page (or returns the error
     * status).
     */
    /** Attaches the statute (a PDF) as the only file of the draft; returns its id. */
    private long attachStatute(Draft d, String csrf) {
        upload(d, "Statut", "statut.pdf", PDF, csrf);
        return jdbc.sql("select id from offer_attachment where offer_id = ?")
            .param(d.offerId)
            .query(Long.class)
            .single();
    }

    private Page upload(Draft d, String requiredName, String fileName, byte[] bytes, String csrf) {
        Page p = d.ngo.postMultipart("/offers/" + d.offerId + "/attachments", Map.of("requiredName", requiredName),
                Map.of("file", new FilePart(fileName, "application/pdf", bytes)), csrf);
        return p.status() == 302 ? d.ngo.get("/offers/" + d.offerId) : p;
    }

    private String content(long offerId, int number) {
        return jdbc.sql("select content from offer_version where offer_id = ? and number = ?")
            .params(offerId, number)
            .query(String.class)
            .single();
    }

    private String checksum(long offerId, int number) {
        return jdbc.sql("select checksum from offer_version where offer_id = ? and number = ?")
            .params(offerId, number)
            .query(String.class)
            .single();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
