package pl.wspolnie.site;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.competitions.CompetitionSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The announcement's PDF prints every element art. 13 ust. 2 requires, among them the
 * rules of granting the grants (pkt 3) under their heading.
 */
class AnnouncementPdfTest extends IntegrationTest {

    @Autowired
    CompetitionSeeding competitions;

    @Test
    void theAnnouncementPdfPrintsTheRulesOfGrantingTheGrants() throws Exception {
        String email = userWithRole(Role.OFFICIAL, POWIAT);
        long official = jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
        LocalDate today = LocalDate.now(clock);
        String title = "Konkurs z zasadami " + TestOrganizations.word();
        long id = competitions.ensurePublished(jstId(POWIAT), official, title, "Opis konkursu.", "Zadanie", "kultura",
                new BigDecimal("30000.00"), new BigDecimal("15000.00"), today.plusDays(30).atTime(15, 30),
                today.plusDays(60), today.plusDays(120), true);

        HttpResponse<byte[]> pdf = visitor().getBytes("/competitions/" + id + "/announcement.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(title, "Zasady przyznawania dotacji Dotacje przyznaje organ wykonawczy po opinii "
                    + "komisji konkursowej, w granicach środków na zadanie.");
        }
    }

}
