package pl.wspolnie.budget;

import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.budget.domain.CostLine;
import pl.wspolnie.budget.domain.EditionDetails;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.budget.domain.Editions.PoolDetails;
import pl.wspolnie.budget.domain.ProjectDetails;
import pl.wspolnie.budget.domain.Results;
import pl.wspolnie.budget.domain.Projects;
import pl.wspolnie.budget.domain.Vote;
import pl.wspolnie.budget.domain.Voting;
import pl.wspolnie.budget.domain.review.Reviews;
import pl.wspolnie.budget.domain.VotingChannel;
import pl.wspolnie.support.IntegrationTest;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * An edition whose results are public, with two projects chosen in its vote and one with
 * too few votes, for the implementation tests.
 */
abstract class ImplementationSupport extends IntegrationTest {

    @Autowired
    Editions editions;

    @Autowired
    Projects projects;

    @Autowired
    Voting voting;

    @Autowired
    Reviews reviews;

    @Autowired
    Results results;

    record Chosen(long edition, long benches, long playground, long fountain) {
    }

    /**
     * Three projects, two ballots: benches and playground chosen, fountain no votes; the
     * results read once (which keeps them).
     */
    Chosen chosenProjects(String prefix) {
        return chosenProjects(prefix, 0);
    }

    /**
     * As {@link #chosenProjects(String)}, with that many more ballots for the playground
     * (inserted as they are stored, without voter records).
     */
    Chosen chosenProjects(String prefix, int moreBallots) {
        LocalDate today = LocalDate.now(clock);
        long id = editions.seed(new EditionDetails(jstId(KLUCZEWSKO), BudgetFixtures.year(), "Budżet realizowany",
                new BigDecimal("40000000.00"), "Rb-28S", 0, 2, 1, false, BudgetFixtures.timeline(today)));
        long pool = editions.seedPool(id,
                new PoolDetails("Osiedle Zielone", false, new BigDecimal("60000.00"), 3000, 3));
        long author = provisioning.ensureConfirmedUser(uniqueEmail("author"), "Autorka", DEMO_PASSWORD);
        long benches = project(id, author, pool, prefix + " ławki", "12000.00");
        long playground = project(id, author, pool, prefix + " plac zabaw", "30000.00");
        long fountain = project(id, author, pool, prefix + " fontanna", "15000.00");
        clock.advance(Duration.ofDays(41));
        LocalDate born = today.minusYears(30);
        voting.cast(id, new Vote(Voters.pesel(born), born, true, List.of(benches, playground)), VotingChannel.ONLINE);
        voting.cast(id, new Vote(Voters.pesel(born), born, true, List.of(benches)), VotingChannel.ONLINE);
        jdbc.sql("""
                insert into budget_ballot (id, edition_id, choices, receipt_hash)
                select gen_random_uuid(), ?, array[?]::bigint[], md5(g::text) from generate_series(1, ?) g
                """).params(id, playground, moreBallots).update();
        clock.advance(Duration.ofDays(14)); // the day after voting closes
        results.of(id);
        return new Chosen(id, benches, playground, fountain);
    }

    /** A submitted project, reviewed positively so that it is on the ballot. */
    long project(long edition, long author, long pool, String title, String cost) {
        long id = projects.seed(edition, author, new ProjectDetails(pool, title, "Opis " + title, "Kluczewsko",
                "Uzasadnienie", List.of(new CostLine("Prace", new BigDecimal(cost)))), true);
        reviews.seedPositive(id);
        return id;
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x2e7d32);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

}
