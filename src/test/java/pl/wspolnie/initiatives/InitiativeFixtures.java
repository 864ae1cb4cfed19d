package pl.wspolnie.initiatives;

import pl.wspolnie.initiatives.domain.InitiativeDetails;
import pl.wspolnie.initiatives.domain.Intake;
import pl.wspolnie.initiatives.domain.Resolutions;
import pl.wspolnie.initiatives.domain.SettingsDetails;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Settings and applications the tests of local initiatives start from. */
final class InitiativeFixtures {

    static final String MOSKORZEW = "2613032";

    private InitiativeFixtures() {
    }

    /**
     * Group of 3, all year, contribution 50% (10 points), purpose 30% (10), feasibility
     * 20% (5); 30 zł an hour from 2020.
     */
    static void settings(Resolutions resolutions, long jstId) {
        resolutions.seed(jstId,
                new SettingsDetails("Uchwała nr X/70/2025 Rady Gminy w sprawie inicjatywy lokalnej", 3, Intake.ALL_YEAR,
                        List.of(new SettingsDetails.CriterionInput("Wkład mieszkańców", 50, 10),
                                new SettingsDetails.CriterionInput("Celowość", 30, 10),
                                new SettingsDetails.CriterionInput("Wykonalność", 20, 5)),
                        List.of()),
                new Resolutions.RateInput(LocalDate.of(2020, 1, 1), "30,00", "Zarządzenie wójta nr 5/2020"));
    }

    /** The application form: 40 hours, 500 zł in kind, 200 zł in cash; one loan asked. */
    static Map<String, String> form(String title) {
        Map<String, String> f = new HashMap<>();
        f.put("title", title);
        f.put("area", "NATURE");
        f.put("description", "Nasadzenia drzew i krzewów wzdłuż ścieżki przy szkole.");
        f.put("place", "Ścieżka przy szkole w Moskorzewie");
        f.put("startsOn", "2030-04-01");
        f.put("endsOn", "2030-05-31");
        f.put("schedule", "Kwiecień – przygotowanie terenu; maj – nasadzenia.");
        f.put("requests[0].kind", "MATERIAL");
        f.put("requests[0].description", "Sadzonki drzew (20 szt.)");
        f.put("requests[0].value", "2 400,00");
        f.put("requests[1].kind", "EQUIPMENT_LOAN");
        f.put("requests[1].description", "Glebogryzarka na 2 dni");
        f.put("requests[1].value", "300");
        f.put("socialWorkHours", "40");
        f.put("socialWorkDescription", "Przygotowanie terenu i sadzenie");
        f.put("inKindDescription", "Narzędzia ogrodowe mieszkańców");
        f.put("inKindValue", "500");
        f.put("cash", "200,00");
        return f;
    }

    static InitiativeDetails details(String title) {
        return new InitiativeDetails(title, "NATURE", "Nasadzenia drzew.", "Ścieżka przy szkole", "Kwiecień – maj.",
                LocalDate.of(2030, 4, 1), LocalDate.of(2030, 5, 31),
                List.of(new InitiativeDetails.RequestInput("MATERIAL", "Sadzonki", "2400")), "40", "Sadzenie", "", "",
                "200");
    }

}
