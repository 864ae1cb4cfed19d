package pl.wspolnie.competitions;

import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.pdf.PdfUa;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents an official signs, from the demo's decided competition: the offer in the
 * 2018 form (offeror's identification, the statements of section VII, date and
 * signature), the commission's protocol and the contract; money and dates in Polish.
 */
class SignableDocumentsTest extends IntegrationTest {

    private static final String RAW_MONEY = "(?<![\\d.])\\d+\\.\\d{2}(?![\\d.])";

    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";

    private long offerId() {
        return jdbc.sql("select id from offer where title = 'Warsztaty haftu i wycinanki w świetlicy'")
            .query(Long.class)
            .single();
    }

    private String text(String path) {
        var response = loggedIn("urzednik@wspolnie.demo").getBytes(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return PdfUa.text(response.body());
    }

    @Test
    void theOfferIdentifiesTheOfferorAndEndsWithTheStatementsAndASignatureBlock() {
        long offerId = offerId();
        Map<String, Object> org = jdbc
            .sql("""
                    select g.krs, g.email, g.street, g.city from offer o join organization g on g.id = o.lead_organization_id
                    where o.id = ?""")
            .param(offerId)
            .query()
            .singleRow();
        String checksum = jdbc.sql("select checksum from offer_version where offer_id = ? and number = 1")
            .param(offerId)
            .query(String.class)
            .single();
        String text = text("/offers/" + offerId + "/versions/1.pdf");
        String flat = text.replaceAll("\\s+", " ");

        assertThat(flat).contains("II. Dane oferenta", "Forma prawna", "Numer w KRS lub innej ewidencji",
                "Adres siedziby", "Adres e-mail", "Numer telefonu", (String) org.get("street"),
                (String) org.get("city"));
        if (org.get("krs") != null) {
            assertThat(flat).contains("KRS " + org.get("krs"));
        }
        if (org.get("email") != null) {
            assertThat(flat).contains((String) org.get("email"));
        }
        assertThat(flat).contains("Oświadczam(-my), że:",
                "nie zalega(-ją) z opłacaniem należności z tytułu zobowiązań podatkowych",
                "nie zalega(-ją) z opłacaniem należności z tytułu składek na ubezpieczenia społeczne",
                "są zgodne z Krajowym Rejestrem Sądowym",
                "złożyły stosowne oświadczenia zgodnie z przepisami o ochronie", "Data:",
                "Podpis osoby upoważnionej lub podpisy osób upoważnionych do składania oświadczeń woli w imieniu oferentów");
        assertThat(flat).as("money in Polish format").containsPattern("\\d,\\d{2} zł").doesNotContainPattern(RAW_MONEY);
        assertThat(flat).as("dates dd.MM.yyyy").doesNotContainPattern(ISO_DATE);
        assertThat(flat).as("the verification link from wspolnie.base-url, whole")
            .contains("http://localhost/offers/verify?checksum=" + checksum.substring(0, 12))
            .doesNotContain("localhost:8080");
    }

    @Test
    void theProtocolShowsCompositionFormalReviewPointsPerMemberRankingAndSignatures() {
        long competitionId = jdbc.sql("select competition_id from offer where id = ?")
            .param(offerId())
            .query(Long.class)
            .single();
        String member = jdbc.sql("""
                select u.display_name from commission_member m join user_account u on u.id = m.user_id
                where m.competition_id = ? order by m.id limit 1""").param(competitionId).query(String.class).single();
        String flat = text("/competitions/" + competitionId + "/protocol.pdf").replaceAll("\\s+", " ");
        assertThat(flat).contains("1. Skład komisji konkursowej", member, "Funkcja w komisji",
                "2. Wyłączenia z oceny ofert", "3. Wyniki oceny formalnej", "Oferta poprawna formalnie",
                "4. Ocena merytoryczna", "Średnia", "5. Ranking ofert", "Posiedzenie komisji w dniu",
                "siedziba urzędu, sala konferencyjna", "Obecni: " + member,
                "6. Podpisy członków komisji obecnych na posiedzeniu");
        assertThat(flat).contains("Warsztaty haftu i wycinanki w świetlicy");
        assertThat(flat).doesNotContainPattern(ISO_DATE);
    }

}
