package pl.wspolnie.budget;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import pl.wspolnie.budget.domain.CostLine;
import pl.wspolnie.budget.domain.EditionDetails;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.budget.domain.Editions.PoolDetails;
import pl.wspolnie.budget.domain.Phase;
import pl.wspolnie.budget.domain.PhaseDates;
import pl.wspolnie.budget.domain.ProjectDetails;
import pl.wspolnie.budget.domain.Projects;
import pl.wspolnie.budget.domain.review.Reviews;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Load-test data for bench/budget-vote-bench.sh, only with
 * {@code wspolnie.bench.budget-voters} set: in Gmina Kluczewsko an edition "Budżet – test
 * głosowania" in its voting phase (three area pools and the whole gmina, six projects
 * each, created through {@link Editions} and {@link Projects}; the phase dates are then
 * moved so that voting runs today) and that many confirmed resident accounts
 * {@code glosujacy-<n>@bench.wspolnie.test} (n from 1) with the password
 * {@value #PASSWORD}, hashed once with BCrypt of strength 4 so logging them all in is
 * quick. With {@code wspolnie.bench.budget-ballots} also an edition "Budżet – test
 * liczenia" in its results phase holding that many ballots of four choices each (two in
 * an area pool, two in the whole gmina) and as many voter records, inserted with
 * set-based SQL. Never enabled by default; seeded once per data directory.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "wspolnie.bench.budget-voters")
class BudgetBenchData implements ApplicationRunner {

    static final String PASSWORD = "glosowanie-testowe";

    static final String VOTING_TITLE = "Budżet – test głosowania";

    static final String COUNTING_TITLE = "Budżet – test liczenia";

    private static final Logger log = LoggerFactory.getLogger(BudgetBenchData.class);

    private final Editions editions;

    private final Projects projects;

    private final Reviews reviews;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final int voters;

    private final int ballots;

    BudgetBenchData(Editions editions, Projects projects, Reviews reviews, JdbcClient jdbc, Clock clock,
            @Value("${wspolnie.bench.budget-voters}") int voters,
            @Value("${wspolnie.bench.budget-ballots:0}") int ballots) {
        this.editions = editions;
        this.projects = projects;
        this.reviews = reviews;
        this.jdbc = jdbc;
        this.clock = clock;
        this.voters = voters;
        this.ballots = ballots;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> existing = edition(VOTING_TITLE);
        if (existing.isPresent()) {
            log.info("Budget bench data: voting edition {} (present)", existing.get());
            return;
        }
        long jst = jdbc.sql("select id from jst where teryt = '2613012'").query(Long.class).single();
        long author = residents();
        long voting = edition(jst, 2090, VOTING_TITLE, author);
        LocalDate today = LocalDate.now(clock);
        moveTimeline(voting, today.minusDays(1));
        log.info("Budget bench data: voting edition {}, {} residents (password {})", voting, voters, PASSWORD);
        if (ballots > 0) {
            long counting = edition(jst, 2091, COUNTING_TITLE, author);
            moveTimeline(counting, today.minusDays(15));
            seedBallots(counting, today.minusDays(10));
            log.info("Budget bench data: counting edition {} with {} ballots", counting, ballots);
        }
    }

    private Optional<Long> edition(String title) {
        return jdbc.sql("select id from budget_edition where title = ?").param(title).query(Long.class).optional();
    }

    /** The residents; returns the first, the author of the projects. */
    private long residents() {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        jdbc.sql("""
                insert into user_account (email, display_name, password_hash, email_confirmed, created_at)
                select 'glosujacy-' || g || '@bench.wspolnie.test', 'Mieszkaniec ' || g, :hash, true, :now
                from generate_series(1, greatest(:voters, 1)) g
                """).param("hash", hash).param("voters", voters).param("now", Timestamp.from(clock.instant())).update();
        return jdbc.sql("select id from user_account where email = 'glosujacy-1@bench.wspolnie.test'")
            .query(Long.class)
            .single();
    }

