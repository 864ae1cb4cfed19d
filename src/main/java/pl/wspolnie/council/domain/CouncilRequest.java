package pl.wspolnie.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.JstScoped;

import java.time.Instant;

/**
 * An organisation's request that the JST create a public benefit council (one per
 * organisation and JST).
 */
@Entity
@Table(name = "council_request")
public class CouncilRequest implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "jst_id", updatable = false)
    private Long jstId;

    @Column(name = "organization_id", updatable = false)
    private Long organizationId;

    @Column(name = "requested_by", updatable = false)
    private Long requestedBy;

    @Column(name = "requested_at", updatable = false)
    private Instant requestedAt;

    protected CouncilRequest() {
    }

    CouncilRequest(long jstId, long organizationId, long requestedBy, Instant at) {
        this.jstId = jstId;
        this.organizationId = organizationId;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

}
