package pl.wspolnie.budget;

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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo data of the participatory budget (called by the demo module's DemoBudget): the
 * edition of Gmina Kluczewsko for this year in the submission phase, with two area pools,
 * a handful of submitted projects with some support, and one draft of the demo resident.
 */
@Service
public class BudgetDemoData {

    private final Editions editions;

    private final Projects projects;

    private final Clock clock;

    BudgetDemoData(Editions editions, Projects projects, Clock clock) {
        this.editions = editions;
        this.projects = projects;
        this.clock = clock;
    }

    /**
     * Seeds the edition of the gmina {@code jstId}; {@code resident} authors the projects
     * and {@code neighbours} support them. For the demo data only: no permission checks.
     */
    @Transactional
    public void seed(long jstId, long resident, List<Long> neighbours) {
        LocalDate today = LocalDate.now(clock);
        long edition = editions.seed(new EditionDetails(jstId, today.getYear(),
                "Budżet obywatelski Gminy Kluczewsko " + today.getYear(), new BigDecimal("41250000.00"),
                "Sprawozdanie Rb-28S z wykonania budżetu za rok " + (today.getYear() - 1), 16, 2, 15, false,
                List.of(new PhaseDates(Phase.SUBMISSION, today.minusDays(14), today.plusDays(21)),
                        new PhaseDates(Phase.REVIEW, today.plusDays(22), today.plusDays(50)),
                        new PhaseDates(Phase.APPEALS, today.plusDays(51), today.plusDays(57)),
                        new PhaseDates(Phase.VOTING, today.plusDays(65), today.plusDays(79)),
                        new PhaseDates(Phase.RESULTS, today.plusDays(80), today.plusDays(86)),
                        new PhaseDates(Phase.IMPLEMENTATION, today.plusDays(87), today.plusDays(450)))));
        long north = editions.seedPool(edition,
                new PoolDetails("Kluczewsko i sołectwa północne", false, new BigDecimal("140000.00"), 2450, 2));
        long south = editions.seedPool(edition,
                new PoolDetails("Sołectwa południowe", false, new BigDecimal("110000.00"), 2380, 2));

        long bench = projects.seed(edition, resident,
                new ProjectDetails(north, "Ławki i stojaki rowerowe przy rynku",
                        "Sześć ławek z oparciami i dwa stojaki rowerowe na 10 rowerów przy rynku w Kluczewsku.",
                        "Rynek w Kluczewsku, działka 512/3",
                        "Na rynku brakuje miejsc do odpoczynku dla starszych mieszkańców.",
                        List.of(line("Ławki z oparciem (6 szt.)", "10800.00"),
                                line("Stojaki rowerowe (2 szt.)", "3400.00"), line("Montaż i fundamenty", "2500.00"))),
                true);
        long playground = projects.seed(edition, resident,
                new ProjectDetails(north, "Plac zabaw dla małych dzieci w Kluczewsku",
                        "Urządzenia dla dzieci do lat 6 z bezpieczną nawierzchnią i ogrodzeniem.",
                        "Teren przy szkole podstawowej w Kluczewsku",
                        "Najbliższy plac zabaw jest 4 km od centrum miejscowości.",
                        List.of(line("Zestaw zabawowy", "42000.00"), line("Nawierzchnia bezpieczna", "28500.00"),
                                line("Ogrodzenie i furtka", "12300.00"))),
                true);
        projects.seed(edition, resident,
                new ProjectDetails(north, "Doposażenie świetlicy wiejskiej w Bobrownikach",
                        "Stoły, krzesła i sprzęt nagłośnieniowy do świetlicy.", "Świetlica wiejska w Bobrownikach",
                        "Świetlica służy kołu gospodyń i młodzieży, sprzęt jest zniszczony.",
                        List.of(line("Stoły i krzesła", "14000.00"), line("Nagłośnienie", "7900.00"))),
                true);
        long path = projects.seed(edition, resident,
                new ProjectDetails(south, "Ścieżka edukacyjna nad Pilicą",
                        "Tablice o przyrodzie doliny Pilicy, wiata i miejsce na ognisko.", "Brzeg Pilicy w Dobrem",
                        "Dolina Pilicy przyciąga turystów, a brakuje informacji o przyrodzie.",
                        List.of(line("Tablice edukacyjne (8 szt.)", "16000.00"), line("Wiata drewniana", "24000.00"),
                                line("Miejsce na ognisko", "3500.00"))),
                true);
        projects.seed(edition, resident,
                new ProjectDetails(south, "Siłownia plenerowa w Komparzowie",
                        "Sześć urządzeń do ćwiczeń na świeżym powietrzu.", "Boisko sołeckie w Komparzowie",
                        "Mieszkańcy chcą ćwiczyć blisko domu.",
                        List.of(line("Urządzenia (6 szt.)", "36000.00"), line("Nawierzchnia i montaż", "9000.00"))),
                true);
        projects.seed(edition, resident, new ProjectDetails(south, "Oświetlenie przystanku w Stanowiskach", "", "", "",
                List.of(line("Lampa solarna", "6500.00"))), false);

        for (int i = 0; i < neighbours.size(); i++) {
            projects.seedSupport(bench, neighbours.get(i));
            if (i < 1) {
                projects.seedSupport(playground, neighbours.get(i));
            }
        }
        if (!neighbours.isEmpty()) {
            projects.seedSupport(path, neighbours.get(0));
        }
    }

    private static CostLine line(String item, String amount) {
        return new CostLine(item, new BigDecimal(amount));
    }

}
