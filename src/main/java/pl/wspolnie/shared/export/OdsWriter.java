package pl.wspolnie.shared.export;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * OpenDocument spreadsheet (ODS, ISO/IEC 26300) written directly: a zip whose first entry
 * is the uncompressed "mimetype", then META-INF/manifest.xml and content.xml with one
 * table:table per sheet. Rows are streamed into content.xml.
 */
final class OdsWriter {

    static final String MIME = "application/vnd.oasis.opendocument.spreadsheet";

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    private static final String MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
             <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>
            """;

    private OdsWriter() {
    }

    static void write(List<Table> tables, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        byte[] mime = MIME.getBytes(StandardCharsets.US_ASCII);
        ZipEntry mimetype = new ZipEntry("mimetype");
        mimetype.setMethod(ZipEntry.STORED);
        mimetype.setSize(mime.length);
        mimetype.setCompressedSize(mime.length);
        CRC32 crc = new CRC32();
        crc.update(mime);
        mimetype.setCrc(crc.getValue());
        zip.putNextEntry(mimetype);
        zip.write(mime);
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
        zip.write(MANIFEST.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();

        zip.putNextEntry(new ZipEntry("content.xml"));
        // The XML writer makes many small writes: buffer them before the deflater.
        BufferedOutputStream content = new BufferedOutputStream(zip, 1 << 16);
        try {
            content(tables, content);
        }
        catch (XMLStreamException e) {
            throw new IOException("Cannot write the ODS content", e);
        }
        content.flush();
        zip.closeEntry();
        zip.finish();
    }

    private static void content(List<Table> tables, OutputStream out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.setPrefix("office", OFFICE);
        x.setPrefix("table", TABLE);
        x.setPrefix("text", TEXT);
        x.setPrefix("style", STYLE);
        x.setPrefix("fo", FO);
        x.writeStartElement(OFFICE, "document-content");
        x.writeNamespace("office", OFFICE);
        x.writeNamespace("table", TABLE);
        x.writeNamespace("text", TEXT);
        x.writeNamespace("style", STYLE);
        x.writeNamespace("fo", FO);
        x.writeAttribute(OFFICE, "version", "1.2");

        x.writeStartElement(OFFICE, "automatic-styles");
        x.writeStartElement(STYLE, "style");
        x.writeAttribute(STYLE, "name", "header");
        x.writeAttribute(STYLE, "family", "table-cell");
        x.writeEmptyElement(STYLE, "text-properties");
        x.writeAttribute(FO, "font-weight", "bold");
        x.writeEndElement();
        x.writeEndElement();

        x.writeStartElement(OFFICE, "body");
        x.writeStartElement(OFFICE, "spreadsheet");
        for (Table table : tables) {
            table(x, table);
        }
        x.writeEndElement(); // spreadsheet
        x.writeEndElement(); // body
        x.writeEndElement(); // document-content
        x.writeEndDocument();
        x.flush();
    }

    private static void table(XMLStreamWriter x, Table table) throws XMLStreamException {
        x.writeStartElement(TABLE, "table");
        x.writeAttribute(TABLE, "name", TableExport.sheetName(table.sheetName()));
        x.writeEmptyElement(TABLE, "table-column");
        x.writeAttribute(TABLE, "number-columns-repeated", String.valueOf(Math.max(1, table.headers().size())));

        x.writeStartElement(TABLE, "table-header-rows");
        x.writeStartElement(TABLE, "table-row");
        for (String h : table.headers()) {
            stringCell(x, h, "header");
        }
        x.writeEndElement();
        x.writeEndElement();

        for (List<Object> row : table.rows()) {
            x.writeStartElement(TABLE, "table-row");
            for (Object v : row) {
                cell(x, v);
            }
            x.writeEndElement();
        }
        x.writeEndElement(); // table
    }

    private static void cell(XMLStreamWriter x, Object v) throws XMLStreamException {
        if (v == null) {
            x.writeEmptyElement(TABLE, "table-cell");
        }
        else if (v instanceof Number n) {
            String value = n instanceof BigDecimal d ? d.toPlainString() : n.toString();
            x.writeStartElement(TABLE, "table-cell");
            x.writeAttribute(OFFICE, "value-type", "float");
            x.writeAttribute(OFFICE, "value", value);
            paragraph(x, value);
            x.writeEndElement();
        }
        else if (v instanceof Boolean b) {
            x.writeStartElement(TABLE, "table-cell");
            x.writeAttribute(OFFICE, "value-type", "boolean");
            x.writeAttribute(OFFICE, "boolean-value", b.toString());
            paragraph(x, b.toString());
            x.writeEndElement();
        }
        else if (v instanceof LocalDate d) {
            x.writeStartElement(TABLE, "table-cell");
            x.writeAttribute(OFFICE, "value-type", "date");
            x.writeAttribute(OFFICE, "date-value", d.toString());
            paragraph(x, d.toString());
            x.writeEndElement();
        }
        else {
            stringCell(x, v, null);
        }
    }

    private static void stringCell(XMLStreamWriter x, Object v, String style) throws XMLStreamException {
        x.writeStartElement(TABLE, "table-cell");
        if (style != null) {
            x.writeAttribute(TABLE, "style-name", style);
        }
        x.writeAttribute(OFFICE, "value-type", "string");
        for (String line : TableExport.text(v).split("\r\n|\r|\n", -1)) {
            paragraph(x, line);
        }
        x.writeEndElement();
    }

    private static void paragraph(XMLStreamWriter x, String text) throws XMLStreamException {
        x.writeStartElement(TEXT, "p");
        x.writeCharacters(text);
        x.writeEndElement();
    }

}