    /**
     * An edition in its submission phase with three area pools and the whole gmina, six
     * submitted projects in each, through the domain's methods.
     */
    private long edition(long jst, int year, String title, long author) {
        LocalDate today = LocalDate.now(clock);
        long id = editions.seed(new EditionDetails(jst, year, title, new BigDecimal("41250000.00"),
                "Sprawozdanie Rb-28S (dane testowe)", 16, 3, 1, false,
                List.of(new PhaseDates(Phase.SUBMISSION, today.minusDays(1), today.plusDays(1)),
                        new PhaseDates(Phase.REVIEW, today.plusDays(2), today.plusDays(3)),
                        new PhaseDates(Phase.APPEALS, today.plusDays(4), today.plusDays(5)),
                        new PhaseDates(Phase.VOTING, today.plusDays(6), today.plusDays(7)),
                        new PhaseDates(Phase.RESULTS, today.plusDays(8), today.plusDays(9)),
                        new PhaseDates(Phase.IMPLEMENTATION, today.plusDays(10), today.plusDays(400)))));
        List<Long> pools = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            pools.add(editions.seedPool(id,
                    new PoolDetails("Osiedle testowe " + p, false, new BigDecimal("150000.00"), 20000, 0)));
        }
        pools.add(editions.seedPool(id,
                new PoolDetails("Cała gmina (test)", true, new BigDecimal("600000.00"), 60000, 0)));
        for (long pool : pools) {
            for (int n = 1; n <= 6; n++) {
                long project = projects.seed(id, author,
                        new ProjectDetails(pool, "Projekt testowy " + pool + "-" + n, "Opis projektu testowego " + n,
                                "Kluczewsko", "Potrzeba mieszkańców (dane testowe)",
                                List.of(new CostLine("Prace", new BigDecimal(20000 + 5000 * n + ".00")))),
                        true);
                // only positively reviewed projects are on the ballot
                reviews.seedPositive(project);
            }
        }
        return id;
    }

    /**
     * Moves the phases (the bench's only shortcut past the domain): voting from
     * {@code votingFrom} for 14 days, the earlier phases before it.
     */
    private void moveTimeline(long edition, LocalDate votingFrom) {
        jdbc.sql("""
                update budget_edition set submission_from = :v - 40, submission_to = :v - 30,
                    review_from = :v - 29, review_to = :v - 10, appeals_from = :v - 9, appeals_to = :v - 2,
                    voting_from = :v, voting_to = :v + 13, results_from = :v + 14, results_to = :v + 20,
                    implementation_from = :v + 21, implementation_to = :v + 400
                where id = :id
                """).param("v", votingFrom).param("id", edition).update();
    }

    /**
     * The ballots of the counting edition: each two projects of one area pool and two of
     * the whole gmina (spread unevenly, so the ranks differ), and a voter record each.
     */
    private void seedBallots(long edition, LocalDate day) {
        jdbc.sql("""
                with p as (
                    select pr.id, pl.whole_jst, dense_rank() over (order by pl.id) as pool,
                           row_number() over (partition by pl.id order by pr.id) as n
                    from budget_project pr join budget_pool pl on pl.id = pr.pool_id
                    where pr.edition_id = :edition
                ),
                b as (
                    select g, 1 + g % 3 as area, (g::bigint * 7919) % 21 as a, (g::bigint * 104729) % 15 as w
                    from generate_series(1, :ballots) g
                )
                insert into budget_ballot (id, edition_id, choices, receipt_hash)
                select gen_random_uuid(), :edition, array(
                    select p.id from p
                    where (not p.whole_jst and p.pool = b.area and p.n in (1 + b.a % 6, 1 + (b.a / 6 + b.a + 1) % 6))
                       or (p.whole_jst and p.n in (1 + b.w % 6, 1 + (b.w / 6 + b.w + 1) % 6))
                    order by p.id), md5('bench-receipt-' || b.g)
                from b
                """).param("edition", edition).param("ballots", ballots).update();
        jdbc.sql("""
                insert into budget_voter (jst_id, edition_id, pesel_hash, channel, voted_on, age_group)
                select e.jst_id, e.id, md5('bench-voter-' || g), 'ONLINE', :day,
                       (array['UNDER_18','FROM_18','FROM_25','FROM_35','FROM_45','FROM_60'])[1 + g % 6]
                from budget_edition e, generate_series(1, :ballots) g where e.id = :edition
                """).param("edition", edition).param("ballots", ballots).param("day", day).update();
        jdbc.sql("vacuum analyze budget_ballot").update();
        jdbc.sql("vacuum analyze budget_voter").update();
    }

}
