package pl.wspolnie.competitions.domain.offer;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import pl.wspolnie.organizations.LegalForm;
import pl.wspolnie.organizations.OrganizationDetails;

/**
 * Section II.1 of the 2018 offer form for one offeror: name, legal form, number in the
 * KRS or another register, seat address, e-mail, phone and website, as registered on the
 * platform when the PDF is made.
 *
 * @param register "KRS 0000123456" or "register name, nr …"; empty when none is known
 */
public record OfferorIdentity(String name, LegalForm legalForm, String krs, String register, String address,
        String email, String phone, String website) {

    static OfferorIdentity of(OfferContent.Offeror offeror, OrganizationDetails details) {
        if (details == null) {
            return new OfferorIdentity(offeror.name(), null, null, "", offeror.city(), null, null, null);
        }
        String register = details.registerName() == null ? "" : Stream
            .of(details.registerName(), details.registerNumber() == null ? null : "nr " + details.registerNumber())
            .filter(s -> s != null)
            .collect(Collectors.joining(", "));
        String place = Stream.of(details.postalCode(), details.city())
            .filter(s -> s != null)
            .collect(Collectors.joining(" "));
        String address = Stream.of(details.street(), place)
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(", "));
        return new OfferorIdentity(offeror.name(), details.legalForm(), details.krs(), register, address,
                details.email(), details.phone(), details.website());
    }

}
