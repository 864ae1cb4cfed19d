package pl.wspolnie.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A cooperation agreement coordinated by one JST (its liaison officers are the
 * coordinators): the text the parties accept when they join.
 */
@Entity
@Table(name = "governance_agreement")
public class Agreement extends JstRecord {

    private String title;

    private String mission;

    private String goals;

    private String actions;

    private String principles;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "seats_city_office")
    private int seatsCityOffice = 2;

    @Column(name = "seats_ngo")
    private int seatsNgo = 3;

    @Column(name = "seats_unit")
    private int seatsUnit = 2;

    @Column(name = "quorum_percent")
    private int quorumPercent = 50;

    @Enumerated(EnumType.STRING)
    @Column(name = "tie_rule")
    private TieRule tieRule = TieRule.EARLIER_NOMINATION;

    @Version
    private long version;

    protected Agreement() {
    }

    Agreement(long jstId, AgreementText text, LocalDate signedOn, long createdBy, Instant at) {
        super(jstId);
        this.title = text.title();
        this.mission = text.mission();
        this.goals = text.goals();
        this.actions = text.actions();
        this.principles = text.principles();
        this.signedOn = signedOn;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    /** The number of Council seats of the group (a setting of the agreement). */
    public int quota(SeatGroup group) {
        return switch (group) {
            case CITY_OFFICE -> seatsCityOffice;
            case NGO -> seatsNgo;
            case UNIT -> seatsUnit;
        };
    }

    void changeSeats(int cityOffice, int ngo, int unit) {
        this.seatsCityOffice = cityOffice;
        this.seatsNgo = ngo;
        this.seatsUnit = unit;
    }

    void changeVoting(int quorumPercent, TieRule tieRule) {
        this.quorumPercent = quorumPercent;
        this.tieRule = tieRule;
    }

    /** The share of the parties (in percent) whose ballots make an election valid. */
    public int getQuorumPercent() {
        return quorumPercent;
    }

    public TieRule getTieRule() {
        return tieRule;
    }

    public List<String> goalList() {
        return AgreementText.lines(goals);
    }

    public List<String> actionList() {
        return AgreementText.lines(actions);
    }

    public List<String> principleList() {
        return AgreementText.lines(principles);
    }

    public String getTitle() {
        return title;
    }

    public String getMission() {
        return mission;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

}
