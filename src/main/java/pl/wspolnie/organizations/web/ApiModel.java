package pl.wspolnie.organizations.web;

import io.swagger.v3.oas.annotations.media.Schema;
import pl.wspolnie.organizations.LegalForm;

import java.time.Instant;
import java.util.List;

/** The JSON documents of the organisations API (/api/v1). */
final class ApiModel {

    private ApiModel() {
    }

    @Schema(name = "OrganizationPage", description = "One page of the directory")
    record OrganizationPage(List<OrganizationItem> items, @Schema(description = "Page number, from 0") int page,
            @Schema(description = "Page size (at most 100)") int size,
            @Schema(description = "Number of matching organisations. A text search or a sphere filter counts its "
                    + "matches only ten pages past the requested page (at least 200, at most 1000); when more "
                    + "match, this is the number counted and totalItemsIsLowerBound is true") long totalItems,
            int totalPages, @Schema(description = "true when more organisations match than were counted "
                    + "(see totalItems); with more than 200 matches a relevance order is replaced by the name order") boolean totalItemsIsLowerBound) {
    }

    @Schema(name = "OrganizationItem", description = "An organisation in a result list")
    record OrganizationItem(long id, String name, LegalForm legalForm, String city, Gmina gmina,
            List<SphereRef> spheres, boolean verified,
            @Schema(description = "Address of the public profile page") String profileUrl) {
    }

    @Schema(name = "Organization", description = "The public profile of an organisation")
    record Organization(long id, String name, LegalForm legalForm,
            @Schema(description = "KRS number (10 digits), null when in another register") String krs,
            String registerName, String registerNumber, String nip, String regon, Address address, Gmina gmina,
            List<SphereRef> spheres, String description, String beneficiaries, String email, String phone,
            String website, boolean verified,
            @Schema(description = "Number of active representatives (their names are not public)") long representatives,
            @Schema(description = "Address of the logo image, null without a logo") String logoUrl, String profileUrl,
            Instant createdAt) {
    }

    @Schema(name = "Address")
    record Address(String street, String postalCode, String city) {
    }

    @Schema(name = "Gmina", description = "The gmina (JST) of the organisation's seat")
    record Gmina(long id, String name) {
    }

    @Schema(name = "SphereRef", description = "A sphere of public benefit (art. 4 ust. 1 of the Act)")
    record SphereRef(String code, String name, String nameEn) {
    }

    @Schema(name = "SphereGroup", description = "A group of spheres of public benefit with its items")
    record SphereGroup(String code, String name, String nameEn, List<SphereItem> items) {
    }

    @Schema(name = "SphereItem")
    record SphereItem(String code, @Schema(description = "Point of art. 4 ust. 1, e.g. \"1a\"") String articlePoint,
            String name, String nameEn) {
    }

}
