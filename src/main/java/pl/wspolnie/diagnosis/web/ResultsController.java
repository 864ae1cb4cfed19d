package pl.wspolnie.diagnosis.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import pl.wspolnie.diagnosis.SurveyFindings;
import pl.wspolnie.diagnosis.domain.QuestionKind;
import pl.wspolnie.diagnosis.domain.SurveyResults;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.export.ExportFormat;
import pl.wspolnie.shared.export.Table;
import pl.wspolnie.shared.export.TableExport;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.web.FileDownloads;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The results page of a survey, its PDF and its export with one fixed column per
 * question.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ResultsController {

    private final SurveyResults results;

    private final Jsts jsts;

    private final MessageSource messages;

    private final PdfDocuments pdf;

    private final SurveyFindings findings;

    @GetMapping("/diagnosis/surveys/{id:\\d+}/results")
    String show(@PathVariable long id, @RequestParam(required = false) Long area, Model model) {
        SurveyResults.ResultsPage page = results.results(id, area);
        model.addAttribute("page", page);
        model.addAttribute("charts", charts(page));
        model.addAttribute("jstNames", jsts.names());
        model.addAttribute("trainingPlan", findings.forTrainingPlan(page.survey()).orElse(null));
        return "diagnosis/results";
    }

    /**
     * The results page as a PDF, filtered the same way: the tables of counts and
     * percentages (no SVG: the PDF renderer draws none), a matrix's rows, a rank order's
     * items, the free texts; nothing more about the respondents than the page shows.
     */
    @GetMapping("/diagnosis/surveys/{id:\\d+}/results.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) Long area, Locale locale) {
        SurveyResults.ResultsPage page = results.results(id, area);
        String title = messages.getMessage("diagnosis.results.title", new Object[] { page.survey().getTitle() },
                locale);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("charts", Map.of());
        model.put("jstNames", jsts.names());
        model.put("pdfFooter", title);
        return FileDownloads.inline("ankieta-" + id + "-wyniki.pdf", "application/pdf")
            .body(pdf.render("diagnosis/results-pdf", model, locale));
    }

    /**
     * A chart a question that has one: a choice's or scale's counts, a matrix's row
     * means, a rank order's first places.
     */
    static Map<Long, SurveyBarChart> charts(SurveyResults.ResultsPage page) {
        Map<Long, SurveyBarChart> charts = new HashMap<>();
        for (SurveyResults.QuestionResult r : page.questions()) {
            QuestionKind kind = r.question().getKind();
            if (kind == QuestionKind.MATRIX) {
                charts.put(r.question().getId(), SurveyBarChart.ofMeans(r.rows()));
            }
            else if (kind == QuestionKind.RANK) {
                charts.put(r.question().getId(),
                        SurveyBarChart.of(r.rows()
                            .stream()
                            .map(o -> new SurveyResults.OptionCount(o.label(), o.firstPlaces(),
                                    r.answered() == 0 ? 0 : 100.0 * o.firstPlaces() / r.answered()))
                            .toList()));
            }
            else if (!r.options().isEmpty()) {
                charts.put(r.question().getId(), SurveyBarChart.of(r.options()));
            }
        }
        return charts;
    }

    /** The answers as CSV, XLSX or ODS: the same fixed column per question in each. */
    @GetMapping("/diagnosis/surveys/{id:\\d+}/results.{format:csv|xlsx|ods}")
    void export(@PathVariable long id, @PathVariable String format, HttpServletResponse response, Locale locale)
            throws IOException {
        ExportFormat exportFormat = ExportFormat.fromExtension(format)
            .orElseThrow(() -> new NotFound("export format " + format));
        SurveyResults.Export export = results.export(id);
        List<String> headers = new ArrayList<>(List.of(messages.getMessage("diagnosis.export.number", null, locale),
                messages.getMessage("diagnosis.export.day", null, locale)));
        for (SurveyResults.Column c : export.columns()) {
            headers.add(c.code() + ". " + c.question().getText() + (c.row() == null ? "" : " – " + c.rowLabel()));
        }
        Table table = new Table(messages.getMessage("diagnosis.export.sheet", null, locale), headers, export.rows());
        response.setContentType(exportFormat.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                    .filename("ankieta-" + id + "." + exportFormat.extension())
                    .build()
                    .toString());
        TableExport.write(table, exportFormat, response.getOutputStream());
    }

}
