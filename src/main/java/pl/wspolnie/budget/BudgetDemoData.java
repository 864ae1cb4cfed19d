package pl.wspolnie.budget;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.budget.domain.CostLine;
import pl.wspolnie.budget.domain.EditionDetails;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.budget.domain.Editions.PoolDetails;
import pl.wspolnie.budget.domain.Phase;
import pl.wspolnie.budget.domain.PhaseDates;
import pl.wspolnie.budget.domain.ProjectDetails;
import pl.wspolnie.budget.domain.Projects;
import pl.wspolnie.budget.domain.Vote;
import pl.wspolnie.budget.domain.Voting;
import pl.wspolnie.budget.domain.implementation.ImplementationDetails;
import pl.wspolnie.budget.domain.implementation.ImplementationStatus;
import pl.wspolnie.budget.domain.implementation.Implementations;
import pl.wspolnie.budget.domain.review.Reviews;
import pl.wspolnie.budget.domain.implementation.MilestoneDetails;
import pl.wspolnie.shared.files.DescribedPhoto;
import pl.wspolnie.shared.files.Upload;
import pl.wspolnie.shared.text.TabSeparatedFile;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Demo data of the participatory budget (called by the demo module's DemoBudget) for
 * Gmina Kluczewsko:
 * <ul>
 * <li>this year's edition in the <b>voting</b> phase (from three days ago for two weeks)
 * with two area pools and twenty submitted projects, some supported, and one draft of the
 * demo resident;</li>
 * <li>last year's edition, <b>closed</b>: its ballots cast through
 * {@link Voting#seedVote} (so the results are the real count), and the chosen projects in
 * implementation with statuses, progress, costs, milestones with photos and a
 * follower.</li>
 * </ul>
 * The submitted projects of both editions are data (demo/budget-projects.tsv); they reach
 * the ballot through one method, {@link #onBallot}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BudgetDemoData {

    private static final String NORTH = "Kluczewsko i sołectwa północne";

    private static final String SOUTH = "Sołectwa południowe";

    private static final String UNIT = "Referat Inwestycji i Gospodarki Komunalnej Urzędu Gminy Kluczewsko";

    private final Editions editions;

    private final Projects projects;

    private final Voting voting;

    private final Implementations implementations;

    private final Reviews reviews;

    private final Clock clock;

    private final EntityManager entityManager;

    /**
     * Seeds both editions of the gmina {@code jstId}; {@code resident} authors most
     * projects and {@code neighbours} the others and support them. For the demo data
     * only: no permission checks.
     */
    @Transactional
    public void seed(long jstId, long resident, List<Long> neighbours) {
        seedClosedEdition(jstId, resident, neighbours);
        seedVotingEdition(jstId, resident, neighbours);
    }

    /**
     * A project submitted by its author that goes on the ballot: its positive formal and
     * merit review are recorded here.
     */
    private long onBallot(long projectId) {
        entityManager.flush(); // the review reads the submitted version in SQL
        reviews.seedPositive(projectId);
        return projectId;
    }

    private long submitted(long edition, long author, long pool, LocalDate on, String title, String description,
            String location, String justification, CostLine... costs) {
        return onBallot(projects.seedSubmittedOn(edition, author,
                new ProjectDetails(pool, title, description, location, justification, List.of(costs)), on));
    }

    // ------------------------------------------------------------------ this year,
    // voting

    private void seedVotingEdition(long jstId, long resident, List<Long> neighbours) {
        LocalDate today = LocalDate.now(clock);
        long edition = editions.seed(new EditionDetails(jstId, today.getYear(),
                "Budżet obywatelski Gminy Kluczewsko " + today.getYear(), new BigDecimal("41250000.00"),
                "Sprawozdanie Rb-28S z wykonania budżetu za rok " + (today.getYear() - 1), 16, 2, 15, false,
                List.of(new PhaseDates(Phase.SUBMISSION, today.minusDays(100), today.minusDays(70)),
                        new PhaseDates(Phase.REVIEW, today.minusDays(69), today.minusDays(40)),
                        new PhaseDates(Phase.APPEALS, today.minusDays(39), today.minusDays(33)),
                        new PhaseDates(Phase.VOTING, today.minusDays(3), today.plusDays(11)),
                        new PhaseDates(Phase.RESULTS, today.plusDays(12), today.plusDays(18)),
                        new PhaseDates(Phase.IMPLEMENTATION, today.plusDays(19), today.plusDays(400)))));
        long north = editions.seedPool(edition, new PoolDetails(NORTH, false, new BigDecimal("140000.00"), 2450, 2));
        long south = editions.seedPool(edition, new PoolDetails(SOUTH, false, new BigDecimal("110000.00"), 2380, 2));
        long first = neighbours.isEmpty() ? resident : neighbours.get(0);
        long second = neighbours.size() < 2 ? first : neighbours.get(1);
        LocalDate on = today.minusDays(90);

        List<Long> all = submitAll("this", edition, Map.of("resident", resident, "first", first, "second", second),
                north, south, on)
            .stream()
            .map(DemoProject::id)
            .toList();

        projects.seed(edition, resident, new ProjectDetails(south, "Oświetlenie przystanku w Stanowiskach", "", "", "",
                List.of(line("Lampa solarna", "6500.00"))), false);

        for (int i = 0; i < all.size(); i++) {
            if (i % 2 == 0 && first != resident) {
                projects.seedSupport(all.get(i), first);
            }
            if (i % 3 == 0 && second != first) {
                projects.seedSupport(all.get(i), second);
            }
        }
    }

    // ------------------------------------------------------------------ last year,
    // closed

    private void seedClosedEdition(long jstId, long resident, List<Long> neighbours) {
        int year = LocalDate.now(clock).getYear() - 1;
        LocalDate votingFrom = LocalDate.of(year, 6, 1);
        long edition = editions.seed(new EditionDetails(jstId, year, "Budżet obywatelski Gminy Kluczewsko " + year,
                new BigDecimal("39870000.00"), "Sprawozdanie Rb-28S z wykonania budżetu za rok " + (year - 1), 16, 2,
                15, false,
                List.of(new PhaseDates(Phase.SUBMISSION, LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31)),
                        new PhaseDates(Phase.REVIEW, LocalDate.of(year, 4, 1), LocalDate.of(year, 4, 30)),
                        new PhaseDates(Phase.APPEALS, LocalDate.of(year, 5, 4), LocalDate.of(year, 5, 10)),
                        new PhaseDates(Phase.VOTING, votingFrom, LocalDate.of(year, 6, 14)),
                        new PhaseDates(Phase.RESULTS, LocalDate.of(year, 6, 15), LocalDate.of(year, 6, 21)),
                        new PhaseDates(Phase.IMPLEMENTATION, LocalDate.of(year, 6, 22),
                                LocalDate.of(year + 1, 12, 31)))));
        long north = editions.seedPool(edition, new PoolDetails(NORTH, false, new BigDecimal("120000.00"), 2430, 2));
        long south = editions.seedPool(edition, new PoolDetails(SOUTH, false, new BigDecimal("100000.00"), 2390, 2));
        long first = neighbours.isEmpty() ? resident : neighbours.get(0);
        LocalDate on = LocalDate.of(year, 3, 10);

        List<DemoProject> submitted = submitAll("last", edition, Map.of("resident", resident, "first", first), north,
                south, on);
        Map<String, Long> id = submitted.stream().collect(Collectors.toMap(DemoProject::key, DemoProject::id));
        long pavement = id.get("pavement");
        long classroom = id.get("classroom");
        long stage = id.get("stage");
        long playground = id.get("playground");
        long shelter = id.get("shelter");

        // the ballot is read by SQL: the projects' submitted state must be written first
        entityManager.flush();
        // the vote: 59 ballots in the north pool and 41 in the south, two choices at most
        List<List<Long>> ballots = new ArrayList<>();
        ballots.addAll(ballots(59, votes(submitted, north)));
        ballots.addAll(ballots(41, votes(submitted, south)));
        for (int i = 0; i < ballots.size(); i++) {
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(173L * i);
            voting.seedVote(edition, new Vote(pesel(born, i), born, true, ballots.get(i)), votingFrom.plusDays(i % 14));
        }

        // implementation of the chosen projects (chosen: pavement, classroom, stage,
        // playground, rescue, shelter)
        implementations.seed(pavement, state(ImplementationStatus.PREPARATION, 10, null));
        implementations.seed(pavement, state(ImplementationStatus.IN_PROGRESS, 70, "31200.00"));
        implementations.seed(pavement, state(ImplementationStatus.COMPLETED, 100, "56420.00"));
        implementations.seedMilestone(
                pavement, new MilestoneDetails("Przetarg rozstrzygnięty", LocalDate.of(year, 8, 31),
                        LocalDate.of(year, 8, 27), "Wybrano ofertę firmy Drogbud z Włoszczowy za 55 900 zł."),
                List.of());
        implementations.seedMilestone(pavement,
                new MilestoneDetails("Chodnik oddany do użytku", LocalDate.of(year, 10, 31), LocalDate.of(year, 10, 24),
                        "Odbiór końcowy robót; koszt wzrósł o nadzór inspektora."),
                List.of(photo("chodnik.png", new Color(0x9e9e9e), new Color(0x558b2f),
                        "Rysunek poglądowy: szary pas nowego chodnika wzdłuż zielonego trawnika")));
        implementations.seed(classroom, state(ImplementationStatus.PREPARATION, 15, null));
        implementations.seed(classroom, state(ImplementationStatus.IN_PROGRESS, 60, "18200.00"));
        implementations.seedMilestone(classroom,
                new MilestoneDetails("Altana postawiona", LocalDate.of(year, 11, 15), LocalDate.of(year, 11, 20), ""),
                List.of(photo("altana.png", new Color(0x8d6e63), new Color(0x81c784),
                        "Rysunek poglądowy: brązowy dach altany nad zielonym terenem szkoły")));
        implementations.seedMilestone(classroom, new MilestoneDetails("Nasadzenia rabat",
                LocalDate.now(clock).plusDays(45), null, "Po rozmarznięciu gruntu."), List.of());
        implementations.seed(stage, state(ImplementationStatus.PREPARATION, 10, null));
        implementations.seedMilestone(stage, new MilestoneDetails("Ogłoszenie zapytania ofertowego",
                LocalDate.now(clock).plusDays(20), null, "Zapytanie zostanie opublikowane w BIP gminy."), List.of());
        implementations.seed(playground, state(ImplementationStatus.IN_PROGRESS, 35, "21500.00"));
        implementations.seedMilestone(playground, new MilestoneDetails("Nawierzchnia ułożona",
                LocalDate.of(year, 10, 15), LocalDate.of(year, 10, 30), "Opóźnienie o dwa tygodnie z powodu deszczy."),
                List.of());
        implementations.seedMilestone(playground,
                new MilestoneDetails("Montaż urządzeń", LocalDate.now(clock).plusDays(60), null, ""), List.of());
        implementations.seed(shelter, new ImplementationDetails(ImplementationStatus.NOT_IMPLEMENTED, 0, null, UNIT,
                "Działka nad zalewem okazała się własnością prywatną, a właściciel nie zgodził się na jej "
                        + "użyczenie. Środki wróciły do budżetu gminy; sołectwo może zgłosić projekt ponownie."));
        // rescue equipment: chosen, nothing entered yet (shown as planned)
        if (first != resident) {
            implementations.seedFollower(playground, first);
        }
    }

    /**
     * A project of demo/budget-projects.tsv submitted to its edition: its key (for last
     * year's), pool, votes and id.
     */
    private record DemoProject(String key, long pool, int votes, long id) {
    }

    /**
     * Submits the projects of one edition ("this" or "last" year's) listed in
     * demo/budget-projects.tsv, in the file's order, each on the ballot.
     */
    private List<DemoProject> submitAll(String which, long edition, Map<String, Long> authors, long north, long south,
            LocalDate on) {
        List<DemoProject> submitted = new ArrayList<>();
        for (List<String> p : TabSeparatedFile.rows("demo/budget-projects.tsv")) {
            if (!p.get(0).equals(which)) {
                continue;
            }
            long pool = p.get(3).equals("north") ? north : south;
            List<CostLine> costs = new ArrayList<>();
            for (int i = 10; i < p.size(); i += 2) {
                costs.add(line(p.get(i), p.get(i + 1)));
            }
            long id = submitted(edition, authors.get(p.get(2)), pool, on.plusDays(Integer.parseInt(p.get(4))), p.get(6),
                    p.get(7), p.get(8), p.get(9), costs.toArray(CostLine[]::new));
            submitted.add(new DemoProject(p.get(1), pool, p.get(5).isEmpty() ? 0 : Integer.parseInt(p.get(5)), id));
        }
        return submitted;
    }

    /**
     * The votes (project id, votes) last year's projects of the pool got, in the file's
     * order.
     */
    private static long[][] votes(List<DemoProject> projects, long pool) {
        return projects.stream()
            .filter(p -> p.pool() == pool)
            .map(p -> new long[] { p.id(), p.votes() })
            .toArray(long[][]::new);
    }

    private static ImplementationDetails state(ImplementationStatus status, int progress, String cost) {
        return new ImplementationDetails(status, progress, cost == null ? null : new BigDecimal(cost), UNIT, null);
    }

    /**
     * {@code count} ballots in which each project (id, votes) is chosen as often as
     * given, spread so that no ballot holds a project twice.
     */
    private static List<List<Long>> ballots(int count, long[][] votes) {
        List<List<Long>> ballots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ballots.add(new ArrayList<>());
        }
        int next = 0;
        for (long[] project : votes) {
            for (int v = 0; v < project[1]; v++) {
                ballots.get(next).add(project[0]);
                next = (next + 1) % count;
            }
        }
        return ballots;
    }

    /** A valid PESEL of a person born on the day (a demo voter). */
    static String pesel(LocalDate born, int serial) {
        int month = born.getMonthValue() + (born.getYear() >= 2000 ? 20 : 0);
        String first10 = String.format("%02d%02d%02d%04d", born.getYear() % 100, month, born.getDayOfMonth(),
                serial % 10000);
        int[] weights = { 1, 3, 7, 9, 1, 3, 7, 9, 1, 3 };
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (first10.charAt(i) - '0') * weights[i];
        }
        return first10 + (10 - sum % 10) % 10;
    }

    /** A small drawn picture (not a photograph: its description says so). */
    private DescribedPhoto photo(String name, Color top, Color bottom, String alt) {
        BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xbbdefb));
        g.fillRect(0, 0, 240, 60);
        g.setColor(top);
        g.fillRect(0, 60, 240, 40);
        g.setColor(bottom);
        g.fillRect(0, 100, 240, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        return DescribedPhoto.check(new Upload(name, bytes.length, bytes), alt, clock.instant());
    }

    private static CostLine line(String item, String amount) {
        return new CostLine(item, new BigDecimal(amount));
    }

}
