package pl.wspolnie.governance;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.FilePart;
import pl.wspolnie.support.WebClient.Page;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.governance.GovernanceFixtures.agreement;

/**
 * Documents of a meeting (point 5 of issue 17): the coordinator or a Council member
 * attaches files checked for type and size (refusals next to the file input), everyone
 * sees and downloads them on the meeting's page, each change is in the audit log; others
 * get 403 on crafted posts.
 */
class MeetingDocumentsTest extends CouncilMeetingSupport {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void editorsAttachDocumentsEveryoneDownloadsThemOthersGet403() {
        String w = TestOrganizations.word();
        WebClient coordinator = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        long id = agreement(coordinator, jstId(POWIAT), "Porozumienie Dokumenty " + w);
        String meeting = councilMeetingToday(coordinator, id, w);
        assertThat(visitor().get(meeting).text()).contains("Nie dołączono jeszcze żadnych dokumentów.");

        // the type is checked by the content; an empty choice and a renamed file are
        // refused
        Page renamed = upload(coordinator, meeting, "porzadek.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(renamed.status()).isEqualTo(422);
        assertThat(renamed.text()).contains("Dozwolone są tylko pliki PDF");
        assertThat(renamed.body()).contains("aria-invalid=\"true\"", "id=\"error-summary\"", "href=\"#file\"");
        Page tooLarge = upload(coordinator, meeting, "duzy.pdf", new byte[10 * 1024 * 1024 + 1]);
        assertThat(tooLarge.status()).isEqualTo(422);
        assertThat(tooLarge.text()).contains("Plik jest za duży: najwyżej 10 MB.");
        assertThat(upload(coordinator, meeting, "", new byte[0]).text()).contains("Wybierz plik.");

        // the coordinator attaches the agenda; a Council member attaches materials
        assertThat(upload(coordinator, meeting, "Porządek obrad.pdf", PDF).redirectPath()).startsWith(meeting);
        WebClient member = loggedIn(emailOf(memberIds(id)[0]));
        assertThat(upload(member, meeting, "Materiały.pdf", PDF).redirectPath()).startsWith(meeting);
        String page = visitor().get(meeting).body();
        assertThat(page).contains("Porządek obrad.pdf", "Materiały.pdf").doesNotContain("Dołącz dokument");
        Matcher link = Pattern.compile("href=\"(" + Pattern.quote(meeting) + "/documents/(\\d+))\"").matcher(page);
        assertThat(link.find()).isTrue();
        HttpResponse<byte[]> download = visitor().getBytes(link.group(1));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(jdbc
            .sql("select after_state::text from audit_log where entity_type = 'MeetingDocument' "
                    + "and action = 'CREATE' and entity_id = ?")
            .param(link.group(2))
            .query(String.class)
            .single()).contains("Porządek obrad.pdf (application/pdf, " + PDF.length + " B)");

        // others: 403 on crafted posts, nothing saved
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        assertThat(official
            .postMultipart(meeting + "/documents", Map.of(),
                    Map.of("file", new FilePart("x.pdf", "application/pdf", PDF)), official.get(meeting).csrf())
            .status()).isEqualTo(403);
        assertThat(official
            .post(meeting + "/documents/" + link.group(2) + "/delete", Map.of(), official.get(meeting).csrf())
            .status()).isEqualTo(403);
        long meetingId = Long.parseLong(meeting.substring(meeting.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select count(*) from governance_meeting_document where meeting_id = ?")
            .param(meetingId)
            .query(Long.class)
            .single()).isEqualTo(2);

        // the coordinator removes one
        assertThat(coordinator
            .post(meeting + "/documents/" + link.group(2) + "/delete", Map.of(), coordinator.get(meeting).csrf())
            .status()).isEqualTo(302);
        assertThat(visitor().get(meeting).text()).doesNotContain("Porządek obrad.pdf").contains("Materiały.pdf");
        assertThat(visitor().get(link.group(1)).status()).isEqualTo(404);
    }

    private static Page upload(WebClient who, String meeting, String name, byte[] content) {
        return who.postMultipart(meeting + "/documents", Map.of(),
                Map.of("file", new FilePart(name, "application/pdf", content)), who.get(meeting).csrf());
    }

}
