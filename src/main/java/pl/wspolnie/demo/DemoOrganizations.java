package pl.wspolnie.demo;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.AccountProvisioning;
import pl.wspolnie.organizations.LegalForm;
import pl.wspolnie.organizations.OrganizationDetails;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.partnership.JstAdministration;
import pl.wspolnie.shared.text.TabSeparatedFile;

import java.util.List;

import static pl.wspolnie.shared.identifiers.PolishIdentifiers.withNipCheckDigit;
import static pl.wspolnie.shared.identifiers.PolishIdentifiers.withRegonCheckDigit;
import org.springframework.core.annotation.Order;

/**
 * About 30 NGOs of powiat włoszczowski, spread over its gminas and the spheres of public
 * benefit, with valid (generated) NIP and REGON numbers; about half are verified. Among
 * them a "żółw" and several "sportowe" organisations to show the search. Also the login
 * ngo@wspolnie.demo, a board member of the first one, and a pending request to join it
 * from mieszkaniec@wspolnie.demo. The organisations are data:
 * {@code demo/organizations.tsv}.
 */
@Component
@ConditionalOnProperty(name = "wspolnie.demo-data", havingValue = "true")
@Order(1)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoOrganizations implements DemoStep {

    static final String NGO_LOGIN = "ngo@wspolnie.demo";

    /**
     * One demo organisation; register "KRS" means a generated KRS number, otherwise the
     * name of another register.
     */
    private record Ngo(String name, LegalForm form, String register, String gmina, String street, String postalCode,
            String city, List<String> spheres, String description, String beneficiaries, String domain,
            boolean verified) {

        /** A row of {@code demo/organizations.tsv}. */
        static Ngo of(List<String> row) {
            return new Ngo(row.get(0), LegalForm.valueOf(row.get(1)), row.get(2), row.get(3), row.get(4), row.get(5),
                    row.get(6), TabSeparatedFile.list(row.get(7)), row.get(8), row.get(9), row.get(10),
                    Boolean.parseBoolean(row.get(11)));
        }

    }

    private static final List<Ngo> NGOS = TabSeparatedFile.rows("demo/organizations.tsv")
        .stream()
        .map(Ngo::of)
        .toList();

    private final OrganizationSeeding organizations;

    private final AccountProvisioning accounts;

    private final JstAdministration jsts; // reads the database, not the cached JST list

    @Override
    public void seed() {
        long representative = accounts.ensureConfirmedUser(NGO_LOGIN, "Natalia z Fundacji", DemoData.PASSWORD);
        long first = 0;
        int n = 0;
        for (Ngo ngo : NGOS) {
            n++;
            long id = organizations.ensure(details(ngo, n), n == 1 ? representative : null, true, ngo.verified());
            if (n == 1) {
                first = id;
            }
        }
        long resident = accounts.ensureConfirmedUser("mieszkaniec@wspolnie.demo", "Marek Mieszkaniec",
                DemoData.PASSWORD);
        organizations.requestToJoin(first, resident, false, "Chciałbym pomagać przy organizacji festynu.");
    }

    private OrganizationDetails details(Ngo ngo, int n) {
        boolean krs = "KRS".equals(ngo.register());
        long gminaId = jsts.idByTeryt(ngo.gmina());
        return new OrganizationDetails(ngo.name(), ngo.form(), krs ? String.format("0000%06d", 412000 + n * 37) : null,
                krs ? null : ngo.register(), krs ? null : String.format("%s/%03d", ngo.gmina(), n), nip(n),
                withRegonCheckDigit(String.format("26%06d", 540000 + n * 53)), ngo.street(), ngo.postalCode(),
                ngo.city(), gminaId, ngo.spheres(), ngo.description(), ngo.beneficiaries(),
                "kontakt@" + ngo.domain() + ".demo", String.format("41 394 %02d %02d", 40 + n, 10 + n),
                "https://" + ngo.domain() + ".demo");
    }

    /** A valid NIP of the Włoszczowa tax office's range, unique per demo organisation. */
    private static String nip(int n) {
        for (int i = 0;; i++) {
            try {
                return withNipCheckDigit(String.format("656%06d", 100000 + n * 211 + i));
            }
            catch (IllegalArgumentException noValidCheckDigit) {
                // try the next number
            }
        }
    }

}
