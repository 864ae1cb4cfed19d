package pl.wspolnie.shared.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;
import java.util.TreeMap;

/** veraPDF's PDF/UA-1 check and PDFBox's text of a generated PDF, for the tests. */
public final class PdfUa {

    private static final ValidationProfile PROFILE;

    static {
        VeraGreenfieldFoundryProvider.initialise();
        // the profile directory does not list PDF/UA-1; its profile ships in veraPDF core
        try (var in = PdfUa.class.getResourceAsStream("/org/verapdf/pdfa/validation/PDFUA-1.xml")) {
            PROFILE = Profiles.profileFromXml(in);
        }
        catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private PdfUa() {
    }

    /**
     * The failed PDF/UA-1 rules of {@code pdf} ("rule clause-test: description (count)"),
     * empty when it conforms.
     */
    public static List<String> failedRules(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PROFILE, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions()
                .stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .collect(Collectors.groupingBy(
                        a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage(),
                        TreeMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .map(e -> e.getKey() + " (" + e.getValue() + "×)")
                .toList();
        }
        catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF", e);
        }
    }

    /**
     * The text of {@code pdf} as PDFBox extracts it, glyph by glyph as a reader copies
     * it: PDFBox's stripper would silently turn a ligature glyph back into letters.
     */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    StringBuilder raw = new StringBuilder();
                    positions.forEach(p -> raw.append(p.getUnicode()));
                    writeString(raw.toString());
                }
            };
            return stripper.getText(document);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
