package pl.wspolnie.noticeboard.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import pl.wspolnie.noticeboard.domain.NoticeOpenData;
import pl.wspolnie.shared.web.api.ApiFilter;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.ApiList;
import pl.wspolnie.shared.web.api.ApiResponses;
import pl.wspolnie.shared.web.api.Paging;
import pl.wspolnie.shared.web.api.PublicApi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The notice board as JSON (/api/v1): published notices only. */
@PublicApi
@Tag(name = "Ogłoszenia", description = "Tablica ogłoszeń: finansowanie zewnętrzne, wolontariat, praca w NGO")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeApiController {

    private final NoticeOpenData data;

    private final ApiResponses responses;

    @GetMapping("/notices")
    @Operation(summary = "Published notices",
            description = "Newest first, expired ones too (see expiresOn); year is the year the notice was posted.")
    ResponseEntity<ApiList<NoticeDto>> notices(@ParameterObject ApiFilter filter, @ParameterObject Paging paging) {
        return responses.pageInYear(data::notices, filter, paging,
                n -> new NoticeDto(n.id(), n.kind(), n.jstId(), n.organizationId(), n.title(), n.description(),
                        n.expiresOn(), n.link(), n.funder(), n.deadline(), n.amountMin(), n.amountMax(),
                        n.cofinancingPercent(), n.place(), n.when(), n.volunteersNeeded(), n.postedAt(),
                        ApiLinks.absolute("/notices/" + n.id())));
    }

    @Schema(name = "Notice", description = "A published notice")
    record NoticeDto(long id, @Schema(description = "FUNDING, VOLUNTEERING or JOB") String kind, long jstId,
            @Schema(description = "The organisation that posted it, null for the JST") Long organizationId,
            String title, String description, LocalDate expiresOn, String link, String funder, LocalDate deadline,
            BigDecimal amountMin, BigDecimal amountMax, BigDecimal cofinancingPercent, String place, String when,
            Integer volunteersNeeded, Instant postedAt, String pageUrl) {
    }

}
