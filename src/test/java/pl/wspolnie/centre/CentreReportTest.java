package pl.wspolnie.centre;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CentreReportTest extends CentreIntegrationTest {

    @Test
    void staffSeeBookingsAndOrganisationsOfThePeriodAsPagePdfAndSpreadsheets() throws Exception {
        CentreFixtures.Rooms rooms = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT));
        CentreFixtures.Ngo ngo = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("report"), jstId(KLUCZEWSKO));
        LocalDate day = LocalDate.now(clock).plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        WebClient rep = loggedIn(ngo.repEmail());
        String room = "/centre/resources/" + rooms.roomId();
        assertThat(rep.post(room + "/book",
                Map.of("organizationId", String.valueOf(ngo.id()), "date", day.toString(), "from", "09:00", "to",
                        "10:30", "equipmentId", "", "purpose", "Zebranie"),
                rep.get(room).csrf())
            .status()).isEqualTo(302);

        String report = "/centre/" + rooms.centreId() + "/report?from=" + day.minusDays(1) + "&to=" + day.plusDays(1);
        assertThat(rep.get(report).status()).as("only the centre's staff").isEqualTo(403);
        WebClient staff = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        Page page = staff.get(report);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(rooms.roomName() + " 1 1,5", ngo.name(), "Obsłużone organizacje: 1");
        assertThat(
                staff.get("/centre/" + rooms.centreId() + "/report?from=" + day + "&to=" + day.minusDays(3)).status())
            .isEqualTo(400);

        HttpResponse<byte[]> pdf = staff.getBytes(report.replace("/report?", "/report.pdf?"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(TrainingRecruitmentTest.pdfText(pdf.body())).contains("Sprawozdanie z działalności centrum",
                rooms.roomName(), ngo.name());

        HttpResponse<byte[]> xlsx = staff.getBytes(report.replace("/report?", "/report.xlsx?"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                row.forEach(c -> cells.add(c.toString()));
            }
        }
        assertThat(cells).contains("Rezerwacje sal i sprzętu", rooms.roomName(), ngo.name(), "1.5");
        HttpResponse<byte[]> ods = staff.getBytes(report.replace("/report?", "/report.ods?"));
        assertThat(ods.statusCode()).isEqualTo(200);
        assertThat(ods.headers().firstValue("content-type"))
            .hasValueSatisfying(t -> assertThat(t).contains("opendocument"));
    }

}
