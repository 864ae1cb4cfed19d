package pl.wspolnie.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A consultation of a draft, owned by one JST. */
@Entity
@Table(name = "consultation")
public class Consultation extends JstRecord {

    private String subject;

    @Column(name = "legal_basis")
    private String legalBasis;

    @Enumerated(EnumType.STRING)
    private Participation participation;

    private String forms;

    @Column(name = "sphere_codes")
    private String sphereCodes;

    @Column(name = "announced_in")
    private String announcedIn;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "responsible_person")
    private String responsiblePerson;

    @Column(name = "remarks_public")
    private boolean remarksPublic;

    @Column(name = "current_version")
    private int currentVersion;

    private String conclusions;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Version
    private long version;

    /**
     * Raised by {@code ConsultationRepository.remarksChanged} (an SQL update, so no
     * optimistic-lock conflicts).
     */
    @Column(name = "remarks_revision", insertable = false, updatable = false)
    private long remarksRevision;

    protected Consultation() {
    }

    Consultation(long jstId, ConsultationDetails d, long createdBy, Instant at) {
        super(jstId);
        this.createdAt = at;
        this.createdBy = createdBy;
        this.currentVersion = 1;
        apply(d);
    }

    void apply(ConsultationDetails d) {
        this.subject = d.subject();
        this.legalBasis = d.legalBasis();
        this.participation = d.participation();
        this.forms = d.forms().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.sphereCodes = String.join(",", d.sphereCodes());
        this.announcedIn = d.announcedIn();
        this.startsOn = d.startsOn();
        this.endsOn = d.endsOn();
        this.responsiblePerson = d.responsiblePerson();
        this.remarksPublic = d.remarksPublic();
    }

    public ConsultationStatus status(LocalDate today) {
        return ConsultationStatus.of(startsOn, endsOn, closedAt != null, today);
    }

    /** Remarks are taken only while the consultation is open. */
    void requireOpen(LocalDate today) {
        ConsultationStatus s = status(today);
        if (s == ConsultationStatus.PLANNED) {
            throw new RuleViolation(null, "consultations.remark.notStarted");
        }
        if (s != ConsultationStatus.OPEN) {
            throw new RuleViolation(null, "consultations.remark.ended");
        }
    }

    /** Answers, new versions and closing come after the end and before closing. */
    void requireEndedNotClosed(LocalDate today) {
        ConsultationStatus s = status(today);
        if (s == ConsultationStatus.CLOSED) {
            throw new RuleViolation(null, "consultations.closed");
        }
        if (s != ConsultationStatus.ENDED) {
            throw new RuleViolation(null, "consultations.answer.notEnded");
        }
    }

    void close(String conclusions, Instant at) {
        this.conclusions = conclusions;
        this.closedAt = at;
    }

    void newVersion() {
        currentVersion++;
    }

    /** Days of the remarks period, both ends included. */
    public long periodDays() {
        return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    }

    public String getSubject() {
        return subject;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public Participation getParticipation() {
        return participation;
    }

    public Set<ParticipationForm> getForms() {
        Set<ParticipationForm> set = EnumSet.noneOf(ParticipationForm.class);
        if (forms != null && !forms.isBlank()) {
            Arrays.stream(forms.split(",")).map(ParticipationForm::valueOf).forEach(set::add);
        }
        return set;
    }

    public List<String> getSphereCodes() {
        return sphereCodes == null || sphereCodes.isBlank() ? List.of() : List.of(sphereCodes.split(","));
    }

    public Set<String> sphereCodeSet() {
        return new LinkedHashSet<>(getSphereCodes());
    }

    public String getAnnouncedIn() {
        return announcedIn;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public boolean isRemarksPublic() {
        return remarksPublic;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public String getConclusions() {
        return conclusions;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getRemarksRevision() {
        return remarksRevision;
    }

}
