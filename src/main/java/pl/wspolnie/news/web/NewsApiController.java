package pl.wspolnie.news.web;

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
import pl.wspolnie.news.domain.NewsOpenData;
import pl.wspolnie.shared.web.api.ApiFilter;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.ApiList;
import pl.wspolnie.shared.web.api.ApiResponses;
import pl.wspolnie.shared.web.api.Paging;
import pl.wspolnie.shared.web.api.PublicApi;

import java.time.Instant;
import java.util.List;

/**
 * Published news as JSON (/api/v1): what the news pages show, nothing pending or
 * scheduled.
 */
@PublicApi
@Tag(name = "Aktualności", description = "Opublikowane aktualności, dobre praktyki, opinie ekspertów i wywiady")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NewsApiController {

    private final NewsOpenData data;

    private final ApiResponses responses;

    @GetMapping("/news")
    @Operation(summary = "Published news", description = "Newest first; year is the year of publication.")
    ResponseEntity<ApiList<NewsDto>> news(@ParameterObject ApiFilter filter, @ParameterObject Paging paging) {
        return responses.pageInYear(data::news, filter, paging, NewsApiController::dto);
    }

    @GetMapping("/news/{id}")
    @Operation(summary = "One published news item")
    ResponseEntity<NewsDto> item(@Parameter(description = "News id") @PathVariable long id) {
        return responses.one(data.item(id), NewsApiController::dto, NewsOpenData.Item::updatedAt);
    }

    private static NewsDto dto(NewsOpenData.Item n) {
        return new NewsDto(n.id(), n.jstId(), n.organizationId(), n.kind(), n.title(), n.lead(), n.body(),
                n.sphereCodes(), n.publishedAt(), n.updatedAt(), ApiLinks.absolute("/news/" + n.id()));
    }

    @Schema(name = "News", description = "A published news item")
    record NewsDto(long id, @Schema(description = "Id of the JST it was published in") long jstId,
            @Schema(description = "The organisation that published it, null for the JST") Long organizationId,
            @Schema(description = "NEWS, GOOD_PRACTICE, EXPERT_OPINION or INTERVIEW") String kind, String title,
            String lead, @Schema(description = "Sanitised HTML") String body, List<String> sphereCodes,
            Instant publishedAt, Instant updatedAt, String pageUrl) {
    }

}
