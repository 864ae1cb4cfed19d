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
 * Submitted projects reach the ballot through one method, {@link #onBallot}.
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

        List<Long> all = new ArrayList<>();
        all.add(submitted(edition, resident, north, on, "Ławki i stojaki rowerowe przy rynku",
                "Sześć ławek z oparciami i dwa stojaki rowerowe na 10 rowerów przy rynku w Kluczewsku.",
                "Rynek w Kluczewsku, działka 512/3", "Na rynku brakuje miejsc do odpoczynku dla starszych mieszkańców.",
                line("Ławki z oparciem (6 szt.)", "10800.00"), line("Stojaki rowerowe (2 szt.)", "3400.00"),
                line("Montaż i fundamenty", "2500.00")));
        all.add(submitted(edition, resident, north, on, "Plac zabaw dla małych dzieci w Kluczewsku",
                "Urządzenia dla dzieci do lat 6 z bezpieczną nawierzchnią i ogrodzeniem.",
                "Teren przy szkole podstawowej w Kluczewsku",
                "Najbliższy plac zabaw jest 4 km od centrum miejscowości.", line("Zestaw zabawowy", "42000.00"),
                line("Nawierzchnia bezpieczna", "28500.00"), line("Ogrodzenie i furtka", "12300.00")));
        all.add(submitted(edition, resident, north, on, "Doposażenie świetlicy wiejskiej w Bobrownikach",
                "Stoły, krzesła i sprzęt nagłośnieniowy do świetlicy.", "Świetlica wiejska w Bobrownikach",
                "Świetlica służy kołu gospodyń i młodzieży, sprzęt jest zniszczony.",
                line("Stoły i krzesła", "14000.00"), line("Nagłośnienie", "7900.00")));
        all.add(submitted(edition, first, north, on.plusDays(1), "Zajęcia z robotyki dla dzieci w Kluczewsku",
                "Dwa semestry zajęć z robotyki dla 24 dzieci z klas 4–8, z zestawami do nauki programowania.",
                "Szkoła Podstawowa w Kluczewsku",
                "Dzieci z gminy nie mają dostępu do takich zajęć bliżej niż we Włoszczowie.",
                line("Zestawy do robotyki (6 szt.)", "9600.00"), line("Prowadzenie zajęć (60 godzin)", "8900.00")));
        all.add(submitted(edition, second, north, on.plusDays(2), "Defibrylator AED przy remizie w Kluczewsku",
                "Defibrylator w ogrzewanej szafce dostępnej całą dobę i szkolenie z jego użycia.",
                "Ściana remizy OSP w Kluczewsku", "Karetka dojeżdża do gminy średnio 18 minut.",
                line("Defibrylator z szafką", "7800.00"), line("Szkolenie mieszkańców", "2000.00")));
        all.add(submitted(edition, resident, north, on.plusDays(3), "Szpaler drzew wzdłuż ulicy Wiejskiej",
                "Czterdzieści lip drobnolistnych z osłonami i trzyletnią pielęgnacją.", "Ul. Wiejska w Kluczewsku",
                "Ulica nie ma cienia, a stare topole wycięto po wichurze.", line("Sadzonki z osłonami", "16000.00"),
                line("Pielęgnacja przez 3 lata", "8000.00")));
        all.add(submitted(edition, first, north, on.plusDays(4), "Kącik czytelniczy dla dzieci w bibliotece",
                "Regały, pufy i 300 nowych książek dla dzieci w bibliotece gminnej.", "Gminna Biblioteka Publiczna",
                "Księgozbiór dziecięcy jest stary, a dzieci nie mają gdzie czytać.", line("Meble", "5600.00"),
                line("Książki (300 szt.)", "7000.00")));
        all.add(submitted(edition, resident, north, on.plusDays(5), "Oświetlenie solarne drogi do Rudnik",
                "Dwanaście lamp solarnych na poboczu drogi gminnej do Rudnik.", "Droga gminna Kluczewsko – Rudniki",
                "Dzieci wracają ze szkoły poboczem bez oświetlenia.", line("Lampy solarne (12 szt.)", "31200.00"),
                line("Fundamenty i montaż", "6800.00")));
        all.add(submitted(edition, second, north, on.plusDays(6), "Festyn „Dzień Sąsiada” w Kluczewsku",
                "Rodzinny festyn z występami zespołów, warsztatami i strefą dla dzieci.", "Rynek w Kluczewsku",
                "Mieszkańcy chcą się lepiej poznać; festyn organizują koło gospodyń i OSP.",
                line("Scena i nagłośnienie", "6000.00"), line("Warsztaty i animacje", "5000.00"),
                line("Ubezpieczenie i obsługa", "3000.00")));
        all.add(submitted(edition, resident, north, on.plusDays(7), "Boisko do siatkówki plażowej w Miedzierzy",
                "Boisko z piaskiem, słupkami i siatką oraz dwie ławki dla kibiców.", "Teren sołecki w Miedzierzy",
                "Młodzież gra na łące, a najbliższe boisko jest w Kluczewsku.",
                line("Roboty ziemne i piasek", "28000.00"), line("Wyposażenie", "12000.00"), line("Ławki", "6000.00")));
        all.add(submitted(edition, first, north, on.plusDays(8), "Tablica ogłoszeń i mapa sołectwa Rogienice",
                "Zadaszona tablica ogłoszeń i mapa sołectwa z opisem ciekawych miejsc.", "Centrum wsi Rogienice",
                "Ogłoszenia wiszą dziś na płocie sklepu.", line("Tablica z zadaszeniem", "3200.00"),
                line("Mapa i projekt graficzny", "2200.00")));

        all.add(submitted(edition, resident, south, on, "Ścieżka edukacyjna nad Pilicą",
                "Tablice o przyrodzie doliny Pilicy, wiata i miejsce na ognisko.", "Brzeg Pilicy w Dobrem",
                "Dolina Pilicy przyciąga turystów, a brakuje informacji o przyrodzie.",
                line("Tablice edukacyjne (8 szt.)", "16000.00"), line("Wiata drewniana", "24000.00"),
                line("Miejsce na ognisko", "3500.00")));
        all.add(submitted(edition, resident, south, on, "Siłownia plenerowa w Komparzowie",
                "Sześć urządzeń do ćwiczeń na świeżym powietrzu.", "Boisko sołeckie w Komparzowie",
                "Mieszkańcy chcą ćwiczyć blisko domu.", line("Urządzenia (6 szt.)", "36000.00"),
                line("Nawierzchnia i montaż", "9000.00")));
        all.add(submitted(edition, second, south, on.plusDays(1), "Wiata przystankowa w Stanowiskach",
                "Zadaszona wiata z ławką i oświetleniem przy przystanku szkolnym.",
                "Przystanek przy drodze powiatowej w Stanowiskach", "Dzieci czekają na autobus szkolny na deszczu.",
                line("Wiata z ławką", "13500.00"), line("Lampa solarna", "3500.00")));
        all.add(submitted(edition, first, south, on.plusDays(2), "Remont kuchni w świetlicy w Dobromierzu",
                "Nowe szafki, kuchenka gazowa i zlew w kuchni świetlicy.", "Świetlica wiejska w Dobromierzu",
                "Kuchnia służy przy każdym zebraniu i uroczystości, sprzęt ma 30 lat.",
                line("Meble kuchenne", "15000.00"), line("Sprzęt AGD", "9000.00"), line("Instalacje", "5000.00")));
        all.add(submitted(edition, resident, south, on.plusDays(3), "Warsztaty rękodzieła dla seniorów",
                "Cykl 20 spotkań z rękodzieła prowadzonych z Kołem Gospodyń Wiejskich.", "Świetlica w Komparzowie",
                "Seniorzy z sołectw południowych nie mają zajęć na miejscu.", line("Materiały", "3600.00"),
                line("Prowadzenie warsztatów", "5000.00")));
        all.add(submitted(edition, second, south, on.plusDays(4), "Wyposażenie placu zabaw w Stanowiskach",
                "Huśtawka typu bocianie gniazdo, karuzela i piaskownica z pokrywą.", "Plac zabaw w Stanowiskach",
                "Na placu jest tylko jedna zjeżdżalnia.", line("Urządzenia (3 szt.)", "21000.00"),
                line("Montaż i nawierzchnia", "6000.00")));
        all.add(submitted(edition, resident, south, on.plusDays(5), "Progi zwalniające przy szkole w Komparzowie",
                "Dwa wyniesione przejścia dla pieszych z oznakowaniem.", "Droga gminna przy szkole w Komparzowie",
                "Kierowcy jeżdżą tu za szybko, a dzieci przechodzą przez jezdnię.",
                line("Przejścia wyniesione (2 szt.)", "13000.00"), line("Oznakowanie", "3000.00")));
        all.add(submitted(edition, first, south, on.plusDays(6), "Miejsce piknikowe nad zalewem w Dobromierzu",
                "Cztery stoły piknikowe, dwa paleniska i kosze na śmieci nad zalewem.", "Zalew w Dobromierzu",
                "Latem nad zalewem odpoczywa wiele rodzin, a nie ma gdzie usiąść.",
                line("Stoły piknikowe (4 szt.)", "12000.00"), line("Paleniska i kosze", "6500.00"),
                line("Montaż", "4000.00")));
        all.add(submitted(edition, second, south, on.plusDays(7), "Kino plenerowe w sołectwach południowych",
                "Sześć seansów filmowych pod gołym niebem w lipcu i sierpniu.",
                "Boiska w Komparzowie, Dobromierzu i Stanowiskach", "Najbliższe kino jest we Włoszczowie, 20 km stąd.",
                line("Ekran i projektor (wynajem)", "7200.00"), line("Licencje filmowe", "3800.00")));

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

        long pavement = submitted(edition, resident, north, on, "Remont chodnika przy ul. Szkolnej w Kluczewsku",
                "Nowy chodnik z kostki na odcinku 180 m od szkoły do przystanku.", "Ul. Szkolna w Kluczewsku",
                "Stary chodnik jest popękany; dzieci chodzą jezdnią.", line("Roboty rozbiórkowe", "9000.00"),
                line("Chodnik z kostki (180 m)", "49000.00"));
        long classroom = submitted(edition, first, north, on, "Zielona klasa przy szkole w Bobrownikach",
                "Zadaszona klasa na świeżym powietrzu z ławkami, tablicą i rabatami.", "Teren szkoły w Bobrownikach",
                "Lekcje przyrody mogą się odbywać w terenie.", line("Altana z ławkami", "26000.00"),
                line("Rabaty i tablica", "9000.00"));
        long stage = submitted(edition, resident, north, on, "Scena mobilna i nagłośnienie dla sołectw",
                "Składana scena 6 × 4 m i zestaw nagłośnieniowy wypożyczane sołectwom.", "Magazyn OSP w Kluczewsku",
                "Każdy festyn wynajmuje scenę z daleka.", line("Scena mobilna", "16000.00"),
                line("Nagłośnienie", "8000.00"));
        long parking = submitted(edition, first, north, on, "Monitoring parkingu przy ośrodku zdrowia",
                "Cztery kamery z rejestratorem.", "Parking przy ośrodku zdrowia w Kluczewsku",
                "Na parkingu zdarzają się kradzieże.", line("Kamery i rejestrator", "30000.00"));
        long dogs = submitted(edition, resident, north, on, "Wybieg dla psów w Kluczewsku",
                "Ogrodzony wybieg z tablicą i koszami.", "Skwer przy ul. Polnej", "Psy biegają po placu zabaw.",
                line("Ogrodzenie i wyposażenie", "18000.00"));
        long playground = submitted(edition, resident, south, on, "Plac zabaw w Komparzowie",
                "Zestaw zabawowy, huśtawki i bezpieczna nawierzchnia przy świetlicy.",
                "Teren przy świetlicy w Komparzowie", "We wsi mieszka ponad 60 dzieci, a placu zabaw nie ma.",
                line("Urządzenia", "44000.00"), line("Nawierzchnia i ogrodzenie", "18000.00"));
        long rescue = submitted(edition, first, south, on, "Sprzęt ratowniczy dla OSP Stanowiska",
                "Torba medyczna PSP R1, nosze i pompa szlamowa.", "Remiza OSP w Stanowiskach",
                "Jednostka jeździ do wypadków na drodze krajowej bez pełnego sprzętu.",
                line("Torba PSP R1 i nosze", "9000.00"), line("Pompa szlamowa", "12000.00"));
        long shelter = submitted(edition, resident, south, on, "Wiata biesiadna w Dobromierzu",
                "Drewniana wiata 5 × 8 m ze stołami nad zalewem.", "Działka nad zalewem w Dobromierzu",
                "Mieszkańcy nie mają gdzie się spotkać latem.", line("Wiata ze stołami", "16000.00"));
        long firstAid = submitted(edition, first, south, on, "Kurs pierwszej pomocy dla mieszkańców",
                "Trzy kursy pierwszej pomocy po 8 godzin.", "Świetlica w Dobromierzu",
                "Mało kto umie udzielić pierwszej pomocy.", line("Kursy (3)", "6000.00"));

        // the ballot is read by SQL: the projects' submitted state must be written first
        entityManager.flush();
        // the vote: 59 ballots in the north pool and 41 in the south, two choices at most
        List<List<Long>> ballots = new ArrayList<>();
        ballots.addAll(ballots(59,
                new long[][] { { pavement, 40 }, { classroom, 31 }, { stage, 22 }, { parking, 19 }, { dogs, 6 } }));
        ballots
            .addAll(ballots(41, new long[][] { { playground, 34 }, { rescue, 25 }, { shelter, 17 }, { firstAid, 5 } }));
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
