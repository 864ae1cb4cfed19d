package pl.wspolnie.initiatives.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a JST's council resolution on local initiatives sets (art. 19c): the smallest
 * group of residents who may apply directly, whether applications are taken all year or
 * in rounds, and the evaluation criteria with their weights, the residents' contribution
 * always first among them.
 */
@Entity
@Table(name = "initiative_settings")
public class InitiativeSettings extends JstRecord {

    /** The smallest group the platform accepts as "residents" (plural in art. 19b). */
    public static final int MIN_GROUP = 2;

    /** The most criteria and rounds the form offers. */
    public static final int MAX_CRITERIA = 6;

    public static final int MAX_ROUNDS = 4;

    private String resolution;

    @Column(name = "min_group_size")
    private int minGroupSize;

    @Enumerated(EnumType.STRING)
    private Intake intake;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "initiative_criterion", joinColumns = @JoinColumn(name = "settings_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "initiative_round", joinColumns = @JoinColumn(name = "settings_id"))
    @OrderColumn(name = "position")
    private List<Round> rounds = new ArrayList<>();

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected InitiativeSettings() {
    }

    InitiativeSettings(long jstId) {
        super(jstId);
    }

    /** The rules of the resolution's settings, each at its field. */
    static List<RuleViolation> check(SettingsDetails d) {
        List<RuleViolation> violations = new ArrayList<>();
        if (d.resolution() == null || d.resolution().isBlank()) {
            violations.add(new RuleViolation("resolution", "initiatives.required"));
        }
        else if (d.resolution().strip().length() > 500) {
            violations.add(new RuleViolation("resolution", "initiatives.tooLong"));
        }
        if (d.minGroupSize() == null) {
            violations.add(new RuleViolation("minGroupSize", "initiatives.required"));
        }
        else if (d.minGroupSize() < MIN_GROUP || d.minGroupSize() > 500) {
            violations.add(new RuleViolation("minGroupSize", "initiatives.settings.groupRange", MIN_GROUP, 500));
        }
        if (d.intake() == null) {
            violations.add(new RuleViolation("intake", "initiatives.required"));
        }
        checkCriteria(d.criteria(), violations);
        checkRounds(d, violations);
        return violations;
    }

    private static void checkCriteria(List<SettingsDetails.CriterionInput> rows, List<RuleViolation> violations) {
        if (rows.isEmpty() || rows.get(0).name() == null || rows.get(0).name().isBlank()) {
            violations.add(new RuleViolation("criteria[0].name", "initiatives.settings.contributionRequired"));
        }
        int sum = 0;
        int contributionWeight = 0;
        int largestOther = 0;
        for (int i = 0; i < rows.size(); i++) {
            SettingsDetails.CriterionInput c = rows.get(i);
            if (i > 0 && c.blank()) {
                continue;
            }
            String at = "criteria[" + i + "].";
            if (i > 0 && (c.name() == null || c.name().isBlank())) {
                violations.add(new RuleViolation(at + "name", "initiatives.required"));
            }
            else if (c.name() != null && c.name().strip().length() > 200) {
                violations.add(new RuleViolation(at + "name", "initiatives.tooLong"));
            }
            if (c.weight() == null || c.weight() < 1 || c.weight() > 100) {
                violations.add(new RuleViolation(at + "weight", "initiatives.settings.weightRange"));
            }
            else {
                sum += c.weight();
                if (i == 0) {
                    contributionWeight = c.weight();
                }
                else {
                    largestOther = Math.max(largestOther, c.weight());
                }
            }
            if (c.maxPoints() == null || c.maxPoints() < 1 || c.maxPoints() > 100) {
                violations.add(new RuleViolation(at + "maxPoints", "initiatives.settings.pointsRange"));
            }
        }
        if (violations.stream().noneMatch(v -> v.field().endsWith("weight"))) {
            if (sum != 100) {
                violations.add(new RuleViolation("criteria", "initiatives.settings.weightsSum", sum));
            }
            else if (contributionWeight < largestOther) {
                violations.add(new RuleViolation("criteria[0].weight", "initiatives.settings.contributionFirst",
                        largestOther));
            }
        }
    }

    private static void checkRounds(SettingsDetails d, List<RuleViolation> violations) {
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < d.rounds().size(); i++) {
            SettingsDetails.RoundInput r = d.rounds().get(i);
            if (r.blank()) {
                continue;
            }
            String at = "rounds[" + i + "].";
            if (r.opensOn() == null) {
                violations.add(new RuleViolation(at + "opensOn", "initiatives.required"));
            }
            if (r.closesOn() == null) {
                violations.add(new RuleViolation(at + "closesOn", "initiatives.required"));
            }
            if (r.opensOn() != null && r.closesOn() != null) {
                if (r.closesOn().isBefore(r.opensOn())) {
                    violations.add(new RuleViolation(at + "closesOn", "initiatives.settings.roundOrder"));
                }
                else if (rounds.stream()
                    .anyMatch(o -> !o.opensOn().isAfter(r.closesOn()) && !r.opensOn().isAfter(o.closesOn()))) {
                    violations.add(new RuleViolation(at + "opensOn", "initiatives.settings.roundsOverlap"));
                }
                else {
                    rounds.add(new Round(r.opensOn(), r.closesOn()));
                }
            }
        }
        if (d.intake() == Intake.ROUNDS && rounds.isEmpty()
                && violations.stream().noneMatch(v -> v.field() != null && v.field().startsWith("rounds"))) {
            violations.add(new RuleViolation("rounds", "initiatives.settings.roundsRequired"));
        }
    }

    void apply(SettingsDetails d, Instant now) {
        RuleViolation.throwIfAny(check(d));
        this.resolution = d.resolution().strip();
        this.minGroupSize = d.minGroupSize();
        this.intake = d.intake();
        List<Criterion> list = new ArrayList<>();
        for (int i = 0; i < d.criteria().size(); i++) {
            SettingsDetails.CriterionInput c = d.criteria().get(i);
            if (i == 0 || !c.blank()) {
                list.add(new Criterion(c.name().strip(), c.weight(), c.maxPoints(), i == 0));
            }
        }
        this.criteria.clear();
        this.criteria.addAll(list);
        this.rounds.clear();
        if (intake == Intake.ROUNDS) {
            d.rounds()
                .stream()
                .filter(r -> !r.blank())
                .map(r -> new Round(r.opensOn(), r.closesOn()))
                .sorted((a, b) -> a.opensOn().compareTo(b.opensOn()))
                .forEach(this.rounds::add);
        }
        this.updatedAt = now;
    }

    /** True when an application may be submitted on the day. */
    public boolean takesApplicationsOn(LocalDate day) {
        return intake == Intake.ALL_YEAR || rounds.stream().anyMatch(r -> r.contains(day));
    }

    /** The next round that opens after the day, if any. */
    public Round nextRound(LocalDate day) {
        return rounds.stream().filter(r -> r.opensOn().isAfter(day)).findFirst().orElse(null);
    }

    public SettingsDetails details() {
        return new SettingsDetails(resolution, minGroupSize, intake,
                criteria.stream()
                    .map(c -> new SettingsDetails.CriterionInput(c.name(), c.weight(), c.maxPoints()))
                    .toList(),
                rounds.stream().map(r -> new SettingsDetails.RoundInput(r.opensOn(), r.closesOn())).toList());
    }

    public String getResolution() {
        return resolution;
    }

    public int getMinGroupSize() {
        return minGroupSize;
    }

    public Intake getIntake() {
        return intake;
    }

    public List<Criterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public List<Round> getRounds() {
        return List.copyOf(rounds);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

}
