package pl.wspolnie.centre.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import pl.wspolnie.centre.domain.Centre;
import pl.wspolnie.centre.domain.CentreCatalogue;
import pl.wspolnie.centre.domain.CentreReport;
import pl.wspolnie.centre.domain.CentreReport.Report;
import pl.wspolnie.shared.export.ExportFormat;
import pl.wspolnie.shared.export.Table;
import pl.wspolnie.shared.export.TableExport;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.time.ClockConfig;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The centre report for a period: page, PDF, XLSX and ODS (staff only). */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CentreReportController {

    private final CentreReport reports;

    private final CentreCatalogue catalogue;

    private final PdfDocuments pdfs;

    private final MessageSource messages;

    private final Clock clock;

    private Report report(long id, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today.withDayOfYear(today.lengthOfYear()) : to;
        if (end.isBefore(start) || start.plusYears(5).isBefore(end)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "period");
        }
        return reports.of(id, start, end);
    }

    @GetMapping("/centre/{id:\\d+}/report")
    String page(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAllAttributes(model(id, report(id, from, to)));
        return "centre/report";
    }

    private Map<String, Object> model(long id, Report report) {
        Centre centre = catalogue.get(id);
        return Map.of("centre", centre, "report", report, "pdfFooter", centre.getName());
    }

    @GetMapping("/centre/{id:\\d+}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        byte[] bytes = pdfs.render("centre/pdf/report", model(id, report(id, from, to)), locale);
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("raport-centrum.pdf").build().toString())
            .body(bytes);
    }

    @GetMapping("/centre/{id:\\d+}/report.{format:xlsx|ods}")
    void export(@PathVariable long id, @PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
            HttpServletResponse response) throws IOException {
        Report report = report(id, from, to);
        ExportFormat exportFormat = ExportFormat.fromExtension(format).orElseThrow();
        List<List<Object>> rows = new ArrayList<>();
        String advice = text("centre.report.advice", locale);
        report.advice()
            .forEach(a -> rows.add(List.of(advice, text("centre.specialty." + a.specialty(), locale), a.sessions(),
                    a.organizations())));
        String resources = text("centre.report.resources", locale);
        report.resources()
            .forEach(r -> rows.add(List.of(resources, r.resource(), r.bookings(),
                    BigDecimal.valueOf(r.hours()).setScale(2, RoundingMode.HALF_UP))));
        String trainings = text("centre.report.trainings", locale);
        report.trainings().forEach(t -> {
            List<Object> row = new ArrayList<>();
            row.add(trainings);
            row.add(t.title() + " (" + t.startsAt().atZone(ClockConfig.WARSAW).toLocalDate() + ")");
            row.add(t.accepted());
            row.add(t.present());
            rows.add(row);
        });
        String cancelled = text("centre.report.cancelledSection", locale);
        report.cancelled().forEach(t -> {
            List<Object> row = new ArrayList<>();
            row.add(cancelled);
            row.add(t.title() + " (" + t.startsAt().atZone(ClockConfig.WARSAW).toLocalDate() + ")");
            row.add(null);
            row.add(text("centre.report.cancelReason", locale) + ": " + t.reason());
            rows.add(row);
        });
        String organizations = text("centre.report.organizations", locale);
        report.organizations().forEach(o -> {
            List<Object> row = new ArrayList<>();
            row.add(organizations);
            row.add(o);
            row.add(null);
            row.add(null);
            rows.add(row);
        });
        Table table = new Table(text("centre.report.sheet", locale),
                List.of(text("centre.report.section", locale), text("centre.report.item", locale),
                        text("centre.report.count", locale), text("centre.report.extra", locale)),
                rows);
        response.setContentType(exportFormat.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                    .filename("raport-centrum." + exportFormat.extension())
                    .build()
                    .toString());
        TableExport.write(table, exportFormat, response.getOutputStream());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

}
