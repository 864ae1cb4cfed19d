package pl.wspolnie.programme.domain;

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
import java.time.format.DateTimeFormatter;

/**
 * A cooperation programme of a JST, annual (yearFrom = yearTo) or multi-year (up to 5
 * years).
 */
@Entity
@Table(name = "programme")
public class Programme extends JstRecord {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public enum Status {

        DRAFT, ADOPTED

    }

    @Column(name = "year_from")
    private int yearFrom;

    @Column(name = "year_to")
    private int yearTo;

    private String title;

    private String goals;

    private String principles;

    private String scope;

    private String forms;

    private String period;

    private String implementation;

    private String funds;

    private String evaluation;

    private String creation;

    private String commissions;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "resolution_number")
    private String resolutionNumber;

    @Column(name = "resolution_date")
    private LocalDate resolutionDate;

    @Column(name = "consultation_id")
    private Long consultationId;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Programme() {
    }

    Programme(long jstId, ProgrammeParts parts, Instant at) {
        super(jstId);
        this.status = Status.DRAFT;
        this.createdAt = at;
        apply(parts);
    }

    void apply(ProgrammeParts p) {
        requireDraft();
        this.yearFrom = p.yearFrom();
        this.yearTo = p.yearTo();
        this.title = p.title();
        this.goals = p.goals();
        this.principles = p.principles();
        this.scope = p.scope();
        this.forms = p.forms();
        this.period = p.period();
        this.implementation = p.implementation();
        this.funds = p.funds();
        this.evaluation = p.evaluation();
        this.creation = p.creation();
        this.commissions = p.commissions();
    }

    void requireDraft() {
        if (status == Status.ADOPTED) {
            throw new RuleViolation(null, "programme.adopted.readOnly");
        }
    }

    /**
     * Adopts the programme (art. 5a ust. 1): only after its consultation with NGOs was
     * closed with a published report, with a resolution dated not before the consultation
     * ended, not in the future and not after the adoption deadline (30 November of the
     * year before the programme's first year).
     */
    void adopt(String number, LocalDate date, ConsultationState consultation, LocalDate today, LocalDate deadline) {
        requireDraft();
        if (consultation == null) {
            throw new RuleViolation(null, "programme.adopt.notConsulted");
        }
        if (!consultation.reportPublished()) {
            throw new RuleViolation(null, "programme.adopt.consultationOpen");
        }
        if (date.isAfter(today)) {
            throw new RuleViolation("resolutionDate", "programme.adopt.dateInFuture");
        }
        if (date.isAfter(deadline)) {
            throw new RuleViolation("resolutionDate", "programme.adopt.dateAfterDeadline", DATE.format(deadline));
        }
        if (!date.isAfter(consultation.endsOn())) {
            throw new RuleViolation("resolutionDate", "programme.adopt.dateBeforeConsultationEnd",
                    DATE.format(consultation.endsOn()));
        }
        this.resolutionNumber = number;
        this.resolutionDate = date;
        this.status = Status.ADOPTED;
    }

    /** What adoption needs to know of the programme's consultation. */
    record ConsultationState(LocalDate endsOn, boolean reportPublished) {
    }

    void consultedIn(long consultationId) {
        this.consultationId = consultationId;
    }

    public ProgrammeParts parts() {
        return new ProgrammeParts(title, yearFrom, yearTo, goals, principles, scope, forms, period, implementation,
                funds, evaluation, creation, commissions);
    }

    public boolean isMultiYear() {
        return yearTo > yearFrom;
    }

    public int getYearFrom() {
        return yearFrom;
    }

    public int getYearTo() {
        return yearTo;
    }

    public String getTitle() {
        return title;
    }

    public Status getStatus() {
        return status;
    }

    public String getResolutionNumber() {
        return resolutionNumber;
    }

    public LocalDate getResolutionDate() {
        return resolutionDate;
    }

    public Long getConsultationId() {
        return consultationId;
    }

}
