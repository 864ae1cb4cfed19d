package pl.wspolnie.budget.web;

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
import pl.wspolnie.budget.domain.BudgetOpenData;
import pl.wspolnie.budget.domain.BudgetOpenData.EditionRow;
import pl.wspolnie.budget.domain.BudgetOpenData.ProjectRow;
import pl.wspolnie.budget.domain.Results;
import pl.wspolnie.shared.web.api.ApiFilter;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.ApiList;
import pl.wspolnie.shared.web.api.ApiResponses;
import pl.wspolnie.shared.web.api.Paging;
import pl.wspolnie.shared.web.api.PublicApi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The participatory budget as JSON (/api/v1): editions, submitted projects with where
 * they stand after the review, and the results from the results phase on with the
 * anonymised ballot file's address and SHA-256.
 */
@PublicApi
@Tag(name = "Budżet obywatelski", description = "Edycje, projekty, wyniki głosowania i plik kart do głosowania")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BudgetApiController {

    private final BudgetOpenData data;

    private final ApiResponses responses;

    @GetMapping("/budget-editions")
    @Operation(summary = "Editions of the participatory budget",
            description = "The latest year first; year is the budget year of the edition.")
    ResponseEntity<ApiList<EditionItem>> editions(@ParameterObject ApiFilter filter, @ParameterObject Paging paging) {
        return responses.page(data::editions, filter, paging, BudgetApiController::edition);
    }

    @GetMapping("/budget-editions/{id}")
    @Operation(summary = "One edition of the participatory budget")
    ResponseEntity<EditionItem> edition(@Parameter(description = "Edition id") @PathVariable long id) {
        return responses.ok(edition(data.edition(id)));
    }

    @GetMapping("/budget-editions/{id}/results")
    @Operation(summary = "The results of an edition",
            description = "Ranked projects of each pool with their votes and outcome, the turnout and the anonymised "
                    + "ballot file's address and SHA-256. 404 before the results phase.")
    ResponseEntity<ResultsItem> budgetResults(@Parameter(description = "Edition id") @PathVariable long id) {
        BudgetOpenData.Published p = data.results(id);
        return responses.ok(results(id, p), p.publishedAt());
    }

    @GetMapping("/budget-projects")
    @Operation(summary = "Submitted projects of the participatory budget",
            description = "By edition (latest year first) and title, each with where it stands after the review; "
                    + "year is the budget year of the edition.")
    ResponseEntity<ApiList<ProjectItem>> projects(@ParameterObject ApiFilter filter, @ParameterObject Paging paging) {
        return responses.page(data::projects, filter, paging, BudgetApiController::project);
    }

    @GetMapping("/budget-projects/{id}")
    @Operation(summary = "One submitted project")
    ResponseEntity<ProjectItem> project(@Parameter(description = "Project id") @PathVariable long id) {
        return responses.one(data.project(id), BudgetApiController::project, ProjectRow::submittedAt);
    }

    private static EditionItem edition(EditionRow e) {
        return new EditionItem(e.id(), e.jstId(), e.year(), e.title(), e.expenditure(), e.expenditureSource(),
                e.minAge(), e.choicesPerPool(), e.minVotes(),
                e.timeline().stream().map(d -> new PhaseItem(d.phase().name(), d.from(), d.to())).toList(), e.phase(),
                e.pools()
                    .stream()
                    .map(p -> new PoolItem(p.id(), p.name(), p.wholeJst(), p.amount(), p.population()))
                    .toList(),
                ApiLinks.absolute("/budget/" + e.id()),
                e.resultsPublic() ? ApiLinks.absolute("/api/v1/budget-editions/" + e.id() + "/results") : null);
    }

    private static ProjectItem project(ProjectRow p) {
        return new ProjectItem(p.id(), p.editionId(), p.jstId(), p.year(), p.poolId(), p.poolName(), p.title(),
                p.description(), p.location(), p.costTotal(), p.version(), p.submittedAt(), p.standing(),
                p.ballotCost(), ApiLinks.absolute("/budget/projects/" + p.id()));
    }

    private static ResultsItem results(long id, BudgetOpenData.Published published) {
        Results.Count c = published.count();
        Map<String, Long> invalid = new LinkedHashMap<>();
        c.invalid().forEach((reason, n) -> invalid.put(reason.name(), n));
        return new ResultsItem(id, c.edition().getJstId(), c.edition().getYear(), published.publishedAt(), c.ballots(),
                c.online(), c.paper(), c.invalidTotal(), invalid, c.alreadyVoted(), c.undecided(),
                c.pools()
                    .stream()
                    .map(p -> new PoolResultItem(p.name(), p.amount(), p.left(),
                            p.lines()
                                .stream()
                                .map(l -> new LineItem(l.rank(), l.projectId(), l.title(), l.cost(), l.votes(),
                                        l.outcome().name(), l.tied()))
                                .toList()))
                    .toList(),
                c.turnout()
                    .stream()
                    .map(t -> new TurnoutItem(t.name(), t.population(), t.ballots(), t.percent()))
                    .toList(),
                new BallotFileItem(ApiLinks.absolute("/budget/" + id + "/ballots.csv"), c.checksum()), c.drawKey(),
                ApiLinks.absolute("/budget/" + id + "/results"));
    }

    @Schema(name = "BudgetEdition", description = "An edition of the participatory budget")
    record EditionItem(long id, long jstId, @Schema(description = "Budget year") int year, String title,
            @Schema(description = "Money for the projects, zł") BigDecimal expenditure, String expenditureSource,
            @Schema(description = "Youngest age allowed to vote") int minAge,
            @Schema(description = "Projects a voter may choose in each pool") int choicesPerPool,
            @Schema(description = "Votes a project needs to be chosen") int minVotes, List<PhaseItem> timeline,
            @Schema(description = "The phase today (SUBMISSION ... IMPLEMENTATION), null between phases") String phase,
            List<PoolItem> pools, String pageUrl,
            @Schema(description = "Address of the results, null before the results phase") String resultsUrl) {
    }

    @Schema(name = "BudgetPhase", description = "A phase of an edition with its dates")
    record PhaseItem(String phase, LocalDate from, LocalDate to) {
    }

    @Schema(name = "BudgetPool", description = "A pool of an edition (the whole JST or an area)")
    record PoolItem(long id, String name, boolean wholeJst, @Schema(description = "zł") BigDecimal amount,
            int population) {
    }

    @Schema(name = "BudgetProject", description = "A submitted project (its latest submitted version)")
    record ProjectItem(long id, long editionId, long jstId, int year, long poolId, String poolName, String title,
            String description, String location, @Schema(description = "Cost as submitted, zł") BigDecimal costTotal,
            @Schema(description = "Number of the submitted version") int version, Instant submittedAt,
            @Schema(description = "FORMAL_PENDING, FORMAL_NEGATIVE, MERIT_PENDING, MERIT_NEGATIVE, CONFLICT_OPEN, "
                    + "CONFLICT_LEFT_OUT or ON_BALLOT") String standing,
            @Schema(description = "Cost on the ballot (the merit review's corrected cost when it fits), zł") BigDecimal ballotCost,
            String pageUrl) {
    }

    @Schema(name = "BudgetResults", description = "The results of an edition")
    record ResultsItem(long editionId, long jstId, int year,
            @Schema(description = "When the count was kept") Instant publishedAt, long ballots, long online, long paper,
            @Schema(description = "Invalid paper cards") long invalid,
            @Schema(description = "Invalid paper cards by reason") Map<String, Long> invalidByReason,
            @Schema(description = "Paper cards of people who had already voted") long alreadyVoted,
            @Schema(description = "Paper cards not decided before the results phase") long undecided,
            List<PoolResultItem> pools, List<TurnoutItem> turnout, BallotFileItem ballotFile,
            @Schema(description = "The key of the draw between tied projects") String drawKey, String pageUrl) {
    }

    @Schema(name = "BudgetPoolResult", description = "A pool's ranked projects and the money left")
    record PoolResultItem(String name, BigDecimal amount, BigDecimal left, List<LineItem> lines) {
    }

    @Schema(name = "BudgetResultLine", description = "A project's place in its pool")
    record LineItem(int rank, long projectId, String title, BigDecimal cost, long votes,
            @Schema(description = "CHOSEN, TOO_FEW_VOTES or NO_MONEY_LEFT") String outcome, boolean tied) {
    }

    @Schema(name = "BudgetTurnout", description = "A pool's turnout")
    record TurnoutItem(String name, int population, long ballots, BigDecimal percent) {
    }

    @Schema(name = "BallotFile", description = "The anonymised ballot file (one line per ballot, UTF-8)")
    record BallotFileItem(String url, @Schema(description = "SHA-256 of the file, hex") String sha256) {
    }

}
