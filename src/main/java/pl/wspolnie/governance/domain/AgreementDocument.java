package pl.wspolnie.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A document of the agreement kept in versions: a regulation of the Council or the Forum,
 * the cooperation standards, the rules of financial and non-financial cooperation, or
 * another.
 */
@Entity
@Table(name = "governance_document")
public class AgreementDocument extends AgreementRecord {

    public enum Kind {

        COUNCIL_REGULATION, FORUM_REGULATION, COOPERATION_STANDARDS, COOPERATION_RULES, OTHER

    }

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Kind kind;

    @Column(updatable = false)
    private String title;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected AgreementDocument() {
    }

    AgreementDocument(long agreementId, Kind kind, String title, long createdBy, Instant at) {
        super(agreementId);
        this.kind = kind;
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

}
