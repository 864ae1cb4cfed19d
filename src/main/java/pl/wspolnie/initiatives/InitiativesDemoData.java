package pl.wspolnie.initiatives;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.initiatives.domain.Evaluations;
import pl.wspolnie.initiatives.domain.InitiativeDetails;
import pl.wspolnie.initiatives.domain.Initiatives;
import pl.wspolnie.initiatives.domain.Intake;
import pl.wspolnie.initiatives.domain.LedgerKind;
import pl.wspolnie.initiatives.domain.Ledgers;
import pl.wspolnie.initiatives.domain.Resolutions;
import pl.wspolnie.initiatives.domain.SettingsDetails;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo data of local initiatives, through the module's own domain methods: the rules of a
 * gmina's council resolution and its hourly rate, and one residents' initiative —
 * submitted by a group, scored and accepted, with its contribution ledger (social work of
 * the residents, goods, the JST's purchases). No permission checks, nobody told.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InitiativesDemoData {

    private final Resolutions resolutions;

    private final Initiatives initiatives;

    private final Evaluations evaluations;

    private final Ledgers ledgers;

    private final Clock clock;

    /**
     * Seeds the gmina {@code jstId}: {@code lead} and {@code neighbours} apply,
     * {@code official} scores, decides and records the purchases.
     */
    @Transactional
    public void seed(long jstId, long lead, List<Long> neighbours, long official) {
        LocalDate today = LocalDate.now(clock);
        resolutions.seed(jstId, new SettingsDetails(
                "Uchwała nr XXIV/181/2025 Rady Gminy Kluczewsko w sprawie trybu i szczegółowych kryteriów oceny wniosków o realizację zadania publicznego w ramach inicjatywy lokalnej",
                3, Intake.ALL_YEAR,
                List.of(new SettingsDetails.CriterionInput("Wkład własny mieszkańców, przede wszystkim praca społeczna",
                        40, 10),
                        new SettingsDetails.CriterionInput("Celowość z punktu widzenia potrzeb społeczności lokalnej",
                                30, 10),
                        new SettingsDetails.CriterionInput("Trwałość i dostępność efektów", 30, 10)),
                List.of()),
                new Resolutions.RateInput(today.minusYears(1).withDayOfYear(1), "32,00",
                        "§ 5 ust. 2 uchwały nr XXIV/181/2025 (stawka według zarządzenia Wójta Gminy Kluczewsko nr 14/2025)"));
        LocalDate start = today.minusDays(20);
        long id = initiatives.seed(jstId, lead, neighbours, new InitiativeDetails(
                "Plac zabaw i zieleń przy świetlicy w Bobrownikach", "COMMUNITY",
                "Mieszkańcy Bobrownik odnowią teren przy świetlicy wiejskiej: wyrównają teren, ustawią dwie ławki i "
                        + "huśtawkę z materiałów gminy, posadzą krzewy. Z placu skorzystają dzieci i seniorzy.",
                "Teren przy świetlicy wiejskiej w Bobrownikach (działka gminna nr 412)",
                "Tydzień 1: dostawa materiałów przez gminę. Tydzień 2–3: prace mieszkańców (teren, ławki, huśtawka). "
                        + "Tydzień 4: nasadzenia i odbiór.",
                start, today.plusDays(40),
                List.of(new InitiativeDetails.RequestInput("MATERIAL", "Drewno impregnowane, kotwy, piasek", "4200"),
                        new InitiativeDetails.RequestInput("MATERIAL", "Krzewy (30 szt.)", "900"),
                        new InitiativeDetails.RequestInput("EQUIPMENT_LOAN", "Zagęszczarka z gminnej bazy (3 dni)",
                                "450")),
                "120", "Wyrównanie terenu, montaż ławek i huśtawki, sadzenie krzewów",
                "Narzędzia i przyczepa mieszkańców", "600", "300"));
        evaluations.seed(id, List.of(9, 8, 8), true,
                "Wysoki wkład pracy społecznej (120 godzin); plac potrzebny mieszkańcom, brak innego w sołectwie.",
                official);
        ledgers.seed(id, LedgerKind.JST_PURCHASE, new Ledgers.EntryInput(null, "Skład drewna Włoszczowa",
                start.plusDays(2), null, "Drewno impregnowane, kotwy, piasek", "4080,50"), official);
        ledgers.seed(id, LedgerKind.SOCIAL_WORK,
                new Ledgers.EntryInput(null, "Marek Mieszkaniec", start.plusDays(8), "12", "Wyrównanie terenu", null),
                lead);
        ledgers.seed(id, LedgerKind.SOCIAL_WORK,
                new Ledgers.EntryInput(null, "Zofia Sąsiadka", start.plusDays(9), "8", "Montaż ławek", null), lead);
        ledgers.seed(id, LedgerKind.SOCIAL_WORK,
                new Ledgers.EntryInput(null, "Tadeusz Sąsiad", start.plusDays(9), "10,5", "Montaż huśtawki", null),
                lead);
        ledgers.seed(id, LedgerKind.IN_KIND, new Ledgers.EntryInput(null, "Tadeusz Sąsiad", start.plusDays(9), null,
                "Przyczepa i narzędzia na 3 dni", "350"), lead);
    }

}
