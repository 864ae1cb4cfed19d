package pl.wspolnie.organizations;

import pl.wspolnie.shared.identifiers.PolishIdentifiers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data for organisations: valid identifiers unique in the run, words unique in the
 * run, form fields. Public for the browser tests (pl.wspolnie.browser), which register
 * and seed organisations too.
 */
public final class TestOrganizations {

    private static final AtomicLong SEQ = new AtomicLong(
            ThreadLocalRandom.current().nextLong(10_000_000L, 80_000_000L));

    private static final String CONSONANTS = "bcdfghjklmnprstwz";

    private TestOrganizations() {
    }

    /** A valid NIP (10 digits), different every call. */
    public static String nip() {
        while (true) {
            try {
                return PolishIdentifiers
                    .withNipCheckDigit("9" + String.format("%08d", SEQ.incrementAndGet() % 100_000_000L));
            }
            catch (IllegalArgumentException noCheckDigit) {
                // next number
            }
        }
    }

    public static String krs() {
        return "9" + String.format("%09d", SEQ.incrementAndGet() % 1_000_000_000L);
    }

    public static String regon() {
        return PolishIdentifiers.withRegonCheckDigit(String.format("%08d", SEQ.incrementAndGet() % 100_000_000L));
    }

    /**
     * A made-up word (consonants only, so no Polish ending is cut off) that no other test
     * or demo data contains.
     */
    public static String word() {
        StringBuilder w = new StringBuilder("qx");
        long n = SEQ.incrementAndGet();
        for (int i = 0; i < 8; i++) {
            w.append(CONSONANTS.charAt((int) (n % CONSONANTS.length())));
            n /= CONSONANTS.length();
        }
        return w.toString();
    }

    public static OrganizationDetails details(String name, long gminaId, List<String> spheres, String description) {
        return new OrganizationDetails(name, LegalForm.ASSOCIATION, krs(), null, null, nip(), regon(), "ul. Testowa 1",
                "29-120", "Kluczewsko", gminaId, spheres, description, "Mieszkańcy", "kontakt@test.wspolnie.pl",
                "41 000 00 00", "https://test.wspolnie.pl");
    }

    /**
     * Valid fields of the registration form (spheres as a comma-separated list, which
     * Spring binds as several values).
     */
    static Map<String, String> form(String name, long gminaId, String spheres) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("legalForm", "FOUNDATION");
        f.put("krs", krs());
        f.put("registerName", "");
        f.put("registerNumber", "");
        f.put("nip", nip());
        f.put("regon", regon());
        f.put("street", "ul. Polna 7");
        f.put("postalCode", "29-120");
        f.put("city", "Kluczewsko");
        f.put("gminaId", String.valueOf(gminaId));
        f.put("spheres", spheres);
        f.put("description", "Prowadzimy zajęcia dla dzieci.");
        f.put("beneficiaries", "Dzieci i młodzież");
        f.put("email", "biuro@fundacja.test");
        f.put("phone", "+48 41 123 45 67");
        f.put("website", "https://fundacja.test");
        f.put("boardMember", "true");
        return f;
    }

}
