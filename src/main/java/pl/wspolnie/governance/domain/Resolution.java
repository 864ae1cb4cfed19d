package pl.wspolnie.governance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A resolution of the register: its number in the agreement's year, the meeting that
 * adopted it with the named vote of the members present, and its status (in force,
 * amended or repealed by a later resolution).
 */
@Entity
@Table(name = "governance_resolution")
public class Resolution extends AgreementRecord {

    public enum Status {

        IN_FORCE, AMENDED, REPEALED

    }

    /** What a resolution does to an earlier one. */
    public enum Change {

        AMENDS, REPEALS

    }

    /** A member's vote. */
    public enum Vote {

        FOR, AGAINST, ABSTAINED

    }

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Column(updatable = false)
    private int year;

    @Column(updatable = false)
    private int number;

    @Column(updatable = false)
    private String title;

    @Column(updatable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    private Status status = Status.IN_FORCE;

    @Column(name = "changes_id", updatable = false)
    private Long changesId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Change change;

    @Column(name = "votes_for", updatable = false)
    private int votesFor;

    @Column(name = "votes_against", updatable = false)
    private int votesAgainst;

    @Column(name = "votes_abstained", updatable = false)
    private int votesAbstained;

    @Column(name = "adopted_on", updatable = false)
    private LocalDate adoptedOn;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    /** The named vote: each member present who voted, and how. */
    @ElementCollection
    @CollectionTable(name = "governance_resolution_vote", joinColumns = @JoinColumn(name = "resolution_id"))
    @MapKeyColumn(name = "user_id")
    @Column(name = "vote")
    @Enumerated(EnumType.STRING)
    private Map<Long, Vote> votes = new LinkedHashMap<>();

    protected Resolution() {
    }

    Resolution(AgreementMeeting meeting, LocalDate adoptedOn, int number, String title, String text, Resolution changes,
            Change change, Map<Long, Vote> votes, long createdBy, Instant at) {
        super(meeting.getAgreementId());
        this.meetingId = meeting.getId();
        this.adoptedOn = adoptedOn;
        this.year = adoptedOn.getYear();
        this.number = number;
        this.title = title;
        this.text = text;
        this.changesId = changes == null ? null : changes.getId();
        this.change = changes == null ? null : change;
        this.votes.putAll(votes);
        this.votesFor = count(Vote.FOR);
        this.votesAgainst = count(Vote.AGAINST);
        this.votesAbstained = count(Vote.ABSTAINED);
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    private int count(Vote vote) {
        return (int) votes.values().stream().filter(vote::equals).count();
    }

    /**
     * A later resolution amends or repeals this one; a repealed resolution cannot be
     * changed.
     */
    void changedBy(Change by) {
        if (status == Status.REPEALED) {
            throw new RuleViolation("changesId", "governance.resolution.alreadyRepealed", label());
        }
        status = by == Change.REPEALS ? Status.REPEALED : Status.AMENDED;
    }

    /** "3/2026". */
    public String label() {
        return number + "/" + year;
    }

    public boolean isInForce() {
        return status != Status.REPEALED;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public Status getStatus() {
        return status;
    }

    public Long getChangesId() {
        return changesId;
    }

    public Change getChange() {
        return change;
    }

    public int getVotesFor() {
        return votesFor;
    }

    public int getVotesAgainst() {
        return votesAgainst;
    }

    public int getVotesAbstained() {
        return votesAbstained;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public Map<Long, Vote> getVotes() {
        return votes;
    }

}
