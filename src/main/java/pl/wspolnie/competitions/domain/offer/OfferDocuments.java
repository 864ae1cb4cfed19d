package pl.wspolnie.competitions.domain.offer;

import pl.wspolnie.competitions.domain.CanonicalJson;
import pl.wspolnie.competitions.domain.announcement.Competition;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.pdf.PdfDocuments;

import java.util.Locale;
import java.util.Map;
import java.util.List;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.text.Formats;

/**
 * The PDF of a submitted offer version in the layout of the 2018 form, with the short
 * checksum on every page.
 */
@Component
public class OfferDocuments {

    private final PdfDocuments pdf;

    private final MessageSource messages;

    private final Jsts jsts;

    private final Formats formats;

    private final String baseUrl;

    private final Organizations organizations;

    OfferDocuments(PdfDocuments pdf, MessageSource messages, Jsts jsts, Formats formats,
            @Value("${wspolnie.base-url}") String baseUrl, Organizations organizations) {
        this.pdf = pdf;
        this.organizations = organizations;
        this.formats = formats;
        this.messages = messages;
        this.jsts = jsts;
        this.baseUrl = baseUrl;
    }

    public byte[] render(OfferVersion version, Competition competition, Locale locale) {
        return render(version, competition.getJstId(), locale);
    }

    /**
     * The PDF of a version of an offer to the JST: the 2018 standard form, or for a small
     * grant the simplified form (Dz.U. 2018 poz. 2055); the same footer, checksum and
     * verification link.
     */
    public byte[] render(OfferVersion version, long jstId, Locale locale) {
        OfferContent content = CanonicalJson.read(version.getContent(), OfferContent.class);
        String footer = messages.getMessage("competitions.pdf.offerFooter", new Object[] { version.shortChecksum(),
                content.offerId(), version.getNumber(), baseUrl + "/offers/verify" }, locale);
        List<OfferorIdentity> offerors = content.offerors()
            .stream()
            .map(of -> OfferorIdentity.of(of, organizations.details(of.organizationId()).orElse(null)))
            .toList();
        return pdf.render("competitions/offer-pdf",
                Map.of("o", content, "v", version, "jstName", jsts.get(jstId).name(), "pdfFooter", footer, "fmt",
                        formats, "offerors", offerors, "verifyUrl",
                        baseUrl + "/offers/verify?checksum=" + version.shortChecksum()),
                locale);
    }

}
