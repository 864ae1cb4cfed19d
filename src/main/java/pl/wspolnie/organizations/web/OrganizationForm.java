package pl.wspolnie.organizations.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.wspolnie.organizations.LegalForm;
import pl.wspolnie.organizations.OrganizationDetails;
import pl.wspolnie.shared.identifiers.ValidKrs;
import pl.wspolnie.shared.identifiers.ValidNip;
import pl.wspolnie.shared.identifiers.ValidPostalCode;
import pl.wspolnie.shared.identifiers.ValidRegon;

import java.util.List;

/**
 * The registration and edit form of an organisation, with the formats of each field (the
 * lengths match the columns). Rules across fields and against the directory are checked
 * by the use case.
 *
 * @param version the version the edit form was opened with (optimistic locking)
 * @param boardMember the registrant's answer "I am on the board" (registration only)
 */
record OrganizationForm(Long version, @NotBlank @Size(max = 300, message = "{organizations.field.tooLong}") String name,
        @NotNull LegalForm legalForm, @ValidKrs String krs,
        @Size(max = 200, message = "{organizations.field.tooLong}") String registerName,
        @Size(max = 100, message = "{organizations.field.tooLong}") String registerNumber, @ValidNip String nip,
        @ValidRegon String regon, @NotBlank @Size(max = 200, message = "{organizations.field.tooLong}") String street,
        @NotBlank @ValidPostalCode String postalCode,
        @NotBlank @Size(max = 100, message = "{organizations.field.tooLong}") String city, @NotNull Long gminaId,
        @NotEmpty(message = "{organizations.spheres.required}") List<String> spheres,
        @Size(max = 4000, message = "{organizations.field.tooLong}") String description,
        @Size(max = 1000, message = "{organizations.field.tooLong}") String beneficiaries,
        @Email @Size(max = 320, message = "{organizations.field.tooLong}") String email,
        @Size(max = 40, message = "{organizations.field.tooLong}") @Pattern(regexp = "[0-9 +()-]*",
                message = "{organizations.phone.invalid}") String phone,
        @Size(max = 300, message = "{organizations.field.tooLong}") @Pattern(
                regexp = "(?i)(https?://[^\\s/?#]+[^\\s]*)?",
                message = "{organizations.website.invalid}") String website,
        Boolean boardMember) {

    static OrganizationForm empty() {
        return new OrganizationForm(null, "", null, "", "", "", "", "", "", "", "", null, List.of(), "", "", "", "", "",
                null);
    }

    static OrganizationForm of(OrganizationDetails d, Long version) {
        return new OrganizationForm(version, d.name(), d.legalForm(), d.krs(), d.registerName(), d.registerNumber(),
                d.nip(), d.regon(), d.street(), d.postalCode(), d.city(), d.gminaId(), d.sphereCodes(), d.description(),
                d.beneficiaries(), d.email(), d.phone(), d.website(), null);
    }

    OrganizationDetails details() {
        return new OrganizationDetails(name, legalForm, krs, registerName, registerNumber, nip, regon, street,
                postalCode, city, gminaId, spheres, description, beneficiaries, email, phone, website);
    }

    /**
     * Whether a sphere's checkbox is ticked (keeps the choice when the form comes back
     * with errors).
     */
    public boolean hasSphere(String code) {
        return spheres != null && spheres.contains(code);
    }
}
