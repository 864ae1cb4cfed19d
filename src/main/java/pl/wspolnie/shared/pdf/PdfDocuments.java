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

/**
 * Renders a Thymeleaf template (XHTML, see {@code templates/pdf/base.html}) to a PDF with
 * the embedded DejaVu Sans font, so Polish letters print correctly on every machine.
 *
 * <p>
 * Templates use {@code font-family: 'DejaVu Sans'}; a running footer text (e.g. a
 * checksum) is passed as the model attribute {@code pdfFooter} and printed on every page
 * by the base layout.
 */
@Component
public class PdfDocuments {

    public static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;

    private final byte[] regular;

    private final byte[] bold;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
        this.regular = read("pdf/fonts/DejaVuSans.ttf");
        this.bold = read("pdf/fonts/DejaVuSans-Bold.ttf");
    }

    /** The PDF of {@code template} rendered with {@code model} in {@code locale}. */
    public byte[] render(String template, Map<String, ?> model, Locale locale) {
        Context context = new Context(locale);
        model.forEach(context::setVariable);
        String html = templates.process(template, context);
        return fromHtml(html);
    }

    /** The PDF of a complete XHTML document. */
    public byte[] fromHtml(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new java.io.ByteArrayInputStream(regular), FONT_FAMILY, 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new java.io.ByteArrayInputStream(bold), FONT_FAMILY, 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
