package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import pl.wspolnie.competitions.domain.SmallGrantOpenData;
import pl.wspolnie.competitions.domain.SmallGrantOpenData.Grant;
import pl.wspolnie.shared.web.api.ApiFilter;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.ApiList;
import pl.wspolnie.shared.web.api.ApiResponses;
import pl.wspolnie.shared.web.api.Paging;
import pl.wspolnie.shared.web.api.PublicApi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Small grants (art. 19a) as JSON (/api/v1): the offers published for remarks and the
 * decisions, and the register of awarded ones, as the public pages show them.
 */
@PublicApi
@Tag(name = "Małe granty", description = "Oferty w trybie art. 19a opublikowane do uwag, decyzje i rejestr")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SmallGrantApiController {

    private final SmallGrantOpenData data;

    private final ApiResponses responses;

    @GetMapping("/small-grants")
    @Operation(summary = "Published small grants",
            description = "Offers published for remarks and decided ones, newest offer first; year is the year of the "
                    + "offer.")
    ResponseEntity<ApiList<SmallGrantItem>> smallGrants(@ParameterObject ApiFilter filter,
            @ParameterObject Paging paging) {
        return responses.page(data::grants, filter, paging, SmallGrantApiController::item);
    }

    @GetMapping("/small-grant-register")
    @Operation(summary = "The register of awarded small grants",
            description = "Awarded small grants by offer date, as the register page; year is the year of the offer.")
    ResponseEntity<ApiList<SmallGrantItem>> smallGrantRegister(@ParameterObject ApiFilter filter,
            @ParameterObject Paging paging) {
        return responses.page(data::register, filter, paging, SmallGrantApiController::item);
    }

    @GetMapping("/small-grants/{offerId}")
    @Operation(summary = "One published small grant")
    ResponseEntity<SmallGrantItem> smallGrant(@Parameter(description = "Offer id") @PathVariable long offerId) {
        return responses.one(data.grant(offerId), SmallGrantApiController::item, Grant::changedAt);
    }

    private static SmallGrantItem item(Grant g) {
        return new SmallGrantItem(g.offerId(), g.jstId(), g.title(), g.sphereCode(),
                new CompetitionApiController.OrganizationRef(g.organizationId(), g.organizationName()), g.amount(),
                g.offerDate(), g.periodFrom(), g.periodTo(), g.status(), g.publishedOn(), g.remarksUntil(),
                g.decidedAt(), g.decisionReason(), ApiLinks.absolute("/small-grants/offers/" + g.offerId()));
    }

    @Schema(name = "SmallGrant", description = "A small-grant offer published for remarks, and its decision")
    record SmallGrantItem(long offerId, @Schema(description = "Id of the JST it was submitted to") long jstId,
            @Schema(description = "Title of the task") String title,
            @Schema(description = "Sphere code (see /api/v1/spheres)") String sphereCode,
            CompetitionApiController.OrganizationRef organization,
            @Schema(description = "Grant asked for, or awarded once AWARDED, zł") BigDecimal amount,
            LocalDate offerDate, LocalDate periodFrom, LocalDate periodTo,
            @Schema(description = "PUBLISHED (remarks, then the decision), AWARDED or REFUSED") String status,
            LocalDate publishedOn, @Schema(description = "Last day of remarks") LocalDate remarksUntil,
            Instant decidedAt, String decisionReason,
            @Schema(description = "Address of the public page") String pageUrl) {
    }

}
