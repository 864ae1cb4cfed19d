package pl.wspolnie.diagnosis.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A survey of a JST (or a template shipped with the platform: no JST, a template code).
 * It is edited until its first answer; published, it is open to its audience from its
 * start to its end date.
 */
@Entity
@Table(name = "diagnosis_survey")
public class Survey extends JstRecord {

    @Column(name = "template_code", updatable = false)
    private String templateCode;

    @Column(name = "owner_ref", updatable = false)
    private String ownerRef;

    private String title;

    private String intro;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    private boolean anonymous;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    /** The template this survey was copied from, if any. */
    @Column(name = "source_template")
    private String sourceTemplate;

    @Version
    private long version;

    protected Survey() {
    }

    Survey(long jstId, SurveyDetails details, long createdBy, Instant now) {
        super(jstId);
        this.createdBy = createdBy;
        this.createdAt = now;
        edit(details);
    }

    void edit(SurveyDetails d) {
        if (d.startsOn() != null && d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            throw new RuleViolation("endsOn", "diagnosis.survey.endsBeforeStart");
        }
        this.title = d.title().strip();
        this.intro = d.intro() == null ? "" : d.intro().strip();
        this.audience = d.audience();
        this.anonymous = d.anonymous();
        this.startsOn = d.startsOn();
        this.endsOn = d.endsOn();
    }

    /**
     * Refuses a change once someone answered: the answers given must keep meaning what
     * they meant.
     */
    void requireEditable(boolean answered) {
        if (templateCode != null) {
            throw new StateConflict("diagnosis.survey.templateReadOnly");
        }
        if (answered) {
            throw new RuleViolation(null, "diagnosis.survey.frozen");
        }
    }

    void publish(Instant now) {
        if (startsOn == null || endsOn == null) {
            throw new RuleViolation(null, "diagnosis.survey.datesNeeded");
        }
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    /** Open to answers on this day: published, started and not ended. */
    public boolean isOpenOn(LocalDate day) {
        return isPublished() && startsOn != null && endsOn != null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public boolean hasEndedOn(LocalDate day) {
        return endsOn != null && day.isAfter(endsOn);
    }

    public SurveyDetails details() {
        return new SurveyDetails(title, intro, audience, anonymous, startsOn, endsOn);
    }

    /**
     * Makes a new survey part of another module's record (before it is first saved): it
     * is edited and read through its owner.
     */
    void ownedBy(String ownerRef) {
        this.ownerRef = ownerRef;
    }

    /** The owning record of another module ("contract:12"), or null. */
    public String getOwnerRef() {
        return ownerRef;
    }

    public boolean isEmbedded() {
        return ownerRef != null;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public String getSourceTemplate() {
        return sourceTemplate;
    }

    void copiedFrom(String templateCode) {
        this.sourceTemplate = templateCode;
    }

    public String getTitle() {
        return title;
    }

    public String getIntro() {
        return intro;
    }

    public Audience getAudience() {
        return audience;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

}
