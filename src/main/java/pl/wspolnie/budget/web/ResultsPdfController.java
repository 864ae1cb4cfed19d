package pl.wspolnie.budget.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import pl.wspolnie.budget.domain.Results;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.pdf.PdfDocuments;

import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.SiteAddress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The results as a PDF an official signs: the same content as the results page (cards,
 * turnout, each pool's ranking, the checksum of the ballot file and the draw), with a
 * signature line. Public from the first day of the results phase, 404 before (the path is
 * public with the other result downloads, {@code results.{format}}).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ResultsPdfController {

    private final Results results;

    private final Jsts jsts;

    private final PdfDocuments pdf;

    private final Clock clock;

    private final MessageSource messages;

    private final SiteAddress site;

    @GetMapping("/budget/{id:\\d+}/results.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        Results.Count count = results.of(id);
        Map<String, Object> model = new HashMap<>();
        model.put("count", count);
        String jstName = jsts.get(count.edition().getJstId()).name();
        model.put("jstName", jstName);
        model.put("pdfDescription", messages.getMessage("budget.resultsPdf.description",
                new Object[] { count.edition().getTitle(), jstName }, locale));
        model.put("today", LocalDate.now(clock));
        model.put("ballotsUrl", site.of("/budget/" + id + "/ballots.csv"));
        model.put("pdfFooter", count.edition().getTitle() + " · SHA-256 " + count.checksum());
        byte[] bytes = pdf.render("budget/results-pdf", model, locale);
        return FileDownloads.pdf(bytes, "wyniki-budzetu-" + id + ".pdf");
    }

}
