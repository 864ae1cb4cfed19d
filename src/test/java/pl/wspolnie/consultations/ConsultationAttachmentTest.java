package pl.wspolnie.consultations;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.FilePart;
import pl.wspolnie.support.WebClient.Page;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.consultations.ConsultationFixtures.DRAFT;
import static pl.wspolnie.consultations.ConsultationFixtures.form;
import static pl.wspolnie.consultations.ConsultationFixtures.publish;

/**
 * Files of a consultation: attachments to the draft and meeting minutes, checked by
 * content, downloaded by anyone.
 */
class ConsultationAttachmentTest extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);

    static byte[] zip(boolean storedFirst, String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                byte[] data = entries[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry e = new ZipEntry(entries[i]);
                if (storedFirst && i == 0) {
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] odt() throws IOException {
        return zip(true, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml",
                "<office:document-content/>");
    }

    static byte[] docx() throws IOException {
        return zip(false, "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
    }

    private Page upload(WebClient client, long id, String meetingId, String name, String type, byte[] bytes) {
        String token = client.get("/consultations/" + id + "/attachments/new").csrf();
        return client.postMultipart("/consultations/" + id + "/attachments/new", Map.of("meetingId", meetingId),
                Map.of("file", new FilePart(name, type, bytes)), token);
    }

    private static long attachmentId(String html, String fileName) {
        Matcher m = Pattern.compile("id=\"attachment-(\\d+)\"[^>]*>" + Pattern.quote(fileName)).matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void officialAttachesDraftFilesAndMinutesAnyoneDownloadsThem() throws Exception {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        LocalDate today = LocalDate.now(clock);
        long id = publish(official, form(jstId(POWIAT), "Konsultacje z plikami " + TestOrganizations.word(), today,
                today.plusDays(13), "EVERYONE", DRAFT));
        assertThat(official.get("/consultations/" + id).text()).contains("Dodaj załącznik lub protokół (plik)");

        Page pdf = upload(official, id, "", "Uzasadnienie projektu.pdf", "application/pdf", PDF);
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(302);
        byte[] odt = odt();
        assertThat(upload(official, id, "", "../../etc/Mapa zadań.odt", "application/octet-stream", odt).status())
            .isEqualTo(302);
        assertThat(upload(official, id, "", "Tabela.docx", "application/msword", docx()).status()).isEqualTo(302);

        Page meeting = official.submit("/consultations/" + id + "/meetings/new",
                "/consultations/" + id + "/meetings/new", Map.of("startsAt", today.plusDays(3) + "T17:00", "place",
                        "Sala sesyjna", "onlineLink", "", "minutes", ""));
        long meetingId = Long.parseLong(meeting.location().replaceAll(".*#meeting-", ""));
        Page minutes = upload(official, id, "" + meetingId, "protokol.pdf", "application/pdf", PDF);
        assertThat(minutes.status()).isEqualTo(302);
        assertThat(minutes.location()).endsWith("#meeting-" + meetingId);

        Page page = visitor().get("/consultations/" + id);
        assertThat(page.text()).contains("Załączniki do projektu", "Uzasadnienie projektu.pdf (PDF, 1 kB)",
                "Mapa zadań.odt (ODT", "Tabela.docx (DOCX", "Protokół (plik):", "protokol.pdf (PDF");
        String meetingBlock = page.body().substring(page.body().indexOf("id=\"meeting-" + meetingId + "\""));
        assertThat(meetingBlock.substring(0, meetingBlock.indexOf("</div>"))).contains("protokol.pdf");

        long pdfId = attachmentId(page.body(), "Uzasadnienie projektu.pdf");
        HttpResponse<byte[]> download = visitor().getBytes("/consultations/" + id + "/attachments/" + pdfId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        long odtId = attachmentId(page.body(), "Mapa zadań.odt");
        HttpResponse<byte[]> odtDownload = visitor().getBytes("/consultations/" + id + "/attachments/" + odtId);
        assertThat(odtDownload.headers().firstValue("Content-Type"))
            .hasValue("application/vnd.oasis.opendocument.text");
        assertThat(odtDownload.body()).isEqualTo(odt);
        // stored as every upload is (shared.files.StoredFile): its media type and size,
        // audited by name, type and size, never the bytes
        assertThat(jdbc.sql("select media_type from consultation_attachment where id = ?")
            .param(odtId)
            .query(String.class)
            .single()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(jdbc
            .sql("select after_state::text from audit_log where entity_type = 'ConsultationAttachment' "
                    + "and action = 'CREATE' and entity_id = ?")
            .param(String.valueOf(pdfId))
            .query(String.class)
            .single()).contains("Uzasadnienie projektu.pdf (application/pdf, " + PDF.length + " B)");
        // an attachment is only reachable under its own consultation
        long other = publish(official,
                form(jstId(POWIAT), "Inne " + TestOrganizations.word(), today, today.plusDays(13), "EVERYONE", DRAFT));
        assertThat(visitor().get("/consultations/" + other + "/attachments/" + pdfId).status()).isEqualTo(404);
        // minutes may only be attached to a meeting of the same consultation
        Page foreignMeeting = upload(official, other, "" + meetingId, "protokol.pdf", "application/pdf", PDF);
        assertThat(foreignMeeting.status()).isEqualTo(422);
        assertThat(foreignMeeting.text()).contains("Wybierz spotkanie z listy.");
    }

    @Test
    void filesAreCheckedByContentAndSize() throws Exception {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        LocalDate today = LocalDate.now(clock);
        long id = publish(official, form(jstId(POWIAT), "Konsultacje złe pliki " + TestOrganizations.word(), today,
                today.plusDays(13), "EVERYONE", DRAFT));
        String badType = "Dozwolone są tylko pliki PDF, ODT i DOCX (ten plik nim nie jest).";
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);
        Page svgPage = upload(official, id, "", "rysunek.pdf", "application/pdf", svg);
        assertThat(svgPage.status()).isEqualTo(422);
        assertThat(svgPage.text()).contains("Popraw błędy w formularzu", badType);
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 };
        assertThat(upload(official, id, "", "zdjecie.docx", "application/pdf", png).text()).contains(badType);
        assertThat(upload(official, id, "", "archiwum.docx", "application/zip", zip(false, "a.txt", "tekst")).text())
            .contains(badType);
        assertThat(upload(official, id, "", "pusty.pdf", "application/pdf", new byte[0]).text())
            .contains("Wybierz plik.");
        byte[] huge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        Page tooLarge = upload(official, id, "", "duzy.pdf", "application/pdf", huge);
        assertThat(tooLarge.status()).isEqualTo(422);
        assertThat(tooLarge.text()).contains("Plik jest większy niż 10 MB.");
        assertThat(visitor().get("/consultations/" + id).text()).doesNotContain("Załączniki do projektu");
    }

    @Test
    void onlyTheOwningJstsOfficialsAttachFiles() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        LocalDate today = LocalDate.now(clock);
        long id = publish(official, form(jstId(POWIAT), "Konsultacje cudze pliki " + TestOrganizations.word(), today,
                today.plusDays(13), "EVERYONE", DRAFT));
        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, POWIAT));
        assertThat(resident.get("/consultations/" + id + "/attachments/new").status()).isEqualTo(403);
        String token = resident.get("/consultations/" + id + "/remarks/new").csrf();
        assertThat(resident
            .postMultipart("/consultations/" + id + "/attachments/new", Map.of("meetingId", ""),
                    Map.of("file", new FilePart("a.pdf", "application/pdf", PDF)), token)
            .status()).isEqualTo(403);
        WebClient otherOfficial = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        String otherToken = otherOfficial.get("/consultations/new").csrf();
        assertThat(otherOfficial
            .postMultipart("/consultations/" + id + "/attachments/new", Map.of("meetingId", ""),
                    Map.of("file", new FilePart("a.pdf", "application/pdf", PDF)), otherToken)
            .status()).isEqualTo(403);
        assertThat(visitor().get("/consultations/" + id + "/attachments/new").status()).isIn(302, 401, 403);
        assertThat(visitor().get("/consultations/" + id).text()).doesNotContain("a.pdf");
    }

}
