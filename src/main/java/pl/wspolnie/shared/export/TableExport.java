package pl.wspolnie.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.regex.Pattern;

/**
 * Writes a {@link Table} in one of the {@link ExportFormat}s, streaming rows to the
 * output.
 */
public final class TableExport {

    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private TableExport() {
    }

    /** Writes the table; the stream is flushed, not closed. */
    public static void write(Table table, ExportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> CsvWriter.write(table, out);
            case XLSX -> XlsxWriter.write(table, out);
            case ODS -> OdsWriter.write(table, out);
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
