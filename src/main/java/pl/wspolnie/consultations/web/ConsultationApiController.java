package pl.wspolnie.consultations.web;

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
import pl.wspolnie.consultations.domain.ConsultationOpenData;
import pl.wspolnie.consultations.domain.ConsultationOpenData.Summary;
import pl.wspolnie.consultations.domain.ConsultationStatus;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.ApiFilter;
import pl.wspolnie.shared.web.api.ApiList;
import pl.wspolnie.shared.web.api.ApiResponses;
import pl.wspolnie.shared.web.api.Paging;
import pl.wspolnie.shared.web.api.PublicApi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Consultations as JSON (/api/v1): the consultations, every version of the draft, the
 * remarks the public may read with their answers, and the report once closed.
 */
@PublicApi
@Tag(name = "Konsultacje", description = "Konsultacje projektów aktów: wersje projektu, uwagi z odpowiedziami, raport")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ConsultationApiController {

    private final ConsultationOpenData data;

    private final ApiResponses responses;

    @GetMapping("/consultations")
    @Operation(summary = "Consultations", description = "Latest start first; year is the year the consultation starts.")
    ResponseEntity<ApiList<ConsultationItem>> consultations(@ParameterObject ApiFilter filter,
            @ParameterObject Paging paging) {
        return responses.page(data::consultations, filter, paging, ConsultationApiController::item);
    }

    @GetMapping("/consultations/{id}")
    @Operation(summary = "One consultation")
    ResponseEntity<ConsultationItem> consultation(@Parameter(description = "Consultation id") @PathVariable long id) {
        return responses.ok(item(data.consultation(id)));
    }

    @GetMapping("/consultations/{id}/versions/{version}")
    @Operation(summary = "One version of the draft",
            description = "Chapters and paragraphs in order; version 1 is the draft consulted, later ones were "
                    + "published after the remarks.")
    ResponseEntity<List<DraftItemDto>> version(@Parameter(description = "Consultation id") @PathVariable long id,
            @Parameter(description = "Version number, from 1") @PathVariable int version) {
        Summary c = data.consultation(id);
        return responses.ok(data.draft(id, version)
            .stream()
            .map(i -> new DraftItemDto(i.id(), i.position(), i.kind(), i.label(), i.body()))
            .toList(), c.changedAt());
    }

    @GetMapping("/consultations/{id}/remarks")
    @Operation(summary = "The public remarks with their answers",
            description = "Oldest first. While the consultation runs, only when its remarks are public (else an "
                    + "empty list); once closed, every remark as the report lists it. author is the organisation, or "
                    + "the person when the remarks are public, else null.")
    ResponseEntity<ApiList<RemarkDto>> remarks(@Parameter(description = "Consultation id") @PathVariable long id,
            @ParameterObject Paging paging) {
        return responses.page(data.remarks(id, paging.offset(), paging.size()), paging,
                r -> new RemarkDto(r.id(), r.itemId(), r.author(), r.source(), r.proposal(), r.justification(),
                        r.createdAt(), r.decision(), r.answer(), r.answeredAt()));
    }

    @GetMapping("/consultations/{id}/report")
    @Operation(summary = "The report of a closed consultation", description = "404 until the consultation is closed.")
    ResponseEntity<ReportDto> report(@Parameter(description = "Consultation id") @PathVariable long id) {
        ConsultationOpenData.Report r = data.report(id);
        return responses.ok(
                new ReportDto(item(r.consultation()), r.conclusions(), r.remarks(), r.participants(), r.organisations(),
                        r.decisions(), ApiLinks.absolute("/consultations/" + id + "/report.pdf")),
                r.consultation().changedAt());
    }

    private static ConsultationItem item(Summary c) {
        String base = "/api/v1/consultations/" + c.id();
        return new ConsultationItem(c.id(), c.jstId(), c.subject(), c.legalBasis(), c.participation(), c.forms(),
                c.startsOn(), c.endsOn(), c.status(), c.remarksPublic(), c.closedAt(),
                IntStream.rangeClosed(1, c.currentVersion())
                    .mapToObj(v -> ApiLinks.absolute(base + "/versions/" + v))
                    .toList(),
                ApiLinks.absolute(base + "/remarks"),
                c.status() == ConsultationStatus.CLOSED ? ApiLinks.absolute(base + "/report") : null,
                ApiLinks.absolute("/consultations/" + c.id()));
    }

    @Schema(name = "Consultation", description = "A consultation of a draft")
    record ConsultationItem(long id, @Schema(description = "Id of the JST that consults") long jstId, String subject,
            String legalBasis, @Schema(description = "NGOS, RESIDENTS or EVERYONE") String participation, String forms,
            LocalDate startsOn, LocalDate endsOn, ConsultationStatus status,
            @Schema(description = "Remarks are public while the consultation runs") boolean remarksPublic,
            Instant closedAt,
            @Schema(description = "Addresses of the draft's versions, from 1") List<String> versionUrls,
            String remarksUrl, @Schema(description = "Address of the report, null until closed") String reportUrl,
            String pageUrl) {
    }

    @Schema(name = "ConsultationDraftItem", description = "A chapter or paragraph of the draft")
    record DraftItemDto(long id, int position, @Schema(description = "CHAPTER or PARAGRAPH") String kind, String label,
            String body) {
    }

    @Schema(name = "ConsultationRemark", description = "A public remark with its answer")
    record RemarkDto(long id, @Schema(description = "Draft item of version 1, null: the whole draft") Long itemId,
            @Schema(description = "The organisation, or the person when remarks are public, else null") String author,
            @Schema(description = "ONLINE, PAPER or EMAIL") String source, String proposal, String justification,
            Instant createdAt,
            @Schema(description = "ACCEPTED, PARTLY, REJECTED, OUT_OF_SCOPE; null: not answered") String decision,
            @Schema(description = "Justification of the answer") String answer, Instant answeredAt) {
    }

    @Schema(name = "ConsultationReport", description = "The report of a closed consultation")
    record ReportDto(ConsultationItem consultation, String conclusions, long remarks, long participants,
            long organisations,
            @Schema(description = "Number of remarks per decision (NONE: not answered)") Map<String, Long> decisions,
            @Schema(description = "The report as PDF") String pdfUrl) {
    }

}
