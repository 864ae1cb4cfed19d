package pl.wspolnie.competitions.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;

import java.time.Instant;

/**
 * A person nominated to a competition's commission by an organisation (through one of its
 * representatives); the official appoints from the nominations, and the member then
 * records the nominating organisation.
 */
@Entity
@Table(name = "commission_nomination")
public class Nomination extends JstRecord {

    @Column(name = "competition_id")
    private Long competitionId;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "nominee_user_id")
    private Long nomineeUserId;

    @Column(name = "nominee_name")
    private String nomineeName;

    private String justification;

    @Column(name = "nominated_by")
    private Long nominatedBy;

    @Column(name = "nominated_at")
    private Instant nominatedAt;

    @Column(name = "member_id")
    private Long memberId;

    @Version
    private long version;

    protected Nomination() {
    }

    Nomination(long competitionId, long jstId, long organizationId, long nomineeUserId, String nomineeName,
            String justification, long nominatedBy, Instant now) {
        super(jstId);
        this.competitionId = competitionId;
        this.organizationId = organizationId;
        this.nomineeUserId = nomineeUserId;
        this.nomineeName = nomineeName;
        this.justification = justification;
        this.nominatedBy = nominatedBy;
        this.nominatedAt = now;
    }

    void appointed(long memberId) {
        this.memberId = memberId;
    }

    public boolean isAppointed() {
        return memberId != null;
    }

    public Long getCompetitionId() {
        return competitionId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Long getNomineeUserId() {
        return nomineeUserId;
    }

    public String getNomineeName() {
        return nomineeName;
    }

    public String getJustification() {
        return justification;
    }

    public Long getNominatedBy() {
        return nominatedBy;
    }

    public Instant getNominatedAt() {
        return nominatedAt;
    }

    public Long getMemberId() {
        return memberId;
    }

}
