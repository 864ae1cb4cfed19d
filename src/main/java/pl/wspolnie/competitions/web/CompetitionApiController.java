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
import pl.wspolnie.competitions.domain.CompetitionOpenData;
import pl.wspolnie.competitions.domain.CompetitionOpenData.Announcement;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.ApiFilter;
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
 * Open competitions as JSON (/api/v1): published announcements with their tasks, and the
 * results (organisations, task, amount) once the executive decided them. Drafts and
 * undecided results never appear.
 */
@PublicApi
@Tag(name = "Konkursy", description = "Otwarte konkursy ofert: ogłoszenia, zadania i wyniki (art. 13 i 15 ustawy)")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CompetitionApiController {

    private final CompetitionOpenData data;

    private final ApiResponses responses;

    @GetMapping("/competitions")
    @Operation(summary = "Published competitions",
            description = "Newest first. year is the year the tasks' period starts.")
    ResponseEntity<ApiList<CompetitionItem>> competitions(@ParameterObject ApiFilter filter,
            @ParameterObject Paging paging) {
        return responses.page(data::competitions, filter, paging, CompetitionApiController::item);
    }

    @GetMapping("/competitions/{id}")
    @Operation(summary = "One published competition: the announcement and its tasks")
    ResponseEntity<CompetitionItem> competition(@Parameter(description = "Competition id") @PathVariable long id) {
        return responses.one(data.competition(id), CompetitionApiController::item, Announcement::changedAt);
    }

    @GetMapping("/competitions/{id}/results")
    @Operation(summary = "The results of one competition",
            description = "Every decided offer with its organisations, task and amount (0: not funded), largest "
                    + "first. 404 until the executive decides the results.")
    ResponseEntity<List<ResultItem>> results(@Parameter(description = "Competition id") @PathVariable long id) {
        Announcement a = data.competition(id);
        List<ResultItem> results = data.resultsOf(id).stream().map(CompetitionApiController::result).toList();
        return responses.ok(results, a.changedAt());
    }

    @GetMapping("/competition-results")
    @Operation(summary = "Results of every decided competition",
            description = "By competition, most recently decided first; year is the year the tasks' period starts.")
    ResponseEntity<ApiList<ResultItem>> allResults(@ParameterObject ApiFilter filter, @ParameterObject Paging paging) {
        return responses.page(data::results, filter, paging, CompetitionApiController::result);
    }

    private static CompetitionItem item(Announcement a) {
        BigDecimal funds = a.tasks()
            .stream()
            .map(CompetitionOpenData.Task::funds)
            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        String state = a.annulledAt() != null ? "ANNULLED" : a.decidedAt() != null ? "DECIDED" : "PUBLISHED";
        return new CompetitionItem(a.id(), a.jstId(), a.title(), a.description(), a.mode(), state, a.periodFrom(),
                a.periodTo(), a.offerDeadline(), a.minGrant(), a.maxGrant(), a.minOwnContributionPct(), funds,
                a.conditions(), a.publishedAt(), a.decidedAt(), a.annulledAt(), a.annulmentReason(),
                a.tasks()
                    .stream()
                    .map(t -> new TaskItem(t.id(), t.position(), t.name(), t.sphereCode(), t.funds()))
                    .toList(),
                ApiLinks.absolute("/competitions/" + a.id()), a.decidedAt() != null && a.annulledAt() == null
                        ? ApiLinks.absolute("/api/v1/competitions/" + a.id() + "/results") : null);
    }

    private static ResultItem result(CompetitionOpenData.Result r) {
        List<OrganizationRef> organizations = new ArrayList<>();
        for (int i = 0; i < r.organizationIds().size(); i++) {
            organizations.add(new OrganizationRef(r.organizationIds().get(i), r.organizationNames().get(i)));
        }
        return new ResultItem(r.competitionId(), r.jstId(), r.competitionTitle(), r.offerId(), r.offerTitle(),
                r.taskId(), r.taskName(), organizations, r.amount(), r.decidedAt());
    }

    @Schema(name = "Competition", description = "A published competition (announcement)")
    record CompetitionItem(long id, @Schema(description = "Id of the JST that announced it") long jstId, String title,
            String description,
            @Schema(description = "SUPPORTING (wspieranie) or ENTRUSTING (powierzanie)") String mode,
            @Schema(description = "PUBLISHED, DECIDED or ANNULLED") String state, LocalDate periodFrom,
            LocalDate periodTo, Instant offerDeadline, BigDecimal minGrant, BigDecimal maxGrant,
            BigDecimal minOwnContributionPct, @Schema(description = "Funds of all tasks, zł") BigDecimal totalFunds,
            String conditions, Instant publishedAt, Instant decidedAt, Instant annulledAt, String annulmentReason,
            List<TaskItem> tasks, @Schema(description = "Address of the public page") String pageUrl,
            @Schema(description = "Address of the results, null until they are decided") String resultsUrl) {
    }

    @Schema(name = "CompetitionTask", description = "A public task of a competition")
    record TaskItem(long id, int position, String name,
            @Schema(description = "Sphere code (see /api/v1/spheres)") String sphereCode,
            @Schema(description = "Funds for the task, zł") BigDecimal funds) {
    }

    @Schema(name = "CompetitionResult", description = "A decided offer")
    record ResultItem(long competitionId, long jstId, String competitionTitle, long offerId, String offerTitle,
            Long taskId, String taskName, List<OrganizationRef> organizations,
            @Schema(description = "Grant awarded, zł (0: not funded)") BigDecimal amount, Instant decidedAt) {
    }

    @Schema(name = "OrganizationRef", description = "An organisation (see /api/v1/organizations/{id})")
    record OrganizationRef(long id, String name) {
    }

}
