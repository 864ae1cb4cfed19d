package pl.wspolnie.diagnosis.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import pl.wspolnie.diagnosis.SurveyFindings;
import pl.wspolnie.diagnosis.domain.Question;
import pl.wspolnie.diagnosis.domain.SurveyResults;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.export.ExportFormat;
import pl.wspolnie.shared.export.Table;
import pl.wspolnie.shared.export.TableExport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The results page of a survey and its export with one fixed column per question. */
@Controller
class ResultsController {

    private final SurveyResults results;

    private final Jsts jsts;

    private final MessageSource messages;

    private final SurveyFindings findings;

    ResultsController(SurveyResults results, Jsts jsts, MessageSource messages, SurveyFindings findings) {
        this.findings = findings;
        this.results = results;
        this.jsts = jsts;
        this.messages = messages;
    }

    @GetMapping("/diagnosis/surveys/{id:\\d+}/results")
    String show(@PathVariable long id, @RequestParam(required = false) Long area, Model model) {
        SurveyResults.ResultsPage page = results.results(id, area);
        model.addAttribute("page", page);
        model.addAttribute("charts",
                page.questions()
                    .stream()
                    .filter(r -> !r.options().isEmpty())
                    .collect(Collectors.toMap(r -> r.question().getId(), r -> SurveyBarChart.of(r.options()))));
        model.addAttribute("jstNames",
                jsts.all().stream().collect(Collectors.toMap(JstSummary::id, JstSummary::name, (a, b) -> a)));
        model.addAttribute("trainingPlan", findings.forTrainingPlan(id).orElse(null));
        return "diagnosis/results";
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
        List<Question> questions = export.questions();
        for (int i = 0; i < questions.size(); i++) {
            headers.add((i + 1) + ". " + questions.get(i).getText());
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
