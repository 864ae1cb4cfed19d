package pl.wspolnie.competitions.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.domain.StateConflict;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A control of a contracted task (art. 17 of the Act): planned by an official of the JST
 * (during or after the task, dates, scope), then recorded once (what was checked: the
 * documents, the task on site, the results; the findings). Its recommendations are
 * {@link ControlRecommendation}s.
 */
@Entity
@Table(name = "contract_control")
public class ContractControl extends JstRecord {

    @Column(name = "offer_id", updatable = false)
    private Long offerId;

    @Enumerated(EnumType.STRING)
    private ControlPhase phase;

    @Column(name = "planned_from")
    private LocalDate plannedFrom;

    @Column(name = "planned_to")
    private LocalDate plannedTo;

    private String scope;

    @Column(name = "planned_by")
    private Long plannedBy;

    @Column(name = "planned_at")
    private Instant plannedAt;

    @Column(name = "checked_documents")
    private String checkedDocuments;

    @Column(name = "checked_on_site")
    private String checkedOnSite;

    @Column(name = "checked_results")
    private String checkedResults;

    private String findings;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ContractControl() {
    }

    ContractControl(Contract contract, ControlPhase phase, LocalDate from, LocalDate to, String scope, long by,
            Instant now) {
        super(contract.auditJstId());
        this.offerId = contract.getOfferId();
        this.phase = phase;
        this.plannedFrom = from;
        this.plannedTo = to;
        this.scope = scope;
        this.plannedBy = by;
        this.plannedAt = now;
    }

    /** Records what was checked and found, once (409 after). */
    void record(String documents, String onSite, String results, String findings, long by, Instant now) {
        if (isRecorded()) {
            throw new StateConflict("competitions.control.alreadyRecorded", "control " + getId() + " recorded");
        }
        this.checkedDocuments = documents;
        this.checkedOnSite = onSite;
        this.checkedResults = results;
        this.findings = findings;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    /** Recommendations follow the recorded findings (409 before). */
    void requireRecorded() {
        if (!isRecorded()) {
            throw new StateConflict("competitions.control.notRecorded", "control " + getId() + " not recorded");
        }
    }

    public boolean isRecorded() {
        return recordedAt != null;
    }

    public Long getOfferId() {
        return offerId;
    }

    public ControlPhase getPhase() {
        return phase;
    }

    public LocalDate getPlannedFrom() {
        return plannedFrom;
    }

    public LocalDate getPlannedTo() {
        return plannedTo;
    }

    public String getScope() {
        return scope;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public String getCheckedDocuments() {
        return checkedDocuments;
    }

    public String getCheckedOnSite() {
        return checkedOnSite;
    }

    public String getCheckedResults() {
        return checkedResults;
    }

    public String getFindings() {
        return findings;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

}
