package pl.wspolnie.diagnosis;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pl.wspolnie.support.IntegrationTest;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LIJW report's PDF draws the radar chart as an image (openhtmltopdf draws no inline
 * SVG), the same image for the same report, and keeps the table of the figures.
 */
class LijwReportPdfTest extends IntegrationTest {

    @Test
    void thePdfHasTheRadarChartAsAnImageAndTheTable() throws IOException {
        long lijw = jdbc.sql(
                "select id from lijw_diagnosis where jst_id = ? and published_at is not null order by year desc limit 1")
            .param(jstId(POWIAT))
            .query(Long.class)
            .single();
        byte[] first = radar(pdf(lijw));
        assertThat(first).as("the radar image").isNotNull();
        assertThat(radar(pdf(lijw))).isEqualTo(first);
        try (PDDocument document = Loader.loadPDF(pdf(lijw))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Indeks ogólny", "Płaszczyzna 1");
        }
    }

    private byte[] pdf(long lijw) throws IOException {
        HttpResponse<byte[]> response = visitor().getBytes("/diagnosis/lijw/" + lijw + "/report.pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "lijw-report-chart.pdf"), response.body());
        return response.body();
    }

    /** The bytes of the first page's 680 × 660 image (the chart at twice its size). */
    private static byte[] radar(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image && image.getWidth() == 680
                        && image.getHeight() == 660) {
                    return image.getStream().toByteArray();
                }
            }
        }
        return null;
    }

}
