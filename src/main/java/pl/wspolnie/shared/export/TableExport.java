package pl.wspolnie.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a {@link Table}, or several as the sheets of one workbook, in one of the
 * {@link ExportFormat}s, streaming rows to the output. XLSX and ODS get one sheet per
 * table. CSV has no sheets: the tables follow one another in one file, the first exactly
 * as a single table is written (its header on the first line), each following one after
 * an empty line, starting with a line holding only its sheet name, then its header.
 */
public final class TableExport {

    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private TableExport() {
    }

    /** Writes the table; the stream is flushed, not closed. */
    public static void write(Table table, ExportFormat format, OutputStream out) throws IOException {
        write(List.of(table), format, out);
    }

    /**
     * Writes the tables as the sheets of one workbook, in order (CSV: one after another,
     * see above); the stream is flushed, not closed.
     */
    public static void write(List<Table> sheets, ExportFormat format, OutputStream out) throws IOException {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("no table to write");
        }
        switch (format) {
            case CSV -> CsvWriter.write(sheets, out);
            case XLSX -> XlsxWriter.write(sheets, out);
            case ODS -> OdsWriter.write(sheets, out);
        }
        out.flush();
    }

    /** Text without the control characters XML (and so XLSX and ODS) cannot hold. */
    static String text(Object value) {
        return NOT_XML.matcher(String.valueOf(value)).replaceAll("");
    }

    /**
     * A sheet name Excel and LibreOffice accept: no []*?:/\ and at most 31 characters.
     */
    static String sheetName(String name) {
        String safe = name == null || name.isBlank() ? "Arkusz1" : name.replaceAll("[\\[\\]*?:/\\\\]", " ").strip();
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }

}
