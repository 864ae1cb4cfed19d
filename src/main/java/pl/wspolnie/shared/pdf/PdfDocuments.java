package pl.wspolnie.shared.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import pl.wspolnie.shared.text.Formats;
import java.io.ByteArrayInputStream;

/**
 * Renders a Thymeleaf template (XHTML, see {@code templates/pdf/base.html}) to a PDF with
 * the embedded DejaVu Sans font, so Polish letters print correctly on every machine.
 *
 * <p>
 * Every PDF is accessible (PDF/UA-1): tagged (the structure follows the HTML: headings,
 * lists, tables), with the document title from {@code <title>} shown in the window title
 * and the language from {@code <html lang>}; the page margin boxes (footer, page numbers)
 * are artifacts. Images need an {@code alt} text, headings must not skip a level.
 *
 * <p>
 * Templates use {@code font-family: 'DejaVu Sans'}; a running footer text (e.g. a
 * checksum) is passed as the model attribute {@code pdfFooter} and printed on every page
 * by the base layout; {@code pf} ({@link PdfFormats}) prints money and dates in Polish.
 */
@Component
public class PdfDocuments {

    public static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;

    private final byte[] regular;

    private final byte[] bold;

    private final PdfFormats formats;

    PdfDocuments(ITemplateEngine templates, Formats formats) {
        this.templates = templates;
        this.formats = new PdfFormats(formats);
        this.regular = withoutLigatures(read("pdf/fonts/DejaVuSans.ttf"));
        this.bold = withoutLigatures(read("pdf/fonts/DejaVuSans-Bold.ttf"));
    }

    /** The PDF of {@code template} rendered with {@code model} in {@code locale}. */
    public byte[] render(String template, Map<String, ?> model, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("pf", formats);
        model.forEach(context::setVariable);
        String html = templates.process(template, context);
        return fromHtml(html);
    }

    /** The PDF of a complete XHTML document. */
    public byte[] fromHtml(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Wspólnie");
            builder.addDOMMutator(new EmptyTableRows());
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font without its glyph substitution table: PDFBox applies the font's standard
     * ligatures (ff, fi, fl) when it writes text, so "offers" in a printed link was
     * copied as "o\uFB00ers" and the link broke. Renaming the table's tag in the table
     * directory hides it (the subset written to the PDF leaves unknown tables out); every
     * letter is then its own glyph.
     */
    static byte[] withoutLigatures(byte[] ttf) {
        byte[] font = ttf.clone();
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (font[record] == 'G' && font[record + 1] == 'S' && font[record + 2] == 'U' && font[record + 3] == 'B') {
                font[record] = 'x';
            }
        }
        return font;
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Missing PDF font " + path, e);
        }
    }

}
