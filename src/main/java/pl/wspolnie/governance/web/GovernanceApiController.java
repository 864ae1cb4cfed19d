package pl.wspolnie.governance.web;

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
import pl.wspolnie.governance.domain.GovernanceOpenData;
import pl.wspolnie.governance.domain.GovernanceOpenData.DocumentRow;
import pl.wspolnie.governance.domain.GovernanceOpenData.ResolutionRow;
import pl.wspolnie.shared.web.api.ApiFilter;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.ApiList;
import pl.wspolnie.shared.web.api.ApiResponses;
import pl.wspolnie.shared.web.api.Paging;
import pl.wspolnie.shared.web.api.PublicApi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Partnership governance as JSON (/api/v1): the register of resolutions and the versioned
 * documents (regulations, standards, rules of cooperation) with every version and its
 * SHA-256, as their public pages show them.
 */
@PublicApi
@Tag(name = "Porozumienie", description = "Rejestr uchwał Forum i Rady porozumienia oraz wersjonowane regulaminy")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GovernanceApiController {

    private final GovernanceOpenData data;

    private final ApiResponses responses;

    @GetMapping("/resolutions")
    @Operation(summary = "The register of resolutions",
            description = "Resolutions of the Forums and Councils of cooperation agreements, newest first; year is the "
                    + "register year; jst is the agreement's JST.")
    ResponseEntity<ApiList<ResolutionItem>> resolutions(@ParameterObject ApiFilter filter,
            @ParameterObject Paging paging) {
        return responses.page(data::resolutions, filter, paging, GovernanceApiController::item);
    }

    @GetMapping("/resolutions/{id}")
    @Operation(summary = "One resolution with its text")
    ResponseEntity<ResolutionItem> resolution(@Parameter(description = "Resolution id") @PathVariable long id) {
        return responses.one(data.resolution(id), GovernanceApiController::item, ResolutionRow::changedAt);
    }

    @GetMapping("/governance-documents")
    @Operation(summary = "Versioned documents of cooperation agreements",
            description = "Regulations of the Council and the Forum, cooperation standards and rules, newest first, "
                    + "each with its versions (without their texts); year is the year the document was created.")
    ResponseEntity<ApiList<DocumentItem>> governanceDocuments(@ParameterObject ApiFilter filter,
            @ParameterObject Paging paging) {
        return responses.pageInYear(data::documents, filter, paging, GovernanceApiController::item);
    }

    @GetMapping("/governance-documents/{id}")
    @Operation(summary = "One document with every version and its text")
    ResponseEntity<DocumentItem> governanceDocument(@Parameter(description = "Document id") @PathVariable long id) {
        return responses.one(data.document(id), GovernanceApiController::item, DocumentRow::changedAt);
    }

    private static ResolutionItem item(ResolutionRow r) {
        return new ResolutionItem(r.id(), r.agreementId(), r.jstId(), r.number() + "/" + r.year(), r.year(), r.number(),
                r.title(), r.text(), r.status(), r.changesId(), r.change(),
                new Votes(r.votesFor(), r.votesAgainst(), r.votesAbstained()), r.adoptedOn(),
                ApiLinks.absolute("/governance/" + r.agreementId() + "/resolutions/" + r.id()));
    }

    private static DocumentItem item(DocumentRow d) {
        String page = "/governance/" + d.agreementId() + "/documents/" + d.id();
        return new DocumentItem(d.id(), d.agreementId(), d.jstId(), d.kind(), d.title(), d.createdAt(), d.versions()
            .stream()
            .map(v -> new VersionItem(v.number(), v.status(), v.sha256(), v.consultationId(), v.resolutionId(),
                    v.inForceFrom(), v.createdAt(), v.text(), ApiLinks.absolute(page + "/versions/" + v.number()),
                    ApiLinks.absolute(page + "/versions/" + v.number() + ".pdf")))
            .toList(), ApiLinks.absolute(page));
    }

    @Schema(name = "Resolution", description = "A resolution of the register of a cooperation agreement")
    record ResolutionItem(long id, long agreementId, @Schema(description = "Id of the agreement's JST") long jstId,
            @Schema(description = "Number/year as cited, e.g. 3/2026") String designation, int year, int number,
            String title, String text, @Schema(description = "IN_FORCE, AMENDED or REPEALED") String status,
            @Schema(description = "The resolution this one amends or repeals") Long changesId,
            @Schema(description = "AMENDS or REPEALS, with changesId") String change, Votes votes, LocalDate adoptedOn,
            @Schema(description = "Address of the public page") String pageUrl) {
    }

    @Schema(name = "ResolutionVotes", description = "The totals of the named vote (the page lists the names)")
    record Votes(int votesFor, int against, int abstained) {
    }

    @Schema(name = "GovernanceDocument", description = "A versioned document of a cooperation agreement")
    record DocumentItem(long id, long agreementId, @Schema(description = "Id of the agreement's JST") long jstId,
            @Schema(description = "COUNCIL_REGULATION, FORUM_REGULATION, COOPERATION_STANDARDS, COOPERATION_RULES or "
                    + "OTHER") String kind,
            String title, Instant createdAt, List<VersionItem> versions,
            @Schema(description = "Address of the public page") String pageUrl) {
    }

    @Schema(name = "GovernanceDocumentVersion", description = "An immutable version of a document")
    record VersionItem(int number, @Schema(description = "DRAFT, CONSULTATION or ADOPTED") String status,
            @Schema(description = "SHA-256 of the UTF-8 text") String sha256,
            @Schema(description = "The consultation of this version, if any") Long consultationId,
            @Schema(description = "The resolution that adopted it") Long resolutionId,
            @Schema(description = "In force from this day (adopted versions)") LocalDate inForceFrom, Instant createdAt,
            @Schema(description = "The text; only in the document's own answer") String text, String pageUrl,
            String pdfUrl) {
    }

}
