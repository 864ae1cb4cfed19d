package pl.wspolnie.shared.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * XLSX through Apache POI's streaming workbook: only a window of rows is kept in memory.
 */
final class XlsxWriter {

    private static final int WINDOW = 200;

    private XlsxWriter() {
    }

    static void write(List<Table> tables, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            for (Table table : tables) {
                sheet(workbook.createSheet(TableExport.sheetName(table.sheetName())), table, header, date);
            }
            workbook.write(out);
        }
        finally {
            workbook.close();
        }
    }

    private static void sheet(SXSSFSheet sheet, Table table, CellStyle header, CellStyle date) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < table.headers().size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(TableExport.text(table.headers().get(c)));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, Math.min(60, Math.max(12, table.headers().get(c).length() + 4)) * 256);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                }
                else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                }
                else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                }
                else {
                    cell.setCellValue(TableExport.text(v));
                }
            }
        }
    }

}
