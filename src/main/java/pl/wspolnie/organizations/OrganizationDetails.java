package pl.wspolnie.organizations;

import java.util.List;

/**
 * The public data of an organisation as entered in the registration or edit form (already
 * free of format errors). Identifiers may contain spaces and dashes as people type them;
 * they are stored as digits.
 *
 * @param krs KRS number, or null when the organisation is in another register
 * @param registerName name of the other register or records (e.g. "ewidencja starosty
 * włoszczowskiego")
 * @param registerNumber number in that register
 * @param gminaId the JST (gmina) of the seat
 * @param sphereCodes codes of spheres of public benefit (items, not groups)
 */
public record OrganizationDetails(String name, LegalForm legalForm, String krs, String registerName,
        String registerNumber, String nip, String regon, String street, String postalCode, String city, Long gminaId,
        List<String> sphereCodes, String description, String beneficiaries, String email, String phone,
        String website) {

    public OrganizationDetails {
        name = clean(name);
        krs = clean(krs);
        registerName = clean(registerName);
        registerNumber = clean(registerNumber);
        nip = clean(nip);
        regon = clean(regon);
        street = clean(street);
        postalCode = clean(postalCode);
        city = clean(city);
        sphereCodes = sphereCodes == null ? List.of()
                : sphereCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        description = clean(description);
        beneficiaries = clean(beneficiaries);
        email = clean(email);
        phone = clean(phone);
        website = clean(website);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
