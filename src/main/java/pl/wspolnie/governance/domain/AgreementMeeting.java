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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A meeting of the Forum or the Council: when, where, the agenda; the members invited
 * (those in office on the day it was called), who was present, and the minutes. It has
 * its quorum when more than half of the members are present.
 */
@Entity
@Table(name = "governance_meeting")
public class AgreementMeeting extends AgreementRecord {

    public enum Body {

        FORUM, COUNCIL

    }

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Body body;

    @Column(name = "starts_at")
    private Instant startsAt;

    private String place;

    private String agenda;

    @Column(updatable = false)
    private int members;

    private String minutes;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    /** Every member invited, and whether present. */
    @ElementCollection
    @CollectionTable(name = "governance_meeting_member", joinColumns = @JoinColumn(name = "meeting_id"))
    @MapKeyColumn(name = "user_id")
    @Column(name = "present")
    private Map<Long, Boolean> attendance = new LinkedHashMap<>();

    protected AgreementMeeting() {
    }

    AgreementMeeting(long agreementId, Body body, Instant startsAt, String place, String agenda, Set<Long> members,
            long createdBy, Instant at) {
        super(agreementId);
        this.body = body;
        this.startsAt = startsAt;
        this.place = place;
        this.agenda = agenda;
        this.members = members.size();
        members.forEach(m -> attendance.put(m, false));
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    /** Records who was present; only invited members can be. */
    void recordAttendance(Set<Long> present) {
        if (!attendance.keySet().containsAll(present)) {
            throw new RuleViolation("present", "governance.meeting.notMember");
        }
        attendance.replaceAll((member, was) -> present.contains(member));
    }

    void recordMinutes(String text) {
        this.minutes = text == null || text.isBlank() ? null : text.strip();
    }

    /** The members who were present. */
    public Set<Long> present() {
        Set<Long> result = new LinkedHashSet<>();
        attendance.forEach((member, was) -> {
            if (was) {
                result.add(member);
            }
        });
        return result;
    }

    public long presentCount() {
        return attendance.values().stream().filter(Boolean::booleanValue).count();
    }

    /** More than half of the members are present. */
    public boolean hasQuorum() {
        return members > 0 && presentCount() * 2 > members;
    }

    /** The fewest members present for the quorum. */
    public int quorumNeeded() {
        return members / 2 + 1;
    }

    public Body getBody() {
        return body;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getAgenda() {
        return agenda;
    }

    public int getMembers() {
        return members;
    }

    public String getMinutes() {
        return minutes;
    }

    public Map<Long, Boolean> getAttendance() {
        return attendance;
    }

}
