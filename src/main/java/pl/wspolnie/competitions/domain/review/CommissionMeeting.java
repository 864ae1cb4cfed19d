package pl.wspolnie.competitions.domain.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting of a competition's commission as the chair or the official records it for the
 * protocol: the date, the place and every member present or absent (with the reason of an
 * absence when given).
 */
@Entity
@Table(name = "commission_meeting")
public class CommissionMeeting {

    /** One member's attendance at the meeting. */
    @Embeddable
    public static class Attendance {

        @Column(name = "member_id")
        private Long memberId;

        private boolean present;

        @Column(name = "absence_reason")
        private String absenceReason;

        protected Attendance() {
        }

        public Attendance(long memberId, boolean present, String absenceReason) {
            this.memberId = memberId;
            this.present = present;
            this.absenceReason = present ? null : absenceReason;
        }

        public Long getMemberId() {
            return memberId;
        }

        public boolean isPresent() {
            return present;
        }

        public String getAbsenceReason() {
            return absenceReason;
        }

    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "competition_id")
    private Long competitionId;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String place;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "commission_meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    private List<Attendance> attendance = new ArrayList<>();

    @Version
    private long version;

    protected CommissionMeeting() {
    }

    public CommissionMeeting(long competitionId, LocalDate heldOn, String place, List<Attendance> attendance,
            long recordedBy, Instant now) {
        this.competitionId = competitionId;
        this.heldOn = heldOn;
        this.place = place;
        this.attendance = new ArrayList<>(attendance);
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public boolean wasPresent(long memberId) {
        return attendance.stream().anyMatch(a -> a.getMemberId() == memberId && a.isPresent());
    }

    public Long getId() {
        return id;
    }

    public Long getCompetitionId() {
        return competitionId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public List<Attendance> getAttendance() {
        return attendance;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

}
