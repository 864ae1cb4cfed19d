package pl.wspolnie.demo;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.competitions.CompetitionSeeding;
import pl.wspolnie.partnership.JstAdministration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import pl.wspolnie.organizations.Organizations;

/**
 * Two competitions of powiat włoszczowski: one open for offers (deadline in 30 days) and
 * one draft the official urzednik@wspolnie.demo can still edit and publish; one open
 * competition of gmina Secemin; and a decided competition of the powiat whose offer (of
 * the organisation of ngo@wspolnie.demo) has a signed contract and a submitted final
 * report waiting for the official; two small grants (art. 19a) of that organisation in
 * the powiat, one published for remarks, one awarded.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "wspolnie.demo-data", havingValue = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoCompetitions implements DemoStep {

    private final CompetitionSeeding competitions;

    private final Accounts accounts;

    private final JstAdministration jsts; // reads the database, not the cached JST list

    private final Clock clock;

    private final Organizations organizations;

    @Override
    public void seed() {
        long official = accounts.findByEmail("urzednik@wspolnie.demo").orElseThrow().id();
        long powiat = jsts.idByTeryt("2613");
        long secemin = jsts.idByTeryt("2613052");
        LocalDateTime deadline = LocalDateTime.now(clock)
            .plusDays(30)
            .withHour(15)
            .withMinute(30)
            .withSecond(0)
            .withNano(0);
        LocalDate from = deadline.toLocalDate().plusDays(21);
        competitions.ensurePublished(powiat, official, "Kultura i dziedzictwo ziemi włoszczowskiej " + from.getYear(),
                "Otwarty konkurs ofert na wspieranie zadań z zakresu kultury, sztuki i ochrony dziedzictwa narodowego: "
                        + "warsztaty rękodzieła, festyny i wydawnictwa o historii regionu.",
                "Warsztaty i wydarzenia kulturalne", "kultura", new BigDecimal("60000.00"), new BigDecimal("15000.00"),
                deadline, from, from.plusMonths(5), true);
        competitions.ensurePublished(powiat, official, "Sport dzieci i młodzieży " + from.getYear() + " (projekt)",
                "Projekt ogłoszenia: zajęcia sportowe i obozy dla uczniów.", "Zajęcia sportowe dla uczniów",
                "kultura-fizyczna", new BigDecimal("40000.00"), new BigDecimal("10000.00"), deadline.plusDays(14),
                from.plusDays(14), from.plusMonths(6), false);
        competitions.ensurePublished(secemin, official, "Ochrona przyrody doliny Pilicy " + from.getYear(),
                "Konkurs na działania edukacji ekologicznej i czynnej ochrony przyrody w gminie Secemin.",
                "Edukacja ekologiczna i ochrona przyrody", "ekologia", new BigDecimal("20000.00"),
                new BigDecimal("8000.00"), deadline.plusDays(7), from.plusDays(7), from.plusMonths(4), true);
        long ngo = accounts.findByEmail(DemoOrganizations.NGO_LOGIN).orElseThrow().id();
        long member = accounts.findByEmail("komisja@wspolnie.demo").orElseThrow().id();
        organizations.representedBy(ngo)
            .stream()
            .sorted()
            .findFirst()
            .ifPresent(org -> competitions.ensureDecidedWithSubmittedReport(powiat, official, member, ngo, org,
                    "Rękodzieło ludowe – konkurs rozstrzygnięty", "Warsztaty haftu i wycinanki w świetlicy", "U/DEMO/1",
                    LocalDate.now(clock)));
        // Two small grants (art. 19a) in the powiat: one published for remarks now, one
        // awarded.
        organizations.representedBy(ngo)
            .stream()
            .sorted()
            .findFirst()
            .ifPresent(org -> competitions.ensureSmallGrants(powiat, official, ngo, org, LocalDate.now(clock)));
    }

}
