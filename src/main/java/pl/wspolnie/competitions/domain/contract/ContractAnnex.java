package pl.wspolnie.competitions.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import pl.wspolnie.competitions.domain.CanonicalJson;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.StateConflict;

import java.time.Instant;

/**
 * An annex to a grant contract (aneks): proposed by one party with a justification, the
 * terms as they would stand after it (dates, cost table, expected results) beside the
 * terms in force when it was proposed; accepted or refused (with a reason) by the other
 * party. An accepted annex gets its number N, its PDF and the PDF's SHA-256 and is
 * version N + 1 of the contract; then nothing of it changes (a database trigger refuses
 * it too).
 */
@Entity
@Table(name = "contract_annex")
public class ContractAnnex extends JstRecord {

    /** Where an annex stands. */
    public enum Status {

        PROPOSED, ACCEPTED, REFUSED, WITHDRAWN

    }

    @Column(name = "offer_id", updatable = false)
    private Long offerId;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_side", updatable = false)
    private ContractSide proposedSide;

    @Column(name = "proposed_by", updatable = false)
    private Long proposedBy;

    @Column(name = "proposed_at", updatable = false)
    private Instant proposedAt;

    @Column(updatable = false)
    private String justification;

    @Column(name = "previous_version", updatable = false)
    private int previousVersion;

    @Column(name = "previous_terms", updatable = false)
    private String previousTerms;

    @Column(updatable = false)
    private String terms;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "refusal_reason")
    private String refusalReason;

    private Integer number;

    private byte[] pdf;

    private String checksum;

    protected ContractAnnex() {
    }

    ContractAnnex(Contract contract, ContractSide side, long by, Instant now, String justification,
            ContractVersion previous, AnnexedTerms terms) {
        super(contract.auditJstId());
        this.offerId = contract.getOfferId();
        this.status = Status.PROPOSED;
        this.proposedSide = side;
        this.proposedBy = by;
        this.proposedAt = now;
        this.justification = justification;
        this.previousVersion = previous.number();
        this.previousTerms = CanonicalJson.write(previous.terms());
        this.terms = CanonicalJson.write(terms);
    }

    /** The other party answers a proposal, never the side that proposed it. */
    void requireAnswerableBy(ContractSide side) {
        if (status != Status.PROPOSED) {
            throw new StateConflict("competitions.conflict.annexDecided", "annex " + getId() + " is " + status);
        }
        if (side == proposedSide) {
            throw new NotAllowed("annex " + getId() + " is answered by the other party");
        }
    }

    /**
     * Accepted: annex number N, version N + 1 of the contract, with its PDF; the
     * contract's end in force is now this annex's.
     */
    void accept(Contract contract, long by, Instant now, int annexNumber, byte[] document, String sha256) {
        status = Status.ACCEPTED;
        decidedBy = by;
        decidedAt = now;
        number = annexNumber;
        pdf = document;
        checksum = sha256;
        contract.annexedTo(terms().to());
    }

    /**
     * The side that proposed it takes it back before the other side answered (403 for the
     * other side, 409 once answered or withdrawn).
     */
    void withdraw(ContractSide side, long by, Instant now) {
        if (side != proposedSide) {
            throw new NotAllowed("annex " + getId() + " is withdrawn by the side that proposed it");
        }
        if (status != Status.PROPOSED) {
            throw new StateConflict("competitions.conflict.annexDecided", "annex " + getId() + " is " + status);
        }
        status = Status.WITHDRAWN;
        decidedBy = by;
        decidedAt = now;
    }

    /** Taken back by the side that proposed it. */
    public boolean isWithdrawn() {
        return status == Status.WITHDRAWN;
    }

    void refuse(long by, Instant now, String reason) {
        status = Status.REFUSED;
        decidedBy = by;
        decidedAt = now;
        refusalReason = reason;
    }

    public boolean isOpen() {
        return status == Status.PROPOSED;
    }

    public boolean isAccepted() {
        return status == Status.ACCEPTED;
    }

    /** The version of the contract this annex makes (accepted annexes only). */
    public Integer getVersion() {
        return number == null ? null : number + 1;
    }

    public AnnexedTerms terms() {
        return CanonicalJson.read(terms, AnnexedTerms.class);
    }

    public AnnexedTerms previousTerms() {
        return CanonicalJson.read(previousTerms, AnnexedTerms.class);
    }

    public long getOfferId() {
        return offerId;
    }

    public Status getStatus() {
        return status;
    }

    public ContractSide getProposedSide() {
        return proposedSide;
    }

    public Long getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getJustification() {
        return justification;
    }

    public int getPreviousVersion() {
        return previousVersion;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public Integer getNumber() {
        return number;
    }

    public byte[] getPdf() {
        return pdf;
    }

    public String getChecksum() {
        return checksum;
    }

}
