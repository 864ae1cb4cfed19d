package pl.wspolnie.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.EvictsCache;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.domain.StateConflict;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An edition of the participatory budget of one JST in one year: the last reported
 * expenditure with its source, the rules of the council's resolution and the timeline of
 * its phases. Its rules and pools are frozen once voting opens.
 */
@Entity
@EntityListeners(EvictsCache.Listener.class)
@EvictsCache(CacheConfiguration.BUDGET_BALLOT)
@Table(name = "budget_edition")
public class Edition extends JstRecord {

    private int year;

    private String title;

    private BigDecimal expenditure;

    @Column(name = "expenditure_source")
    private String expenditureSource;

    @Column(name = "min_age")
    private int minAge;

    @Column(name = "choices_per_pool")
    private int choicesPerPool;

    @Column(name = "min_votes")
    private int minVotes;

    @Column(name = "several_areas")
    private boolean severalAreas;

    @Column(name = "submission_from")
    private LocalDate submissionFrom;

    @Column(name = "submission_to")
    private LocalDate submissionTo;

    @Column(name = "review_from")
    private LocalDate reviewFrom;

    @Column(name = "review_to")
    private LocalDate reviewTo;

    @Column(name = "appeals_from")
    private LocalDate appealsFrom;

    @Column(name = "appeals_to")
    private LocalDate appealsTo;

    @Column(name = "voting_from")
    private LocalDate votingFrom;

    @Column(name = "voting_to")
    private LocalDate votingTo;

    @Column(name = "results_from")
    private LocalDate resultsFrom;

    @Column(name = "results_to")
    private LocalDate resultsTo;

    @Column(name = "implementation_from")
    private LocalDate implementationFrom;

    @Column(name = "implementation_to")
    private LocalDate implementationTo;

    @Column(name = "voting_announced")
    private boolean votingAnnounced;

    @Column(name = "draw_seed")
    private String drawSeed;

    @Column(name = "challenge_days")
    private int challengeDays = EditionDetails.DEFAULT_CHALLENGE_DAYS;

    @Column(name = "personal_data_purged_on")
    private LocalDate personalDataPurgedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Edition() {
    }

    Edition(long jstId, Instant createdAt) {
        super(jstId);
        this.createdAt = createdAt;
    }

    /** Takes the form's values; the caller checked the rules and the freeze. */
    void apply(EditionDetails d) {
        this.year = d.year();
        this.title = d.title();
        this.expenditure = d.expenditure();
        this.expenditureSource = d.expenditureSource();
        this.minAge = d.minAge();
        this.choicesPerPool = d.choicesPerPool();
        this.minVotes = d.minVotes();
        this.severalAreas = d.severalAreas();
        this.challengeDays = d.challengeDays();
        for (PhaseDates p : d.timeline()) {
            switch (p.phase()) {
                case SUBMISSION -> {
                    submissionFrom = p.from();
                    submissionTo = p.to();
                }
                case REVIEW -> {
                    reviewFrom = p.from();
                    reviewTo = p.to();
                }
                case APPEALS -> {
                    appealsFrom = p.from();
                    appealsTo = p.to();
                }
                case VOTING -> {
                    votingFrom = p.from();
                    votingTo = p.to();
                }
                case RESULTS -> {
                    resultsFrom = p.from();
                    resultsTo = p.to();
                }
                case IMPLEMENTATION -> {
                    implementationFrom = p.from();
                    implementationTo = p.to();
                }
            }
        }
    }

    /** The phases in their order. */
    public List<PhaseDates> timeline() {
        return List.of(new PhaseDates(Phase.SUBMISSION, submissionFrom, submissionTo),
                new PhaseDates(Phase.REVIEW, reviewFrom, reviewTo),
                new PhaseDates(Phase.APPEALS, appealsFrom, appealsTo),
                new PhaseDates(Phase.VOTING, votingFrom, votingTo),
                new PhaseDates(Phase.RESULTS, resultsFrom, resultsTo),
                new PhaseDates(Phase.IMPLEMENTATION, implementationFrom, implementationTo));
    }

    /** The phase that includes the day, or null before, between or after the phases. */
    public Phase phaseOn(LocalDate day) {
        return timeline().stream().filter(p -> p.contains(day)).map(PhaseDates::phase).findFirst().orElse(null);
    }

