package pl.wspolnie.council.web;

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
import pl.wspolnie.council.domain.CouncilOpenData;
import pl.wspolnie.council.domain.CouncilOpenData.Opinion;
import pl.wspolnie.shared.web.api.ApiFilter;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.ApiList;
import pl.wspolnie.shared.web.api.ApiResponses;
import pl.wspolnie.shared.web.api.Paging;
import pl.wspolnie.shared.web.api.PublicApi;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The opinions of the councils for public benefit as JSON (/api/v1): the requests for
 * opinion as the council's page lists them, with the opinion once given.
 */
@PublicApi
@Tag(name = "Rady pożytku", description = "Wnioski o opinię rady działalności pożytku publicznego i jej opinie")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CouncilApiController {

    private final CouncilOpenData data;

    private final ApiResponses responses;

    @GetMapping("/council-opinions")
    @Operation(summary = "Requests for the council's opinion and the opinions given",
            description = "Newest first; year is the year of the request.")
    ResponseEntity<ApiList<OpinionItem>> councilOpinions(@ParameterObject ApiFilter filter,
            @ParameterObject Paging paging) {
        return responses.pageInYear(data::opinions, filter, paging, CouncilApiController::item);
    }

    @GetMapping("/council-opinions/{id}")
    @Operation(summary = "One request for the council's opinion")
    ResponseEntity<OpinionItem> councilOpinion(@Parameter(description = "Request id") @PathVariable long id) {
        return responses.one(data.opinion(id), CouncilApiController::item, Opinion::changedAt);
    }

    private static OpinionItem item(Opinion o) {
        return new OpinionItem(o.id(), o.jstId(), o.subject(), o.consultationId(), o.requestedAt(), o.deliveredAt(),
                o.deadline(), o.status(), o.opinion(), o.decidedAt(),
                ApiLinks.absolute("/council/" + o.jstId() + "#opinion-" + o.id()));
    }

    @Schema(name = "CouncilOpinion", description = "A request for the council's opinion")
    record OpinionItem(long id, @Schema(description = "Id of the JST whose council it is") long jstId, String subject,
            @Schema(description = "The consultation of the draft, if any") Long consultationId, Instant requestedAt,
            @Schema(description = "When the request reached the council") Instant deliveredAt,
            @Schema(description = "Last day for the opinion") LocalDate deadline,
            @Schema(description = "REQUESTED, GIVEN, LAPSED (no opinion by the deadline) or WITHDRAWN") String status,
            @Schema(description = "The opinion, null unless GIVEN") String opinion,
            @Schema(description = "When it was given or withdrawn") Instant decidedAt, String pageUrl) {
    }

}
