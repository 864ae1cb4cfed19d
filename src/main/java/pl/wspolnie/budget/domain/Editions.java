package pl.wspolnie.budget.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.events.CalendarEntryPublished;
import pl.wspolnie.shared.events.CalendarEntryType;
import pl.wspolnie.shared.time.ClockConfig;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Editions of the participatory budget and their pools, kept by the gmina's coordinators.
 */
@Service
@Transactional
public class Editions {

    /** What a pool's form carries. */
    public record PoolDetails(String name, boolean wholeJst, BigDecimal amount, int population,
            int signaturesRequired) {
    }

    /**
     * The pools' total against 0.5% of the last reported expenditure (a warning only: the
     * obligation binds cities with powiat rights).
     */
    public record Funding(BigDecimal total, BigDecimal minimum, boolean belowMinimum) {
    }

    private final EditionRepository editions;

    private final PoolRepository pools;

    private final BudgetAccess access;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final MessageSource messages;

    Editions(EditionRepository editions, PoolRepository pools, BudgetAccess access, Clock clock,
            ApplicationEventPublisher events, MessageSource messages) {
        this.events = events;
        this.messages = messages;
        this.editions = editions;
        this.pools = pools;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Edition> all() {
        return editions.findAllByOrderByYearDescIdDesc();
    }

    @Transactional(readOnly = true)
    public Edition get(long id) {
        return editions.findById(id).orElseThrow(() -> new NotFound("budget edition " + id));
    }

    @Transactional(readOnly = true)
    public List<Pool> pools(long editionId) {
        return pools.findByEditionIdOrderByWholeJstDescNameAsc(editionId);
    }

    @Transactional(readOnly = true)
    public Pool pool(long editionId, long poolId) {
        return pools.findById(poolId)
            .filter(p -> p.getEditionId() == editionId)
            .orElseThrow(() -> new NotFound("budget pool " + poolId));
    }

    @Transactional(readOnly = true)
    public Funding funding(Edition edition, List<Pool> of) {
        BigDecimal total = of.stream().map(Pool::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal minimum = edition.minimumTotal();
        return new Funding(total, minimum, total.compareTo(minimum) < 0);
    }

    /** True when the current person coordinates the edition's JST. */
    @Transactional(readOnly = true)
    public boolean isCoordinator(Edition edition) {
        return access.isCoordinator(edition.getJstId());
    }

    public long create(EditionDetails details) {
        access.requireCoordinator(details.jstId());
        return seed(details);
    }

    /**
     * Creation without a permission check (demo data and tests); the rules still apply.
     */
    public long seed(EditionDetails details) {
        List<RuleViolation> violations = check(details, null);
        RuleViolation.throwIfAny(violations);
        Edition edition = new Edition(details.jstId(), clock.instant());
        edition.apply(details);
        editions.save(edition);
        publishTimeline(edition);
        return edition.getId();
    }

    /**
     * Each phase in the common calendar, under the gmina (again after a change: the
     * calendar replaces its entries).
     */
    private void publishTimeline(Edition edition) {
        Locale polish = Locale.forLanguageTag("pl");
        for (PhaseDates p : edition.timeline()) {
            String phase = messages.getMessage("budget.phase." + p.phase(), null, polish);
            String title = phase + ": " + edition.getTitle();
            if (title.length() > 300) {
                title = title.substring(0, 299) + "…";
            }
            events.publishEvent(new CalendarEntryPublished("budget",
                    "edition-" + edition.getId() + "-" + p.phase().name().toLowerCase(Locale.ROOT),
                    CalendarEntryType.EVENT, title, edition.getTitle(), p.from().atStartOfDay(ClockConfig.WARSAW),
                    p.to().plusDays(1).atStartOfDay(ClockConfig.WARSAW), null, edition.getJstId(), Set.of(),
                    "/budget/" + edition.getId()));
        }
    }

    public void update(long id, EditionDetails details) {
        Edition edition = get(id);
        access.requireCoordinator(edition.getJstId());
        edition.requireChangeableOn(today());
        RuleViolation.throwIfAny(check(details, id));
        edition.apply(details);
        publishTimeline(edition);
    }

    private List<RuleViolation> check(EditionDetails details, Long id) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!access.isGmina(details.jstId())) {
            violations.add(new RuleViolation("jstId", "budget.edition.notGmina"));
        }
        boolean taken = id == null ? editions.existsByJstIdAndYear(details.jstId(), details.year())
                : editions.existsByJstIdAndYearAndIdNot(details.jstId(), details.year(), id);
        if (taken) {
            violations.add(new RuleViolation("year", "budget.edition.yearTaken", String.valueOf(details.year())));
        }
        if (details.expenditure() == null || details.expenditure().signum() <= 0) {
            violations.add(new RuleViolation("expenditure", "budget.money.positive"));
        }
        violations.addAll(EditionRules.timeline(details.timeline()));
        return violations;
    }

    /**
     * The coordinator enters the draw seed: once, before voting closes, 1 to 200
     * characters.
     */
    public void recordDrawSeed(long id, String seed) {
        Edition edition = get(id);
        access.requireCoordinator(edition.getJstId());
        String value = seed == null ? "" : seed.strip();
        if (value.isEmpty() || value.length() > 200) {
            throw new RuleViolation("drawSeed", "budget.draw.invalid");
        }
        edition.recordDrawSeed(value, today());
    }

    public long addPool(long editionId, PoolDetails d) {
        Edition edition = get(editionId);
        access.requireCoordinator(edition.getJstId());
        edition.requireChangeableOn(today());
        return seedPool(edition, d);
    }

    /** A pool without a permission check (demo data and tests); the rules still apply. */
    public long seedPool(long editionId, PoolDetails d) {
        return seedPool(get(editionId), d);
    }

    private long seedPool(Edition edition, PoolDetails d) {
        if (d.wholeJst() && pools(edition.getId()).stream().anyMatch(Pool::isWholeJst)) {
            throw new RuleViolation("wholeJst", "budget.pool.wholeJstTaken");
        }
        return pools.save(new Pool(edition, d.name(), d.wholeJst(), d.amount(), d.population(), d.signaturesRequired()))
            .getId();
    }

    public void updatePool(long editionId, long poolId, PoolDetails d) {
        Edition edition = get(editionId);
        access.requireCoordinator(edition.getJstId());
        edition.requireChangeableOn(today());
        Pool pool = pool(editionId, poolId);
        if (d.wholeJst() && pools(editionId).stream().anyMatch(p -> p.isWholeJst() && !p.getId().equals(poolId))) {
            throw new RuleViolation("wholeJst", "budget.pool.wholeJstTaken");
        }
        pool.update(d.name(), d.wholeJst(), d.amount(), d.population(), d.signaturesRequired());
    }

    /**
     * Tells, once per edition, the authors of the projects on the ballot that voting has
     * opened (the daily job; also on the days after the first, should the job have missed
     * it). Returns the number of editions announced.
     */
    public int announceVotingOpened() {
        List<Edition> due = editions.votingToAnnounce(today());
        for (Edition edition : due) {
            edition.markVotingAnnounced();
            events.publishEvent(new BudgetEvents.VotingOpened(edition.getId()));
        }
        return due.size();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

}
