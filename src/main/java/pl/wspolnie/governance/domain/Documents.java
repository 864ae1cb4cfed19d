package pl.wspolnie.governance.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.consultations.Consultations;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The agreement's versioned documents: the coordinator or a Council member makes a
 * document (its first version a draft) and later versions; puts a draft to consultation
 * with NGOs (a consultation of the consultations module, which only the JST's officials
 * may open: the coordinator, a liaison officer, is one); records its adoption by a
 * resolution of the register, in force from a day later than the version in force before
 * it, which it supersedes from that day.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Documents {

    /** A version and its document (a resolution's page lists what it adopted). */
    public record AdoptedVersion(AgreementDocument document, DocumentVersion version) {
    }

    private final Agreements agreements;

    private final AgreementDocumentRepository documents;

    private final DocumentVersionRepository versions;

    private final ResolutionRegister resolutions;

    private final Consultations consultations;

    private final Accounts accounts;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    @Transactional(readOnly = true)
    public AgreementDocument get(long agreementId, long documentId) {
        return documents.findByIdAndAgreementId(documentId, agreementId)
            .orElseThrow(() -> new NotFound("document " + documentId));
    }

    @Transactional(readOnly = true)
    public DocumentVersion version(long agreementId, long documentId, int number) {
        get(agreementId, documentId);
        return versions.findByDocumentIdAndNumber(documentId, number)
            .orElseThrow(() -> new NotFound("version " + number + " of document " + documentId));
    }

    /** Makes a document with its first version, a draft; returns its id. */
    public long create(long actor, long agreementId, AgreementDocument.Kind kind, String title, String text) {
        Agreement agreement = agreements.get(agreementId);
        agreements.requireEditor(actor, agreement);
        if (kind == null) {
            throw new RuleViolation("kind", "governance.field.required");
        }
        AgreementDocument document = documents
            .save(new AgreementDocument(agreementId, kind, title.strip(), actor, clock.instant()));
        versions.save(new DocumentVersion(document.getId(), 1, text.strip(), actor, clock.instant()));
        return document.getId();
    }

    /** Adds the next version, a draft; returns its number. */
    public int addVersion(long actor, long agreementId, long documentId, String text) {
        agreements.requireEditor(actor, agreements.get(agreementId));
        get(agreementId, documentId);
        int number = versions.lastNumber(documentId) + 1;
        try {
            versions.saveAndFlush(new DocumentVersion(documentId, number, text.strip(), actor, clock.instant()));
        }
        catch (DataIntegrityViolationException e) {
            throw new StateConflict("governance.document.versionTaken");
        }
        return number;
    }

    /**
     * Puts a draft to consultation with NGOs until the day (from today); the Council's
     * members are told by mail. Returns the consultation's id.
     */
    public long consult(long actor, long agreementId, long documentId, int number, LocalDate endsOn) {
        Agreement agreement = agreements.get(agreementId);
        agreements.requireEditor(actor, agreement);
        AgreementDocument document = get(agreementId, documentId);
        DocumentVersion version = version(agreementId, documentId, number);
        if (version.getStatus() != DocumentVersion.Status.DRAFT) {
            throw new RuleViolation(null, "governance.document.notDraft");
        }
        LocalDate today = agreements.today();
        if (endsOn == null || !endsOn.isAfter(today)) {
            throw new RuleViolation("endsOn", "governance.document.endsOnPast");
        }
        String responsible = Optional.ofNullable(accounts.findAll(List.of(actor)).get(actor))
            .map(AccountSummary::displayName)
            .orElse("");
        long consultation = consultations.openWithNgos(agreement.getJstId(),
                document.getTitle() + " (wersja " + number + ")",
                "Porozumienie „" + agreement.getTitle() + "”: projekt dokumentu", version.getText(), today, endsOn,
                responsible, List.of());
        version.consultedIn(consultation);
        events.publishEvent(new GovernanceEvents.DocumentConsulted(agreementId, documentId, number, consultation));
        return consultation;
    }

    /**
     * Records the adoption of a version by a resolution of the register, in force from
     * the day: later than the day of every other adopted version.
     */
    public void adopt(long actor, long agreementId, long documentId, int number, long resolutionId,
            LocalDate inForceFrom) {
        agreements.requireEditor(actor, agreements.get(agreementId));
        DocumentVersion version = version(agreementId, documentId, number);
        Resolution resolution;
        try {
            resolution = resolutions.get(agreementId, resolutionId);
        }
        catch (NotFound e) {
            throw new RuleViolation("resolutionId", "governance.resolution.unknown");
        }
        if (inForceFrom == null) {
            throw new RuleViolation("inForceFrom", "governance.field.dateInvalid");
        }
        Optional<LocalDate> latest = versions.findByDocumentIdOrderByNumberAsc(documentId)
            .stream()
            .filter(DocumentVersion::isAdopted)
            .map(DocumentVersion::getInForceFrom)
            .max(Comparator.naturalOrder());
        if (latest.isPresent() && !inForceFrom.isAfter(latest.get())) {
            throw new RuleViolation("inForceFrom", "governance.document.notAfterInForce", latest.get());
        }
        version.adopt(resolution, inForceFrom);
    }

    /** The versions a resolution adopted, with their documents. */
    @Transactional(readOnly = true)
    public List<AdoptedVersion> adoptedBy(long resolutionId) {
        return versions.findByResolutionIdOrderByIdAsc(resolutionId)
            .stream()
            .map(v -> new AdoptedVersion(documents.findById(v.getDocumentId()).orElseThrow(), v))
            .toList();
    }

    /**
     * The version in force on the day among a document's versions: the adopted one with
     * the latest day from which it is in force, not after the day.
     */
    public static Optional<DocumentVersion> inForceOn(List<DocumentVersion> all, LocalDate day) {
        return all.stream()
            .filter(DocumentVersion::isAdopted)
            .filter(v -> !v.getInForceFrom().isAfter(day))
            .max(Comparator.comparing(DocumentVersion::getInForceFrom));
    }

    /**
     * The day from which an adopted version is superseded (the next adopted version's
     * day), if any.
     */
    public static Optional<LocalDate> supersededOn(List<DocumentVersion> all, DocumentVersion version) {
        if (!version.isAdopted()) {
            return Optional.empty();
        }
        return all.stream()
            .filter(DocumentVersion::isAdopted)
            .map(DocumentVersion::getInForceFrom)
            .filter(d -> d.isAfter(version.getInForceFrom()))
            .min(Comparator.naturalOrder());
    }

}
