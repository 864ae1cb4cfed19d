package pl.wspolnie.governance.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.security.Permissions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The read side of the agreement's documents: one call per page. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DocumentPages {

    /** A document in the list with the version in force today (or none). */
    public record DocumentRow(AgreementDocument document, DocumentVersion inForce, int versions) {
    }

    public record ListPage(Agreement agreement, List<DocumentRow> documents, boolean mayEdit) {
    }

    /**
     * A version in a document's history: from when it is superseded (if it is) and the
     * resolution that adopted it.
     */
    public record VersionRow(DocumentVersion version, LocalDate supersededOn, Resolution resolution) {
    }

    /**
     * A document's page: its versions, the version in force on the day asked (none before
     * the first took force), and for an editor the resolutions that may adopt a version.
     */
    public record DocumentPage(Agreement agreement, AgreementDocument document, List<VersionRow> versions,
            LocalDate day, DocumentVersion inForce, boolean mayEdit, List<Resolution> resolutions, LocalDate today) {
    }

    /** One version's page (its permanent link). */
    public record VersionPage(Agreement agreement, AgreementDocument document, VersionRow row, int lastNumber) {
    }

    /** The diff of two versions, paragraph by paragraph. */
    public record DiffPage(Agreement agreement, AgreementDocument document, DocumentVersion from, DocumentVersion to,
            List<DocumentText.DiffRow> rows, List<DocumentVersion> versions) {
    }

    private final Agreements agreements;

    private final Documents documents;

    private final AgreementDocumentRepository documentRepository;

    private final DocumentVersionRepository versions;

    private final ResolutionRepository resolutions;

    private final Permissions permissions;

    public ListPage list(long agreementId) {
        Agreement agreement = agreements.get(agreementId);
        List<AgreementDocument> all = documentRepository.findByAgreementIdOrderByKindAscTitleAsc(agreementId);
        Map<Long, List<DocumentVersion>> byDocument = versions
            .findByDocumentIdInOrderByNumberAsc(all.stream().map(AgreementDocument::getId).toList())
            .stream()
            .collect(Collectors.groupingBy(DocumentVersion::getDocumentId));
        LocalDate today = agreements.today();
        return new ListPage(agreement, all.stream().map(d -> {
            List<DocumentVersion> of = byDocument.getOrDefault(d.getId(), List.of());
            return new DocumentRow(d, Documents.inForceOn(of, today).orElse(null), of.size());
        }).toList(), mayEdit(agreement));
    }

    public DocumentPage document(long agreementId, long documentId, LocalDate day) {
        Agreement agreement = agreements.get(agreementId);
        AgreementDocument document = documents.get(agreementId, documentId);
        List<DocumentVersion> all = versions.findByDocumentIdOrderByNumberAsc(documentId);
        LocalDate today = agreements.today();
        LocalDate asked = day == null ? today : day;
        boolean mayEdit = mayEdit(agreement);
        return new DocumentPage(agreement, document, rows(all), asked, Documents.inForceOn(all, asked).orElse(null),
                mayEdit, mayEdit ? resolutions.search(agreementId, "").stream().filter(Resolution::isInForce).toList()
                        : List.of(),
                today);
    }

    public VersionPage version(long agreementId, long documentId, int number) {
        Agreement agreement = agreements.get(agreementId);
        AgreementDocument document = documents.get(agreementId, documentId);
        List<DocumentVersion> all = versions.findByDocumentIdOrderByNumberAsc(documentId);
        VersionRow row = rows(all).stream()
            .filter(r -> r.version().getNumber() == number)
            .findFirst()
            .orElseThrow(() -> new NotFound("version " + number));
        return new VersionPage(agreement, document, row, all.get(all.size() - 1).getNumber());
    }

    public DiffPage diff(long agreementId, long documentId, int from, int to) {
        Agreement agreement = agreements.get(agreementId);
        AgreementDocument document = documents.get(agreementId, documentId);
        DocumentVersion a = documents.version(agreementId, documentId, from);
        DocumentVersion b = documents.version(agreementId, documentId, to);
        return new DiffPage(agreement, document, a, b, DocumentText.diff(a.paragraphs(), b.paragraphs()),
                versions.findByDocumentIdOrderByNumberAsc(documentId));
    }

    private List<VersionRow> rows(List<DocumentVersion> all) {
        Set<Long> ids = all.stream()
            .map(DocumentVersion::getResolutionId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
        Map<Long, Resolution> byId = resolutions.findByIdIn(ids)
            .stream()
            .collect(Collectors.toMap(Resolution::getId, Function.identity()));
        return all.stream()
            .map(v -> new VersionRow(v, Documents.supersededOn(all, v).orElse(null),
                    v.getResolutionId() == null ? null : byId.get(v.getResolutionId())))
            .toList();
    }

    private boolean mayEdit(Agreement agreement) {
        return permissions.currentUser().map(u -> agreements.mayEdit(u.userId(), agreement)).orElse(false);
    }

}
