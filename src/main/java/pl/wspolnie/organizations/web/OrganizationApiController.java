package pl.wspolnie.organizations.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import pl.wspolnie.organizations.domain.DirectoryCriteria;
import pl.wspolnie.organizations.domain.InvalidCriteria;
import pl.wspolnie.organizations.domain.Organization;
import pl.wspolnie.organizations.domain.OrganizationDirectory;
import pl.wspolnie.organizations.domain.OrganizationProfiles;
import pl.wspolnie.organizations.domain.Sphere;
import pl.wspolnie.organizations.domain.SphereCatalogue;
import pl.wspolnie.organizations.web.ApiModel.Address;
import pl.wspolnie.organizations.web.ApiModel.Gmina;
import pl.wspolnie.organizations.web.ApiModel.OrganizationItem;
import pl.wspolnie.organizations.web.ApiModel.OrganizationPage;
import pl.wspolnie.organizations.web.ApiModel.SphereGroup;
import pl.wspolnie.organizations.web.ApiModel.SphereItem;
import pl.wspolnie.organizations.web.ApiModel.SphereRef;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.web.api.ApiProblems;
import pl.wspolnie.shared.web.api.ApiResponses;
import pl.wspolnie.shared.web.api.PublicApi;

import java.util.List;

/**
 * The organisations directory as JSON: the same search, filters and order as the
 * directory page.
 */
@PublicApi
@Tag(name = "Organizacje",
        description = "Katalog organizacji pozarządowych i sfery pożytku publicznego (art. 4 ustawy)")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OrganizationApiController {

    private final OrganizationDirectory directory;

    private final OrganizationProfiles profiles;

    private final SphereCatalogue spheres;

    private final ApiResponses responses;

    @GetMapping("/organizations")
    @Operation(summary = "Search the directory",
            description = "Search text ignores Polish diacritics and word endings (\"zolw\" finds \"żółw\", \"sportowy\" finds "
                    + "\"sportowe\"). A powiat filter includes the organisations of its gminas; a sphere group includes its items.")
    @ApiResponse(responseCode = "200", description = "A page of organisations")
    @ApiResponse(responseCode = "400", description = "A parameter cannot be used",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<OrganizationPage> search(
            @Parameter(description = "Search text") @RequestParam(required = false) String q,
            @Parameter(description = "JST id (gmina or powiat)") @RequestParam(required = false) Long jst,
            @Parameter(description = "Sphere code or sphere group code (see /api/v1/spheres)") @RequestParam(
                    required = false) String sphere,
            @Parameter(
                    description = "name, name-desc, newest or relevance (default: relevance with q, otherwise name)") @RequestParam(
                            required = false) String sort,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        OrganizationDirectory.Page result = directory.search(DirectoryCriteria.of(q, jst, sphere, sort), page, size);
        String base = base();
        List<OrganizationItem> items = result.rows()
            .stream()
            .map(r -> new OrganizationItem(r.id(), r.name(), r.legalForm(), r.city(),
                    new Gmina(r.gminaId(), r.gminaName()), refs(r.sphereCodes()), r.verified(),
                    base + "/organizations/" + r.id()))
            .toList();
        return responses.ok(new OrganizationPage(items, result.page(), result.size(), result.total(),
                result.totalPages(), result.totalIsLowerBound()));
    }

    @GetMapping("/organizations/{id}")
    @Operation(summary = "The public profile of one organisation")
    @ApiResponse(responseCode = "200", description = "The organisation")
    @ApiResponse(responseCode = "404", description = "No such organisation",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ApiModel.Organization> organization(
            @Parameter(description = "Organisation id") @PathVariable long id) {
        OrganizationProfiles.Profile profile = profiles.profile(id);
        Organization o = profile.organization();
        String base = base();
        String logoUrl = o.hasLogo() ? base + "/organizations/" + id + "/logo" : null;
        return responses.ok(new ApiModel.Organization(id, o.getName(), o.getLegalForm(), o.getKrs(),
                o.getRegisterName(), o.getRegisterNumber(), o.getNip(), o.getRegon(),
                new Address(o.getStreet(), o.getPostalCode(), o.getCity()),
                new Gmina(profile.gmina().id(), profile.gmina().name()),
                profile.spheres().stream().map(OrganizationApiController::ref).toList(), o.getDescription(),
                o.getBeneficiaries(), o.getEmail(), o.getPhone(), o.getWebsite(), o.isVerified(),
                profile.representatives(), logoUrl, base + "/organizations/" + id, o.getCreatedAt()));
    }

    @GetMapping("/spheres")
    @Operation(summary = "Spheres of public benefit",
            description = "The national list of art. 4 ust. 1 of the Act, in groups")
    ResponseEntity<List<SphereGroup>> spheres() {
        return responses.ok(spheres.groups()
            .stream()
            .map(g -> new SphereGroup(g.group().code(), g.group().name(), g.group().nameEn(),
                    g.items()
                        .stream()
                        .map(s -> new SphereItem(s.code(), s.articlePoint(), s.name(), s.nameEn()))
                        .toList()))
            .toList());
    }

    private List<SphereRef> refs(List<String> codes) {
        return spheres.inOrder(codes).stream().map(OrganizationApiController::ref).toList();
    }

    private static SphereRef ref(Sphere s) {
        return new SphereRef(s.code(), s.name(), s.nameEn());
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    /**
     * The directory's own refusals as problem details; the common ones (a malformed
     * value, an unknown parameter) come from {@link ApiProblems}.
     */
    @RestControllerAdvice(assignableTypes = OrganizationApiController.class)
    static class Problems {

        @ExceptionHandler(InvalidCriteria.class)
        ResponseEntity<ProblemDetail> invalid(InvalidCriteria e) {
            return ApiProblems.badParameter(e.parameter(), "Parameter '" + e.parameter() + "': " + e.getMessage());
        }

        @ExceptionHandler(NotFound.class)
        ProblemDetail notFound(NotFound e) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such organisation");
        }

    }

}
