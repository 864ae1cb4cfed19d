package pl.wspolnie.competitions;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Form fields of an announcement and of an offer, valid unless a test changes them.
 * Public for the browser tests.
 */
public final class CompetitionFixtures {

    public static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private CompetitionFixtures() {
    }

    /** The id of the only task of a competition. */
    public static long taskId(JdbcClient jdbc, long competitionId) {
        return jdbc.sql("select id from competition_task where competition_id = ?")
            .param(competitionId)
            .query(Long.class)
            .single();
    }

    /** The start of a competition's period of tasks. */
    public static LocalDate periodFrom(JdbcClient jdbc, long competitionId) {
        return jdbc.sql("select period_from from competition where id = ?")
            .param(competitionId)
            .query(LocalDate.class)
            .single();
    }

    /**
     * A supporting-mode call: one task "kultura" with 50 000 zł, grants 1 000–20 000 zł,
     * own contribution ≥ 10 %, admin ≤ 10 %.
     */
    public static Map<String, String> announcement(long jstId, String title, LocalDateTime deadline) {
        LocalDate from = deadline.toLocalDate().plusDays(10);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("jstId", String.valueOf(jstId));
        f.put("title", title);
        f.put("description", "Konkurs na zadania z zakresu kultury i ochrony dziedzictwa – żółć gęślą jaźń.");
        f.put("mode", "SUPPORTING");
        f.put("minOwnContributionPct", "10");
        f.put("minGrant", "1 000,00");
        f.put("maxGrant", "20000");
        f.put("adminCostCapPct", "10");
        f.put("periodFrom", from.toString());
        f.put("periodTo", from.plusMonths(6).toString());
        f.put("offerDeadline", deadline.format(DEADLINE));
        f.put("fundingLastYear", "40000");
        f.put("fundingThisYear", "50000");
        f.put("choiceProcedure", "Komisja konkursowa ocenia oferty według kryteriów; wybór zarządzeniem Starosty.");
        f.put("choiceDate", from.minusDays(3).toString());
        f.put("conditions", "Zadanie realizowane na terenie powiatu.");
        f.put("grantRules", "Dotację przyznaje Zarząd Powiatu po opinii komisji, w granicach środków na zadanie.");
        f.put("requiredAttachments", "Statut\nSprawozdanie finansowe");
        f.put("formalCriteria",
                "Oferta złożona w terminie i w sposób określony w ogłoszeniu\nOferta złożona przez podmiot uprawniony");
        f.put("tasks[0].name", "Warsztaty rękodzieła ludowego");
        f.put("tasks[0].sphereCode", "kultura");
        f.put("tasks[0].funds", "50 000");
        String[] criteria = { "Możliwość realizacji zadania", "Kalkulacja kosztów", "Jakość i kwalifikacje osób",
                "Udział środków własnych", "Wkład osobowy i rzeczowy", "Rzetelność w latach poprzednich" };
        for (int i = 0; i < criteria.length; i++) {
            f.put("criteria[" + i + "].name", criteria[i]);
            f.put("criteria[" + i + "].maxPoints", "10");
            f.put("criteria[" + i + "].statutory", String.valueOf(i + 1));
        }
        return f;
    }

    /**
     * A complete offer: costs 5 000 zł (50 × 100, 4 500 from the grant) + 500 zł
     * administrative (400 from the grant); total 5 500 zł, grant 4 900 zł, own 600 zł
     * (300 financial, 200 personal, 100 in kind).
     */
    public static Map<String, String> offer(long taskId, String title, LocalDate periodFrom, LocalDate periodTo) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("taskId", String.valueOf(taskId));
        f.put("title", title);
        f.put("periodFrom", periodFrom.toString());
        f.put("periodTo", periodTo.toString());
        f.put("coOfferors", "");
        f.put("contactPerson", "Łucja Żółkiewska, tel. 41 000 00 00");
        f.put("summary", "Cykl warsztatów haftu i wycinanki dla dzieci i seniorów w świetlicy wiejskiej.");
        f.put("actions[0].name", "Warsztaty haftu");
        f.put("actions[0].description", "Dziesięć spotkań po trzy godziny.");
        f.put("actions[0].recipients", "Dzieci i seniorzy");
        f.put("actions[0].from", periodFrom.toString());
        f.put("actions[0].to", periodTo.toString());
        f.put("results[0].name", "Uczestnicy warsztatów");
        f.put("results[0].target", "40 osób");
        f.put("results[0].measure", "Listy obecności");
        f.put("experience", "Od 2015 r. prowadzimy świetlicę.");
        f.put("resources", "Sala, dwie instruktorki, wolontariusze.");
        f.put("costLines[0].action", "Warsztaty haftu");
        f.put("costLines[0].type", "Wynagrodzenie instruktorki");
        f.put("costLines[0].unit", "godzina");
        f.put("costLines[0].unitCost", "100,00");
        f.put("costLines[0].units", "50");
        f.put("costLines[0].fromGrant", "4 500");
        f.put("costLines[1].action", "Obsługa zadania");
        f.put("costLines[1].type", "Księgowość");
        f.put("costLines[1].unit", "usługa");
        f.put("costLines[1].unitCost", "500");
        f.put("costLines[1].units", "1");
        f.put("costLines[1].fromGrant", "400");
        f.put("costLines[1].administrative", "true");
        f.put("ownFinancial", "300");
        f.put("ownPersonal", "200");
        f.put("ownInKind", "100");
        f.put("recipientPayments", "0");
        f.put("otherInfo", "");
        f.put("statementNoProfit", "true");
        f.put("statementNoArrears", "true");
        f.put("statementDataTrue", "true");
        f.put("action", "submit");
        return f;
    }

    /**
     * The score sheet of an offer giving every criterion of the competition the same
     * points and justification.
     */
    public static Map<String, String> evenScores(JdbcClient jdbc, long competitionId, int points,
            String justification) {
        Map<String, String> score = new LinkedHashMap<>();
        jdbc.sql("select id from competition_criterion where competition_id = ?")
            .param(competitionId)
            .query(Long.class)
            .list()
            .forEach(id -> {
                score.put("points" + id, String.valueOf(points));
                score.put("justification" + id, justification);
            });
        return score;
    }

}
