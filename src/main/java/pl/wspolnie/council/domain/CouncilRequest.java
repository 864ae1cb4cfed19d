package pl.wspolnie.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import pl.wspolnie.shared.domain.JstRecord;

import java.time.Instant;

/**
 * An organisation's request that the JST create a public benefit council (one per
 * organisation and JST).
 */
@Entity
@Table(name = "council_request")
public class CouncilRequest extends JstRecord {

    @Column(name = "organization_id", updatable = false)
    private Long organizationId;

    @Column(name = "requested_by", updatable = false)
    private Long requestedBy;

    @Column(name = "requested_at", updatable = false)
    private Instant requestedAt;

    protected CouncilRequest() {
    }

    CouncilRequest(long jstId, long organizationId, long requestedBy, Instant at) {
        super(jstId);
        this.organizationId = organizationId;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

}
