package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.FilePart;
import pl.wspolnie.support.WebClient.Page;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message thread of a contract (issue 19, point 4): the JST's officials and the
 * offer's representatives write messages with an optional attachment, see who read them,
 * each message is audited and mailed to the other side, the unread ones are an item of
 * "what needs me"; anybody else gets 403, also for crafted posts.
 */
class ContractThreadTest extends AwardedOfferTest {

    static final byte[] PDF = "%PDF-1.4\n% faktura\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void thePartiesWriteReadAndAreToldAndNobodyElseGetsIn() {
        Awarded a = contracted();
        String officialEmail = userWithRole(Role.OFFICIAL, POWIAT);
        WebClient official = loggedIn(officialEmail);
        String thread = "/offers/" + a.offerId() + "/contract/messages";

        // The contract page links the thread; the empty thread shows its form.
        assertThat(a.ngo().get("/offers/" + a.offerId() + "/contract").text()).contains("Korespondencja (0 wiadomości)",
                "Kontrole zadania");
        Page empty = a.ngo().get(thread);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.text()).contains("Nie ma jeszcze wiadomości", "Wyślij wiadomość");

        // An empty message is refused at its field, a renamed PNG at the file field.
        Page blank = a.ngo().postMultipart(thread, Map.of("body", " "), Map.of(), empty.csrf());
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.text()).contains("Wpisz treść wiadomości");
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0 };
        Page wrongType = a.ngo()
            .postMultipart(thread, Map.of("body", "Faktura w załączniku."),
                    Map.of("file", new FilePart("faktura.pdf", "application/pdf", png)), empty.csrf());
        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.text()).contains("Faktura w załączniku.", "Dozwolone są tylko pliki PDF");

        // The NGO writes with an attachment: audited, the officials are told.
        Page sent = a.ngo()
            .postMultipart(thread, Map.of("body", "Prosimy o zgodę na przesunięcie warsztatów o tydzień."),
                    Map.of("file", new FilePart("harmonogram.pdf", "application/pdf", PDF)), empty.csrf());
        assertThat(sent.status()).isEqualTo(302);
        long messageId = jdbc.sql("select max(id) from contract_message where offer_id = ?")
            .param(a.offerId())
            .query(Long.class)
            .single();
        assertThat(jdbc
            .sql("select count(*) from audit_log where entity_type like '%ContractMessage' and entity_id = ? "
                    + "and action = 'CREATE'")
            .param(String.valueOf(messageId))
            .query(Long.class)
            .single()).as("the message is in the audit log").isEqualTo(1);
        String mail = TestMailServer.awaitMail(officialEmail, "Nowa wiadomość w sprawie umowy U/" + a.offerId());
        assertThat(mail).contains("Prosimy o zgodę na przesunięcie warsztatów", thread);

        // The official has it in "what needs me" until opening the thread, which records
        // the receipt the NGO then sees.
        assertThat(official.get("/me").body()).contains("href=\"" + thread + "\"");
        Page read = official.get(thread);
        assertThat(read.text()).contains("Prosimy o zgodę", "harmonogram.pdf", "zleceniobiorca");
        assertThat(official.get("/me").body()).doesNotContain("href=\"" + thread + "\"");
        assertThat(a.ngo().get(thread).text()).contains("Przeczytali: Test OFFICIAL");
        HttpResponse<byte[]> file = official.getBytes(thread + "/" + messageId + "/file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment",
                "harmonogram.pdf");

        // The official answers: the NGO's representative is told, and sees the unread
        // item.
        assertThat(official
            .postMultipart(thread, Map.of("body", "Zgoda, proszę o aktualizację harmonogramu."), Map.of(), read.csrf())
            .status()).isEqualTo(302);
        assertThat(TestMailServer.awaitMail(a.ngoEmail(), "Nowa wiadomość w sprawie umowy")).contains("Zgoda");
        assertThat(a.ngo().get("/offers/" + a.offerId() + "/contract").text()).contains("Nieprzeczytane: 1");
        assertThat(a.ngo().get("/me").text()).contains("Nieprzeczytane wiadomości w sprawie umowy");
        assertThat(a.ngo().get("/me").body()).contains("href=\"" + thread + "\"");

        // Another NGO and an official of another JST: 403 on the page, the file and a
        // crafted post; nothing is written.
        String otherEmail = plainUser();
        organisationRepresentedBy(otherEmail, "Inna organizacja " + TestOrganizations.word(), KLUCZEWSKO, true);
        WebClient otherNgo = loggedIn(otherEmail);
        WebClient otherOfficial = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        long before = count(a.offerId());
        for (WebClient stranger : new WebClient[] { otherNgo, otherOfficial }) {
            String csrf = stranger.get("/competitions").csrf();
            assertThat(stranger.get(thread).status()).isEqualTo(403);
            assertThat(stranger.getBytes(thread + "/" + messageId + "/file").statusCode()).isEqualTo(403);
            assertThat(stranger.postMultipart(thread, Map.of("body", "Podszyta wiadomość"), Map.of(), csrf).status())
                .isEqualTo(403);
        }
        assertThat(count(a.offerId())).isEqualTo(before);
    }

    private long count(long offerId) {
        return jdbc.sql("select count(*) from contract_message where offer_id = ?")
            .param(offerId)
            .query(Long.class)
            .single();
    }

}