    /** True from the first day of voting on: the rules and pools no longer change. */
    public boolean isFrozenOn(LocalDate day) {
        return !day.isBefore(votingFrom);
    }

    /** Refuses a change of the rules, pools or timeline once voting has opened. */
    public void requireChangeableOn(LocalDate day) {
        if (isFrozenOn(day)) {
            throw new StateConflict("budget.edition.frozen", "edition " + getId() + " voting opened " + votingFrom);
        }
    }

    public boolean isOpenForSubmissionOn(LocalDate day) {
        return !day.isBefore(submissionFrom) && !day.isAfter(submissionTo);
    }

    /** True while the voting phase lasts. */
    public boolean isVotingOn(LocalDate day) {
        return !day.isBefore(votingFrom) && !day.isAfter(votingTo);
    }

    /**
     * True from the first day of voting until the day before the results phase starts:
     * paper cards may be entered (cards from the polling points are entered after the
     * close). Exactly the days before {@link #areResultsPublicOn}: no card is entered
     * once the ballot file and its checksum are public.
     */
    public boolean isPaperEntryOn(LocalDate day) {
        return !day.isBefore(votingFrom) && !areResultsPublicOn(day);
    }

    /**
     * True from the first day of the results phase: anybody may read the results, the
     * ballot file and the draw key, which no card entered later could change.
     */
    public boolean areResultsPublicOn(LocalDate day) {
        return !day.isBefore(resultsFrom);
    }

    /** True after the last day of voting. */
    public boolean isVotingClosedOn(LocalDate day) {
        return day.isAfter(votingTo);
    }

    /**
     * Records the value announced for the draw that breaks ties: once, and only before
     * voting closes.
     */
    void recordDrawSeed(String seed, LocalDate day) {
        if (isVotingClosedOn(day)) {
            throw new StateConflict("budget.draw.closed", "edition " + getId() + " voting closed " + votingTo);
        }
        if (drawSeed != null) {
            throw new StateConflict("budget.draw.already", "edition " + getId() + " has a draw seed");
        }
        this.drawSeed = seed;
    }

    /**
     * The last day on which the results may be challenged: the resolution's days after
     * the first day of the results phase, when they are published.
     */
    public LocalDate challengeDeadline() {
        return resultsFrom.plusDays(challengeDays);
    }

    /**
     * The day the support lists and the register of voters are deleted: the day after the
     * deadline to challenge the results.
     */
    public LocalDate personalDataPurgeDay() {
        return challengeDeadline().plusDays(1);
    }

    /** Records that the personal data were deleted (the job does it once). */
    void markPersonalDataPurged(LocalDate day) {
        this.personalDataPurgedOn = day;
    }

    /** The day the personal data were deleted, or null while they are kept. */
    public LocalDate getPersonalDataPurgedOn() {
        return personalDataPurgedOn;
    }

    public int getChallengeDays() {
        return challengeDays;
    }

    /** The value announced for the draw, or null when none was entered. */
    public String getDrawSeed() {
        return drawSeed;
    }

    /** Records that the authors were told voting opened (once). */
    void markVotingAnnounced() {
        this.votingAnnounced = true;
    }

    /** 0.5% of the expenditure: the least a city with powiat rights must spend. */
    public BigDecimal minimumTotal() {
        return EditionRules.minimumTotal(expenditure);
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getExpenditure() {
        return expenditure;
    }

    public String getExpenditureSource() {
        return expenditureSource;
    }

    public int getMinAge() {
        return minAge;
    }

    public int getChoicesPerPool() {
        return choicesPerPool;
    }

    public int getMinVotes() {
        return minVotes;
    }

    public boolean isSeveralAreas() {
        return severalAreas;
    }

    public LocalDate getSubmissionFrom() {
        return submissionFrom;
    }

    public LocalDate getSubmissionTo() {
        return submissionTo;
    }

    public LocalDate getVotingFrom() {
        return votingFrom;
    }

    public LocalDate getVotingTo() {
        return votingTo;
    }

    public LocalDate getResultsFrom() {
        return resultsFrom;
    }

}
