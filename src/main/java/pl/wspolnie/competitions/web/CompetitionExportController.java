package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import pl.wspolnie.competitions.domain.CompetitionExports;
import pl.wspolnie.shared.export.ExportFormat;
import pl.wspolnie.shared.export.Table;
import pl.wspolnie.shared.export.TableExport;
import pl.wspolnie.shared.domain.NotFound;

import java.io.IOException;

/**
 * Offers and evaluation results of a competition as CSV, XLSX or ODS (officials of the
 * JST).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CompetitionExportController {

    private final CompetitionExports exports;

    @GetMapping("/competitions/{id:\\d+}/offers.{format:[a-z]+}")
    void export(@PathVariable long id, @PathVariable String format, HttpServletResponse response) throws IOException {
        ExportFormat f = ExportFormat.fromExtension(format).orElseThrow(() -> new NotFound("format " + format));
        Table table = exports.offersAndResults(id, LocaleContextHolder.getLocale());
        response.setContentType(f.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"konkurs-" + id + "-oferty." + f.extension() + "\"");
        TableExport.write(table, f, response.getOutputStream());
    }

}
