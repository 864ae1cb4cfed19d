package pl.wspolnie.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A document of the agreement kept in versions: a regulation of the Council or the Forum,
 * the cooperation standards, the rules of financial and non-financial cooperation, or
 * another.
 */
@Entity
@Table(name = "governance_document")
public class AgreementDocument {

    public enum Kind {

        COUNCIL_REGULATION, FORUM_REGULATION, COOPERATION_STANDARDS, COOPERATION_RULES, OTHER

    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", updatable = false)
    private Long agreementId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Kind kind;

    @Column(updatable = false)
    private String title;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AgreementDocument() {
    }

    AgreementDocument(long agreementId, Kind kind, String title, long createdBy, Instant at) {
        this.agreementId = agreementId;
        this.kind = kind;
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

}
