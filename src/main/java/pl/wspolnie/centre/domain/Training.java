package pl.wspolnie.centre.domain;

import pl.wspolnie.shared.domain.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.persistence.EntityListeners;
import java.time.format.DateTimeFormatter;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.EvictsCache;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.time.ClockConfig;

/**
 * A training, workshop, seminar, conference or study visit with its recruitment rules.
 */
@Entity
@EntityListeners(EvictsCache.Listener.class)
@EvictsCache(CacheConfiguration.CENTRE)
@Table(name = "centre_training")
public class Training extends CancellableRecord {

    private static final ZoneId WARSAW = ClockConfig.WARSAW;

    @Column(name = "centre_id", nullable = false, updatable = false)
    private Long centreId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TrainingKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String programme;

    @Column(nullable = false)
    private String trainer;

    @Column(nullable = false)
    private String place;

    @Column(name = "online_link")
    private String onlineLink;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "applications_open", nullable = false)
    private Instant applicationsOpen;

    @Column(name = "applications_close", nullable = false)
    private Instant applicationsClose;

    @Enumerated(EnumType.STRING)
    @Column(name = "recruitment_mode", nullable = false)
    private RecruitmentMode recruitmentMode;

    @Column(nullable = false)
    private String audiences;

    @Column(name = "need_tags", nullable = false)
    private String needTags;

    @Column(name = "attendance_recorded_at")
    private Instant attendanceRecordedAt;

    @Column(name = "attendance_recorded_by")
    private Long attendanceRecordedBy;

    protected Training() {
    }

    Training(long centreId, Instant createdAt) {
        super(createdAt);
        this.centreId = centreId;
    }

    void update(TrainingDetails d) {
        this.kind = d.kind();
        this.title = d.title();
        this.programme = d.programme();
        this.trainer = d.trainer() == null ? "" : d.trainer();
        this.place = d.place() == null ? "" : d.place();
        this.onlineLink = d.onlineLink() == null || d.onlineLink().isBlank() ? null : d.onlineLink().strip();
        this.startsAt = d.startsAt();
        this.endsAt = d.endsAt();
        this.capacity = d.capacity();
        this.applicationsOpen = d.applicationsOpen();
        this.applicationsClose = d.applicationsClose();
        this.recruitmentMode = d.recruitmentMode();
        this.audiences = d.audiences().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.needTags = String.join(",", d.needTags());
    }

    void cancel(long by, String reason, Instant at) {
        cancelled(by, reason, at);
    }

    /** Staff saved the attendance (again: the latest save counts). */
    void attendanceRecorded(long by, Instant at) {
        this.attendanceRecordedAt = at;
        this.attendanceRecordedBy = by;
    }

    /** When staff last saved the attendance, or null while it is not recorded. */
    public Instant getAttendanceRecordedAt() {
        return attendanceRecordedAt;
    }

    public Long getAttendanceRecordedBy() {
        return attendanceRecordedBy;
    }

    public boolean isCancelled() {
        return getCancelledAt() != null;
    }

    /**
     * Applications are taken from the opening instant until (not including) the closing
     * one, unless cancelled.
     */
    void requireAcceptsApplications(Instant now) {
        if (isCancelled()) {
            throw new RuleViolation(null, "centre.training.isCancelled");
        }
        if (now.isBefore(applicationsOpen)) {
            throw new RuleViolation(null, "centre.application.notOpen");
        }
        if (!now.isBefore(applicationsClose)) {
            throw new RuleViolation(null, "centre.application.closed");
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /**
     * Attendance is recorded from the start of the training on: nobody can have been
     * present at a training that has not begun.
     */
    void requireStarted(Instant now) {
        if (now.isBefore(startsAt)) {
            throw new RuleViolation(null, "centre.attendance.notStarted", WHEN.format(startsAt.atZone(WARSAW)));
        }
    }

    /** A certificate confirms a completed training: issued once it has ended. */
    void requireEnded(Instant now) {
        if (now.isBefore(endsAt)) {
            throw new StateConflict("centre.certificate.notEnded", "training " + getId(),
                    WHEN.format(endsAt.atZone(WARSAW)));
        }
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    public boolean hasEnded(Instant now) {
        return !now.isBefore(endsAt);
    }

    /**
     * A training is planned for the future: a new one cannot start in the past, and an
     * edit cannot move its start into the past (an edit that keeps the start, e.g. of a
     * training under way, is fine).
     */
    static void requireStartNotMovedIntoPast(Instant currentStart, Instant newStart, Instant now) {
        if (newStart.isBefore(now) && !newStart.equals(currentStart)) {
            throw new RuleViolation("startsAt", "centre.training.startInPast");
        }
    }

    public Set<Audience> audienceSet() {
        return audiences.isBlank() ? EnumSet.noneOf(Audience.class)
                : Arrays.stream(audiences.split(","))
                    .map(Audience::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Audience.class)));
    }

    public List<String> tags() {
        return needTags.isBlank() ? List.of() : List.of(needTags.split(","));
    }

    public Long getCentreId() {
        return centreId;
    }

    public TrainingKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getProgramme() {
        return programme;
    }

    public String getTrainer() {
        return trainer;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getCapacity() {
        return capacity;
    }

    public Instant getApplicationsOpen() {
        return applicationsOpen;
    }

    public Instant getApplicationsClose() {
        return applicationsClose;
    }

    public RecruitmentMode getRecruitmentMode() {
        return recruitmentMode;
    }

}
