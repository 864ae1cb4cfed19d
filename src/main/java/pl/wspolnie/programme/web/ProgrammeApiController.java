package pl.wspolnie.programme.web;

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
import pl.wspolnie.programme.domain.ProgrammeOpenData;
import pl.wspolnie.programme.domain.ProgrammeOpenData.Adopted;
import pl.wspolnie.programme.domain.ProgrammeWork;
import pl.wspolnie.shared.figures.CompetitionYearFigures;
import pl.wspolnie.shared.figures.SmallGrantYearFigures;
import pl.wspolnie.shared.web.api.ApiFilter;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.ApiList;
import pl.wspolnie.shared.web.api.ApiResponses;
import pl.wspolnie.shared.web.api.Paging;
import pl.wspolnie.shared.web.api.PublicApi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The cooperation programmes as JSON (/api/v1): adopted programmes with their priority
 * tasks and indicators, and the published yearly reports with their figures. Drafts and
 * unpublished reports never appear.
 */
@PublicApi
@Tag(name = "Programy współpracy",
        description = "Uchwalone programy współpracy (art. 5a) i sprawozdania z ich realizacji")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProgrammeApiController {

    private final ProgrammeOpenData data;

    private final ApiResponses responses;

    @GetMapping("/programmes")
    @Operation(summary = "Adopted cooperation programmes",
            description = "The latest years first; year: a programme covering that year.")
    ResponseEntity<ApiList<ProgrammeItem>> programmes(@ParameterObject ApiFilter filter,
            @ParameterObject Paging paging) {
        return responses.page(data::programmes, filter, paging, ProgrammeApiController::item);
    }

    @GetMapping("/programmes/{id}")
    @Operation(summary = "One adopted cooperation programme")
    ResponseEntity<ProgrammeItem> programme(@Parameter(description = "Programme id") @PathVariable long id) {
        return responses.ok(item(data.programme(id)));
    }

    @GetMapping("/programme-reports")
    @Operation(summary = "Published yearly reports on the programmes",
            description = "The latest year first, with the figures as they stood when the report was published; "
                    + "year is the year reported on.")
    ResponseEntity<ApiList<ReportItem>> programmeReports(@ParameterObject ApiFilter filter,
            @ParameterObject Paging paging) {
        return responses.page(data::reports, filter, paging, ProgrammeApiController::report);
    }

    @GetMapping("/programme-reports/{jst}/{year}")
    @Operation(summary = "The published report of a JST on a year", description = "404 until it is published.")
    ResponseEntity<ReportItem> programmeReport(@Parameter(description = "JST id") @PathVariable long jst,
            @Parameter(description = "Year reported on") @PathVariable int year) {
        return responses.one(data.report(jst, year), ProgrammeApiController::report,
                ProgrammeOpenData.Report::publishedAt);
    }

    private static ProgrammeItem item(Adopted p) {
        return new ProgrammeItem(p.id(), p.jstId(), p.title(), p.yearFrom(), p.yearTo(), p.resolutionNumber(),
                p.resolutionDate(), p.consultationId(), p.parts(),
                p.tasks()
                    .stream()
                    .map(t -> new TaskItem(t.id(), t.sphereCode(), t.description(), t.plannedFunds()))
                    .toList(),
                p.indicators().stream().map(i -> new IndicatorItem(i.id(), i.name(), i.target())).toList(),
                ApiLinks.absolute("/programmes/" + p.id()));
    }

    private static ReportItem report(ProgrammeOpenData.Report r) {
        ProgrammeWork.Figures f = r.figures();
        return new ReportItem(r.jstId(), r.year(), r.narrative(), r.publishedAt(),
                f.consultations() == null ? 0 : f.consultations().size(), f.remarks(), f.unanswered(),
                f.council() == null ? null
                        : new CouncilCounts(f.council().requested(), f.council().given(), f.council().lapsed()),
                f.competitions(), f.smallGrants(),
                f.tasks() == null ? List.of()
                        : f.tasks()
                            .stream()
                            .map(t -> new TaskPlanItem(t.sphereCode(), t.descriptions(), t.planned(), t.awarded()))
                            .toList(),
                ApiLinks.absolute("/programmes/reports/" + r.jstId() + "/" + r.year()));
    }

    @Schema(name = "Programme", description = "An adopted cooperation programme")
    record ProgrammeItem(long id, long jstId, String title, int yearFrom, int yearTo,
            @Schema(description = "Number of the council's resolution adopting it") String resolutionNumber,
            LocalDate resolutionDate, @Schema(description = "The consultation of its draft") Long consultationId,
            @Schema(description = "The parts of art. 5a ust. 4: goals, principles, scope, forms, period, "
                    + "implementation, funds, evaluation, creation, commissions") Map<String, String> parts,
            List<TaskItem> tasks, List<IndicatorItem> indicators, String pageUrl) {
    }

    @Schema(name = "ProgrammeTask", description = "A priority task of a programme")
    record TaskItem(long id, String sphereCode, String description,
            @Schema(description = "Funds planned, zł") BigDecimal plannedFunds) {
    }

    @Schema(name = "ProgrammeIndicator", description = "An evaluation indicator of a programme")
    record IndicatorItem(long id, String name, String target) {
    }

    @Schema(name = "ProgrammeReport", description = "A published yearly report on the cooperation programme")
    record ReportItem(long jstId, int year, String narrative, Instant publishedAt,
            @Schema(description = "Consultations held in the year") int consultations,
            @Schema(description = "Remarks sent in them") int remarks,
            @Schema(description = "Remarks left unanswered") int unanswered, CouncilCounts council,
            @Schema(description = "Competitions, grants, contracts and returns of the year") CompetitionYearFigures competitions,
            @Schema(description = "Small grants of the year") SmallGrantYearFigures smallGrants,
            List<TaskPlanItem> tasks, String pageUrl) {
    }

    @Schema(name = "ProgrammeReportCouncil", description = "Requests for the council's opinion in the year")
    record CouncilCounts(int requested, int given, int lapsed) {
    }

    @Schema(name = "ProgrammeReportTask", description = "Priority tasks of a sphere: planned funds and grants awarded")
    record TaskPlanItem(String sphereCode, List<String> descriptions, BigDecimal planned, BigDecimal awarded) {
    }

}
