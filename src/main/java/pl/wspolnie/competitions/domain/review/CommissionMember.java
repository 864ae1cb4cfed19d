package pl.wspolnie.competitions.domain.review;

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
 * A member of a competition's commission: an official or a person nominated by an NGO;
 * one of them chairs.
 */
@Entity
@Table(name = "commission_member")
public class CommissionMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "competition_id")
    private Long competitionId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "nominated_by_organization_id")
    private Long nominatedByOrganizationId;

    private boolean chair;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "appointed_at")
    private Instant appointedAt;

    @Column(name = "excluded_at")
    private Instant excludedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "exclusion_ground")
    private ExclusionGround exclusionGround;

    @Column(name = "exclusion_detail")
    private String exclusionDetail;

    @Version
    private long version;

    protected CommissionMember() {
    }

    public CommissionMember(long competitionId, long userId, Long nominatedByOrganizationId, boolean chair,
            Instant now) {
        this.competitionId = competitionId;
        this.userId = userId;
        this.nominatedByOrganizationId = nominatedByOrganizationId;
        this.chair = chair;
        this.appointedAt = now;
    }

    /**
     * The member's statement that no conflict of interest bars them (art. 15 ust. 2d of
     * the Act).
     */
    public void declareNoConflict(Instant now) {
        if (declaredAt == null) {
            declaredAt = now;
        }
    }

    /**
     * Excludes the member from the evaluation of the whole competition (art. 15 ust. 2d,
     * 2f of the Act): the evaluation is comparative, so a member tied to one offeror
     * scores none of the offers. The first ground found is kept.
     */
    void exclude(ExclusionGround ground, String detail, Instant now) {
        if (excludedAt == null) {
            excludedAt = now;
            exclusionGround = ground;
            exclusionDetail = detail;
        }
    }

    public boolean isExcluded() {
        return excludedAt != null;
    }

    public Instant getExcludedAt() {
        return excludedAt;
    }

    public ExclusionGround getExclusionGround() {
        return exclusionGround;
    }

    public String getExclusionDetail() {
        return exclusionDetail;
    }

    public boolean hasDeclared() {
        return declaredAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getCompetitionId() {
        return competitionId;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getNominatedByOrganizationId() {
        return nominatedByOrganizationId;
    }

    public boolean isChair() {
        return chair;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

}
