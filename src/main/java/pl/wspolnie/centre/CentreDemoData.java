package pl.wspolnie.centre;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.centre.domain.Advice;
import pl.wspolnie.centre.domain.Audience;
import pl.wspolnie.centre.domain.CentreCatalogue;
import pl.wspolnie.centre.domain.CentreCatalogue.CentreDetails;
import pl.wspolnie.centre.domain.CentreCatalogue.ResourceDetails;
import pl.wspolnie.centre.domain.OpeningHours;
import pl.wspolnie.centre.domain.QuestionKind;
import pl.wspolnie.centre.domain.RecruitmentMode;
import pl.wspolnie.centre.domain.ResourceKind;
import pl.wspolnie.centre.domain.Specialty;
import pl.wspolnie.centre.domain.TrainingDetails;
import pl.wspolnie.centre.domain.TrainingKind;
import pl.wspolnie.centre.domain.Trainings;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Demo data of the centre module (called by the demo module's DemoCentre): the Centrum
 * Organizacji Pozarządowych of powiat włoszczowski (seeds 002 and 004): shared by the
 * powiat and the gminas Kluczewsko and Secemin, with the services of seed 004, a
 * conference room with a projector, laptop and flipchart, loose equipment, two trainings
 * with open recruitment and advice slots of centrum@wspolnie.demo.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CentreDemoData {

    private final CentreCatalogue catalogue;

    private final Trainings trainings;

    private final Advice advice;

    private final Clock clock;

    /**
     * Seeds the demo centre of the JST {@code powiat}, serving {@code served}, with
     * advice slots of {@code adviser} (a CENTRE_STAFF user). For the demo data only: no
     * permission checks.
     */
    @Transactional
    public void seed(long powiat, Set<Long> served, long adviser) {
        long centre = catalogue.seed(new CentreDetails(powiat, "Centrum Organizacji Pozarządowych",
                "ul. Wiśniowa 10, 29-100 Włoszczowa", "centrum@wspolnie.demo", "41 394 00 00", served,
                IntStream.rangeClosed(1, 5)
                    .mapToObj(d -> new OpeningHours(d, LocalTime.of(8, 0),
                            d == 2 ? LocalTime.of(18, 0) : LocalTime.of(16, 0)))
                    .toList()));
        String ngos = "Organizacje pozarządowe i grupy nieformalne z powiatu włoszczowskiego";
        catalogue.seedService(centre, "Doradztwo w zakresie prawnych podstaw działania organizacji",
                "Zakładanie stowarzyszenia i fundacji, statut, zmiany w KRS, obowiązki sprawozdawcze.", ngos);
        catalogue.seedService(centre, "Pomoc w przygotowaniu ofert i sprawozdań",
                "Konsultacje ofert w otwartych konkursach i trybie małych grantów oraz sprawozdań z realizacji zadań.",
                ngos);
        catalogue.seedService(centre, "Bezpłatne korzystanie ze sprzętu biurowego",
                "Telefon, faks, kserokopiarka, drukarka, skaner – w godzinach pracy centrum.", ngos);
        catalogue.seedService(centre, "Sale konferencyjne z wyposażeniem",
                "Sala na 40 osób z rzutnikiem, laptopem i flipchartem; rezerwacja przez platformę.", ngos);
        catalogue.seedService(centre, "Specjalistyczne usługi: księgowość i porady prawne",
                "Dyżury księgowej i radcy prawnego – umów wizytę w zakładce Doradztwo.", ngos);
        catalogue.seedService(centre, "Pomoc w pozyskiwaniu środków",
                "Przegląd źródeł finansowania, konsultacje wniosków grantowych.", ngos);
        catalogue.seedService(centre, "Szkolenia, warsztaty i seminaria",
                "Szkolenia dla liderów, członków zarządów, wolontariuszy, urzędników i radnych.",
                "Przedstawiciele organizacji, urzędnicy, radni, sołtysi");
        catalogue.seedResource(centre,
                new ResourceDetails(ResourceKind.ROOM, "Sala konferencyjna",
                        "Parter, dostępna dla osób poruszających się na wózkach.", 40,
                        "rzutnik, laptop, flipchart, nagłośnienie", "1111100", LocalTime.of(8, 0), LocalTime.of(20, 0),
                        480, 90));
        catalogue.seedResource(centre, new ResourceDetails(ResourceKind.ROOM, "Salka spotkań", "Pierwsze piętro.", 12,
                // staff confirm requests
                "flipchart", "1111100", LocalTime.of(8, 0), LocalTime.of(18, 0), 240, 60, true));
        catalogue.seedResource(centre, new ResourceDetails(ResourceKind.EQUIPMENT, "Rzutnik multimedialny", "", null,
                "", "1111100", LocalTime.of(8, 0), LocalTime.of(20, 0), 480, 90));
        catalogue.seedResource(centre, new ResourceDetails(ResourceKind.EQUIPMENT, "Laptop", "", null, "", "1111100",
                LocalTime.of(8, 0), LocalTime.of(20, 0), 480, 90));

        LocalDate today = LocalDate.now(clock);
        LocalDate workshop = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        long first = trainings.seed(centre, new TrainingDetails(TrainingKind.WORKSHOP,
                "Jak napisać ofertę w otwartym konkursie ofert",
                "1. Ogłoszenie konkursu i regulamin\n2. Formularz oferty krok po kroku\n3. Kosztorys i rezultaty\n4. Najczęstsze błędy formalne",
                "Małgorzata Wójcik", "Centrum Organizacji Pozarządowych, sala konferencyjna", null,
                workshop.atTime(10, 0).atZone(ClockConfig.WARSAW).toInstant(),
                workshop.atTime(14, 0).atZone(ClockConfig.WARSAW).toInstant(), 20, clock.instant(),
                workshop.minusDays(3).atStartOfDay(ClockConfig.WARSAW).toInstant(), RecruitmentMode.FIRST_COME,
                Set.of(Audience.NGO_LEADER, Audience.BOARD_MEMBER, Audience.NGO_STAFF),
                List.of("pisanie ofert", "kosztorys")));
        trainings.seedQuestion(first, QuestionKind.SINGLE_CHOICE, "Czy Twoja organizacja składała już ofertę?",
                List.of("tak", "nie"), true);
        trainings.seedQuestion(first, QuestionKind.LONG_TEXT, "Czego oczekujesz po warsztatach?", List.of(), false);
        LocalDate visit = today.plusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        trainings.seed(centre, new TrainingDetails(TrainingKind.STUDY_VISIT,
                "Wizyta studyjna: współpraca samorządu z organizacjami w Lokalnej Grupie Działania",
                "Wyjazd do sąsiedniego powiatu: spotkanie z pełnomocnikiem ds. współpracy, wizyta w inkubatorze NGO.",
                "Paweł Pełnomocnik", "Zbiórka: parking Starostwa, ul. Wiśniowa 10", null,
                visit.atTime(8, 0).atZone(ClockConfig.WARSAW).toInstant(),
                visit.atTime(18, 0).atZone(ClockConfig.WARSAW).toInstant(), 16, clock.instant(),
                visit.minusWeeks(2).atStartOfDay(ClockConfig.WARSAW).toInstant(), RecruitmentMode.SELECTION,
                Set.of(Audience.NGO_LEADER, Audience.OFFICIAL, Audience.COUNCILLOR, Audience.VILLAGE_HEAD),
                List.of("współpraca z samorządem")));

        LocalDate day = today.plusDays(1);
        for (int i = 0; i < 3; i++, day = day.plusDays(1)) {
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            advice.seedSlot(centre, adviser, i == 1 ? Specialty.ACCOUNTING : Specialty.LEGAL,
                    day.atTime(10, 0).atZone(ClockConfig.WARSAW), day.atTime(11, 0).atZone(ClockConfig.WARSAW),
                    "Pokój 12");
        }
    }

}
