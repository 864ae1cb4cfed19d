package pl.wspolnie.shared.web.api;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.export.ExportFormat;
import pl.wspolnie.shared.export.Table;
import pl.wspolnie.shared.export.TableExport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data sets of open data: each {@link DataSet} per JST and year at a stable address,
 * as CSV (the platform's CSV: UTF-8 with a byte-order mark, ';' between fields, decimal
 * comma, a header row) or JSON (an array of objects named by the columns, decimal point),
 * and the DCAT-AP PL catalogue describing them ({@link DataSetCatalogue}).
 */
@PublicApi
@Tag(name = "Zbiory danych", description = "Zbiory otwartych danych (CSV, JSON) i katalog DCAT-AP PL")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DataSetController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final List<DataSet> dataSets;

    private final DataSetCatalogue catalogue;

    private final KnownJsts jsts;

    private final ApiResponses responses;

    @GetMapping("/datasets/{code}/{jst}/{year}.csv")
    @Operation(summary = "One data set of one JST and year as CSV",
            description = "UTF-8 with a byte-order mark, ';' between fields, CRLF between rows, decimal comma, a "
                    + "header row; see /api/v1/catalog for the data sets.")
    @ApiResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> csv(@Parameter(description = "Data set code") @PathVariable String code,
            @Parameter(description = "JST id") @PathVariable long jst,
            @Parameter(description = "Year") @PathVariable int year) {
        DataSet set = find(code, jst, year);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TableExport.write(new Table(code, set.columns(), set.rows().apply(jst, year)), ExportFormat.CSV, out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return responses.file(out.toByteArray(), MediaType.parseMediaType(ExportFormat.CSV.mediaType()),
                code + "-" + jst + "-" + year + ".csv");
    }

    @GetMapping("/datasets/{code}/{jst}/{year}.json")
    @Operation(summary = "One data set of one JST and year as JSON",
            description = "An array of objects whose names are the CSV's columns; numbers with a decimal point.")
    ResponseEntity<List<Map<String, Object>>> json(@Parameter(description = "Data set code") @PathVariable String code,
            @Parameter(description = "JST id") @PathVariable long jst,
            @Parameter(description = "Year") @PathVariable int year) {
        DataSet set = find(code, jst, year);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : set.rows().apply(jst, year)) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < set.columns().size(); i++) {
                object.put(set.columns().get(i), row.get(i));
            }
            rows.add(object);
        }
        return responses.ok(rows);
    }

    @GetMapping("/catalog")
    @Operation(summary = "The DCAT-AP PL catalogue of the data sets (JSON-LD)",
            description = "Each data set with its licence, update frequency and distributions (CSV and JSON per JST "
                    + "and year), as the national portal dane.gov.pl harvests it.")
    @ApiResponse(responseCode = "200", description = "The catalogue",
            content = @Content(mediaType = "application/ld+json", schema = @Schema(type = "object")))
    ResponseEntity<Map<String, Object>> catalog() {
        return responses.okAs(catalogue.describe(dataSets), JSON_LD);
    }

    private DataSet find(String code, long jst, int year) {
        if (!jsts.exists(jst)) {
            throw new BadParameter("jst", "no such JST");
        }
        if (year < ApiFilter.MIN_YEAR || year > ApiFilter.MAX_YEAR) {
            throw new BadParameter("year", "must be between " + ApiFilter.MIN_YEAR + " and " + ApiFilter.MAX_YEAR);
        }
        return dataSets.stream()
            .filter(d -> d.code().equals(code))
            .findFirst()
            .orElseThrow(() -> new NotFound("data set " + code));
    }

}
