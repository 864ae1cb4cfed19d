package pl.wspolnie.diagnosis.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import pl.wspolnie.diagnosis.domain.LijwDiagnoses;
import pl.wspolnie.diagnosis.domain.LijwPages;
import pl.wspolnie.shared.pdf.PdfDocuments;
import org.springframework.context.MessageSource;
import java.util.ArrayList;
import java.util.List;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.PublicPaths;

import java.util.Locale;
import java.util.Map;

/**
 * The LIJW report of a diagnosis: public once published (from the figures stored then), a
 * preview for its working group before; a page and a PDF.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LijwReportController {

    private final LijwDiagnoses diagnoses;

    private final LijwPages pages;

    private final PdfDocuments pdf;

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final MessageSource messages;

    /**
     * The published report, its PDF and its indicators' drill-downs are public (a draft
     * answers 404).
     */
    @Bean
    static PublicPaths lijwPublicPaths() {
        return PublicPaths.get("/diagnosis/lijw/{id:\\d+}/report", "/diagnosis/lijw/{id:\\d+}/report.pdf",
                "/diagnosis/lijw/{id:\\d+}/indicators/{i:\\d+}");
    }

    @GetMapping("/diagnosis/lijw/{id:\\d+}/report")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("report", pages.report(diagnoses.readable(id)));
        return "diagnosis/lijw-report";
    }

    @GetMapping("/diagnosis/lijw/{id:\\d+}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        LijwPages.Report report = pages.report(diagnoses.readable(id));
        String title = "LIJW " + report.diagnosis().getYear() + " – " + report.jstName();
        List<String> labels = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (LijwPages.Plane p : report.planes()) {
            String figure = p.index() == null ? "–" : String.format(POLISH, "%.1f", p.index());
            figures.add(figure);
            labels.add(messages.getMessage("diagnosis.lijw.plane.short." + p.plane(), null, locale) + ": " + figure);
        }
        byte[] bytes = pdf.render("diagnosis/lijw-report-pdf", Map.of("report", report, "pdfFooter", title, "radarPng",
                LijwRadarPng.dataUri(report, labels), "radarAlt",
                messages.getMessage("diagnosis.lijw.radar.title", new Object[] { "" + report.diagnosis().getYear() },
                        locale) + ". " + messages.getMessage("diagnosis.lijw.radar.desc", figures.toArray(), locale)),
                locale);
        return FileDownloads.inline("lijw-" + report.diagnosis().getYear() + "-" + id + ".pdf", "application/pdf")
            .body(bytes);
    }

}
