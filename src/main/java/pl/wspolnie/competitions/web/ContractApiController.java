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
import pl.wspolnie.competitions.domain.ContractOpenData;
import pl.wspolnie.competitions.domain.ContractOpenData.Contract;
import pl.wspolnie.competitions.web.CompetitionApiController.OrganizationRef;
import pl.wspolnie.shared.web.api.ApiFilter;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.ApiList;
import pl.wspolnie.shared.web.api.ApiResponses;
import pl.wspolnie.shared.web.api.Paging;
import pl.wspolnie.shared.web.api.PublicApi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Grant contracts of competitions as JSON (/api/v1): who got how much for which task, the
 * contract's dates and the settlement totals once the final report is accepted.
 */
@PublicApi
@Tag(name = "Umowy", description = "Umowy dotacyjne z konkursów i ich rozliczenie (kwota zwrotu)")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContractApiController {

    private final ContractOpenData data;

    private final ApiResponses responses;

    @GetMapping("/contracts")
    @Operation(summary = "Signed grant contracts of competitions",
            description = "Newest signed first; year is the year the contract's period starts.")
    ResponseEntity<ApiList<ContractItem>> contracts(@ParameterObject ApiFilter filter, @ParameterObject Paging paging) {
        return responses.page(data::contracts, filter, paging, ContractApiController::item);
    }

    @GetMapping("/contracts/{offerId}")
    @Operation(summary = "One grant contract, by the id of its offer")
    ResponseEntity<ContractItem> contract(@Parameter(description = "Offer id") @PathVariable long offerId) {
        return responses.one(data.contract(offerId), ContractApiController::item, Contract::changedAt);
    }

    private static ContractItem item(Contract c) {
        List<OrganizationRef> organizations = new ArrayList<>();
        for (int i = 0; i < c.organizationIds().size(); i++) {
            organizations.add(new OrganizationRef(c.organizationIds().get(i), c.organizationNames().get(i)));
        }
        return new ContractItem(c.offerId(), c.competitionId(), c.jstId(), c.competitionTitle(), c.offerTitle(),
                c.taskId(), c.taskName(), organizations, c.signedOn(), c.periodFrom(), c.periodTo(), c.grantAmount(),
                c.settledAt() != null, c.settledAt(), c.unusedGrant(), c.toReturn(), c.settledAmount(),
                ApiLinks.absolute("/competitions/" + c.competitionId()));
    }

    @Schema(name = "Contract", description = "A signed grant contract of a competition")
    record ContractItem(@Schema(description = "Id of the offer (one contract per offer)") long offerId,
            long competitionId, @Schema(description = "Id of the JST that signed it") long jstId,
            String competitionTitle, String offerTitle, Long taskId, String taskName,
            List<OrganizationRef> organizations, LocalDate signedOn,
            @Schema(description = "Period of the task") LocalDate periodFrom, LocalDate periodTo,
            @Schema(description = "Grant in the contract, zł") BigDecimal grantAmount,
            @Schema(description = "Whether the final report is accepted") boolean settled,
            @Schema(description = "When the final report was accepted, null before") Instant settledAt,
            @Schema(description = "Grant not used, zł; null before the settlement") BigDecimal unusedGrant,
            @Schema(description = "Grant to return (unused and above the share), zł; null before the settlement") BigDecimal toReturn,
            @Schema(description = "Grant settled as spent (grant minus the return), zł; null before the settlement") BigDecimal settledAmount,
            @Schema(description = "Address of the competition's public page") String competitionUrl) {
    }

}
