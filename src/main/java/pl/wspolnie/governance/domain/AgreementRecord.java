package pl.wspolnie.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Something of one cooperation agreement (a party, a document, an action, a meeting, a
 * resolution, an election, a Council term), versioned; the agreement is set once.
 */
@MappedSuperclass
public abstract class AgreementRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", updatable = false)
    private Long agreementId;

    @Version
    private long version;

    protected AgreementRecord() {
    }

    protected AgreementRecord(long agreementId) {
        this.agreementId = agreementId;
    }

    public Long getId() {
        return id;
    }

    public Long getAgreementId() {
        return agreementId;
    }

}
