package pl.wspolnie.shared.export;

import java.util.List;

/**
 * A table to export: one sheet with a header row. Cell values may be String, Number,
 * Boolean, LocalDate or null (an empty cell); anything else is written as its toString().
 * Texts are written as text, never as formulas.
 */
public record Table(String sheetName, List<String> headers, List<List<Object>> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
