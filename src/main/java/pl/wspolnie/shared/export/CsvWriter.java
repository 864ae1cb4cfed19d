package pl.wspolnie.shared.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as Polish spreadsheets open it: UTF-8 with a byte-order mark, ';' between fields,
 * CRLF between rows, fields quoted when they contain ';', '"' or a line break (quotes
 * doubled). Texts starting with = + - @ are prefixed with an apostrophe so a spreadsheet
 * never runs them as formulas (phone numbers are left alone).
 */
final class CsvWriter {

    private static final char SEPARATOR = ';';

    private static final Pattern NUMBER_LIKE = Pattern.compile("[+-]?[0-9][0-9 ()-]*");

    private CsvWriter() {
    }

    static void write(List<Table> tables, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        for (int t = 0; t < tables.size(); t++) {
            Table table = tables.get(t);
            if (t > 0) {
                w.write("\r\n");
                writeRow(w, List.of(table.sheetName()));
            }
            writeRow(w, List.copyOf(table.headers()));
            for (List<Object> row : table.rows()) {
                writeRow(w, row);
            }
        }
        w.flush();
    }

    private static void writeRow(Writer w, List<?> row) throws IOException {
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                w.write(SEPARATOR);
            }
            w.write(field(row.get(i)));
        }
        w.write("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString().replace('.', ',');
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString().replace('.', ',');
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER_LIKE.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

}
