package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.AtOnce;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import pl.wspolnie.budget.domain.CostLine;
import pl.wspolnie.budget.domain.EditionDetails;
import pl.wspolnie.budget.domain.Editions.PoolDetails;
import pl.wspolnie.budget.domain.ProjectDetails;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review of projects through HTTP: the formal review, then the merit review (with the
 * corrected cost), each only in its phase and only by the gmina's officials; the results
 * public with their reasons; only positively reviewed projects on the ballot, at the
 * corrected cost; the author told of each result.
 */
class ReviewTest extends VotingSupport {

    record Setup(BudgetFixtures.Edition edition, String authorEmail, long author) {
    }

    Setup edition() {
        BudgetFixtures.Edition edition = BudgetFixtures.inSubmission(editions, jstId(KLUCZEWSKO), LocalDate.now(clock));
        String email = uniqueEmail("author");
        long author = provisioning.ensureConfirmedUser(email, "Autorka Projektu", DEMO_PASSWORD);
        return new Setup(edition, email, author);
    }

    /** A submitted project not yet reviewed (10 000 zł). */
    long submitted(Setup s, String title) {
        return projects.seed(s.edition().id(), s.author(), new ProjectDetails(s.edition().areaPool(), title,
                "Opis " + title, "Kluczewsko", "Potrzeba", List.of(new CostLine("Prace", new BigDecimal("10000.00")))),
                true);
    }

    static Map<String, String> formal(String positive, String justification) {
        Map<String, String> form = new HashMap<>();
        if (positive != null) {
            form.put("positive", positive);
        }
        form.put("justification", justification);
        return form;
    }

    static Map<String, String> merit(String positive, String cost, String justification) {
        Map<String, String> form = formal(positive, justification);
        form.put("feasible", "true");
        form.put("lawful", "true");
        form.put("responsibleUnit", "Wydział Inwestycji");
        form.put("correctedCost", cost);
        return form;
    }

    static String review(long project) {
        return "/budget/projects/" + project + "/review";
    }

    @Test
    void officialsReviewFormallyThenOnMeritAndOnlyPositiveProjectsReachTheBallotAtTheCorrectedCost() {
        Setup s = edition();
        long a = submitted(s, "Altana w parku");
        long b = submitted(s, "Boisko przy szkole");
        long c = submitted(s, "Czytelnia plenerowa");
        String officialEmail = userWithRole(Role.OFFICIAL, KLUCZEWSKO);
        WebClient official = loggedIn(officialEmail);
        // not yet: the submission phase lasts
        Page early = official.submit(review(a), review(a) + "/formal", formal("YES", ""));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text()).contains("tylko w etapie oceny projektów");

        clock.advance(Duration.ofDays(11)); // the review phase
        // a resident and another gmina's official may not review
        WebClient resident = loggedIn(plainUser());
        assertThat(resident.get(review(a)).status()).isEqualTo(403);
        assertThat(resident.post(review(a) + "/formal", formal("YES", ""), resident.get("/").csrf()).status())
            .isEqualTo(403);
        WebClient foreign = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        assertThat(foreign.get(review(a)).status()).isEqualTo(403);
        assertThat(foreign.get("/budget/" + s.edition().id() + "/review").status()).isEqualTo(403);
        assertThat(foreign.post(review(a) + "/formal", formal("YES", ""), foreign.get("/").csrf()).status())
            .isEqualTo(403);
        // without a CSRF token
        assertThat(official.post(review(a) + "/formal", formal("YES", ""), null).status()).isEqualTo(403);

        // a negative result needs a justification
        Page missing = official.submit(review(c), review(c) + "/formal", formal("NO", " "));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.text()).contains("Wpisz uzasadnienie.");
        assertThat(official
            .submit(review(c), review(c) + "/formal",
                    formal("NO", "Projekt dotyczy terenu, który nie należy do gminy."))
            .status()).isEqualTo(302);
        assertThat(official.submit(review(a), review(a) + "/formal", formal("YES", "")).status()).isEqualTo(302);
        assertThat(official.submit(review(b), review(b) + "/formal", formal("YES", "")).status()).isEqualTo(302);
        // given once
        assertThat(official.submit(review(a), review(a) + "/formal", formal("NO", "Zmiana zdania")).status())
            .isEqualTo(409);
        // no merit review after a negative formal one
        assertThat(official.submit(review(c), review(c) + "/merit", merit("YES", "9 000,00", "Dobry")).status())
            .isEqualTo(409);

        // merit: a positive result needs a cost within the pool (50 000 zł)
        Page above = official.submit(review(a), review(a) + "/merit", merit("YES", "60 000,00", "Wykonalny"));
        assertThat(above.status()).isEqualTo(422);
        assertThat(above.text().replace('\u00a0', ' ')).contains("przekracza kwotę puli Osiedle Słoneczne");
        Page bad = official.submit(review(a), review(a) + "/merit", merit("YES", "dużo", "Wykonalny"));
        assertThat(bad.text()).contains("Wpisz kwotę");
        assertThat(official
            .submit(review(a), review(a) + "/merit", merit("YES", "8 500,00", "Jednostka wyceniła altanę taniej."))
            .status()).isEqualTo(302);
        assertThat(official
            .submit(review(b), review(b) + "/merit",
                    merit("NO", "12 000,00", "Boisko koliduje z planowaną rozbudową szkoły."))
            .status()).isEqualTo(302);

        // public with the reasons
        String pageA = visitor().get("/budget/projects/" + a).text().replace('\u00a0', ' ');
        assertThat(pageA).contains("Ocena formalna", "Ocena merytoryczna", "Wydział Inwestycji", "8 500,00 zł",
                "Jednostka wyceniła altanę taniej.", "Projekt jest dopuszczony do głosowania.");
        assertThat(visitor().get("/budget/projects/" + c).text())
            .contains("Projekt dotyczy terenu, który nie należy do gminy.", "Negatywna ocena formalna");
        String editionPage = visitor().get("/budget/" + s.edition().id()).text();
        assertThat(editionPage).contains("Wyniki oceny projektów", "Dopuszczone do głosowania (1)",
                "Odrzucone w ocenie formalnej (1)", "Odrzucone w ocenie merytorycznej (1)");
        assertThat(official.get("/budget/" + s.edition().id() + "/review").text()).contains("Altana w parku",
                "Czytelnia plenerowa");

        // the author is told, with the reasons
        assertThat(TestMailServer.awaitMail(s.authorEmail(), "Negatywna ocena formalna projektu: Czytelnia"))
            .contains("Projekt dotyczy terenu, który nie należy do gminy.", "/budget/projects/" + c);
        assertThat(TestMailServer.awaitMail(s.authorEmail(), "Pozytywna ocena merytoryczna projektu: Altana"))
            .contains("Jednostka wyceniła altanę taniej.");

        // audited with the JST
        assertThat(jdbc
            .sql("select count(*) from audit_log where entity_type = 'Review' and jst_id = ? and actor_id = "
                    + "(select id from user_account where email = ?)")
            .params(jstId(KLUCZEWSKO), officialEmail)
            .query(Long.class)
            .single()).isEqualTo(5);

        // only A is on the ballot, at its corrected cost
        clock.advance(Duration.ofDays(29)); // day 40: voting
        String ballot = loggedIn(plainUser()).get("/budget/" + s.edition().id() + "/vote")
            .text()
            .replace('\u00a0', ' ');
        assertThat(ballot).contains("Altana w parku", "8 500,00 zł")
            .doesNotContain("Boisko przy szkole")
            .doesNotContain("Czytelnia plenerowa");
    }

    @Test
    void anAuthorAppealsInTheAppealsPhaseAndAnotherOfficialDecidesWithReasons() {
        Setup s = edition();
        long c = submitted(s, "Chodnik do przedszkola");
        long d = submitted(s, "Dom kultury");
        String firstEmail = userWithRole(Role.OFFICIAL, KLUCZEWSKO);
        WebClient first = loggedIn(firstEmail);
        WebClient second = loggedIn(userWithRole(Role.JST_ADMIN, KLUCZEWSKO));
        String coordinator = userWithRole(Role.OFFICIAL, KLUCZEWSKO);
        clock.advance(Duration.ofDays(11));
        assertThat(first.submit(review(c), review(c) + "/formal", formal("NO", "Brak mapy z lokalizacją.")).status())
            .isEqualTo(302);
        assertThat(first.submit(review(d), review(d) + "/formal", formal("YES", "")).status()).isEqualTo(302);
        assertThat(first
            .submit(review(d), review(d) + "/merit", merit("NO", "9 000,00", "Budynek jest w złym stanie technicznym."))
            .status()).isEqualTo(302);
        WebClient author = loggedIn(s.authorEmail());
        String appealC = "/budget/projects/" + c + "/appeal";
        // not yet: the review phase lasts
        Page early = author.submit(appealC, appealC, Map.of("reason", "Mapa była w załączniku."));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text()).contains("tylko w etapie odwołań");

        clock.advance(Duration.ofDays(20)); // day 31: appeals
        assertThat(visitor().get("/budget/projects/" + c).text()).doesNotContain("Złóż odwołanie od oceny");
        assertThat(author.get("/budget/projects/" + c).text()).contains("Złóż odwołanie od oceny");
        // only the author appeals, with a reason
        WebClient other = loggedIn(plainUser());
        assertThat(other.get(appealC).status()).isEqualTo(403);
        assertThat(other.post(appealC, Map.of("reason", "Popieram"), other.get("/").csrf()).status()).isEqualTo(403);
        Page empty = author.submit(appealC, appealC, Map.of("reason", " "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.text()).contains("Napisz uzasadnienie odwołania.");
        assertThat(author.submit(appealC, appealC, Map.of("reason", "Mapa była w załączniku na stronie 2.")).status())
            .isEqualTo(302);
        assertThat(author.submit(appealC, appealC, Map.of("reason", "Jeszcze raz")).status()).isEqualTo(409);
        String appealD = "/budget/projects/" + d + "/appeal";
        assertThat(author.submit(appealD, appealD, Map.of("reason", "Budynek przeszedł remont w 2025 r.")).status())
            .isEqualTo(302);
        // the coordinators are told
        assertThat(TestMailServer.awaitMail(coordinator, "Odwołanie od oceny projektu: Chodnik"))
            .contains("Mapa była w załączniku na stronie 2.", "/budget/appeals/");
        long appealOfC = jdbc.sql("select id from budget_appeal where project_id = ?")
            .param(c)
            .query(Long.class)
            .single();
        long appealOfD = jdbc.sql("select id from budget_appeal where project_id = ?")
            .param(d)
            .query(Long.class)
            .single();
        String decideC = "/budget/appeals/" + appealOfC;
        // the coordinators see it on their page; another gmina's official and the author
        // may not decide
        assertThat(second.get("/me").text()).contains("Odwołanie od oceny projektu do rozstrzygnięcia",
                "Chodnik do przedszkola");
        assertThat(loggedIn(userWithRole(Role.OFFICIAL, SECEMIN)).get(decideC).status()).isEqualTo(403);
        assertThat(author.post(decideC, Map.of("upheld", "YES", "reasons", "x"), author.get("/").csrf()).status())
            .isEqualTo(403);
        // not the official who gave the result
        Page same = first.submit(decideC, decideC, Map.of("upheld", "YES", "reasons", "Mapa jest."));
        assertThat(same.status()).isEqualTo(403);
        assertThat(same.text()).contains("nie możesz rozstrzygać odwołania od własnej oceny");
        assertThat(second.submit(decideC, decideC, Map.of("reasons", "Mapa jest.")).text()).contains("Wybierz wynik.");
        assertThat(second
            .submit(decideC, decideC,
                    Map.of("upheld", "YES", "reasons", "Mapa była załączona: zgłoszenie jest kompletne."))
            .status()).isEqualTo(302);
        assertThat(second.submit(decideC, decideC, Map.of("upheld", "NO", "reasons", "Zmiana")).status())
            .isEqualTo(409);
        String decideD = "/budget/appeals/" + appealOfD;
        assertThat(second
            .submit(decideD, decideD, Map.of("upheld", "NO", "reasons", "Remont nie objął konstrukcji dachu."))
            .status()).isEqualTo(302);
        assertThat(TestMailServer.awaitMail(s.authorEmail(), "Odwołanie uwzględnione: Chodnik"))
            .contains("Mapa była załączona: zgłoszenie jest kompletne.");
        assertThat(TestMailServer.awaitMail(s.authorEmail(), "Odwołanie oddalone: Dom kultury"))
            .contains("Remont nie objął konstrukcji dachu.");
        // public with the reasons
        assertThat(visitor().get("/budget/projects/" + d).text()).contains("Budynek przeszedł remont w 2025 r.",
                "odwołanie oddalone", "Remont nie objął konstrukcji dachu.", "Negatywna ocena merytoryczna");
        // the formal result overturned: the merit review may still be given (in the
        // appeals phase)
        assertThat(visitor().get("/budget/projects/" + c).text()).contains("odwołanie uwzględnione",
                "Czeka na ocenę merytoryczną.");
        assertThat(second.get("/me").text()).contains("Projekt budżetu obywatelskiego do oceny merytorycznej");
        assertThat(first.submit(review(c), review(c) + "/merit", merit("YES", "9 500,00", "Wykonalny.")).status())
            .isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'Appeal' and jst_id = ?")
            .param(jstId(KLUCZEWSKO))
            .query(Long.class)
            .single()).isGreaterThanOrEqualTo(4);

        clock.advance(Duration.ofDays(9)); // day 40: voting
        String ballot = loggedIn(plainUser()).get("/budget/" + s.edition().id() + "/vote").text();
        assertThat(ballot).contains("Chodnik do przedszkola").doesNotContain("Dom kultury");
    }

    @Test
    void conflictingProjectsWaitOffTheBallotUntilAPersonDecidesWhichGoOn() {
        Setup s = edition();
        long e = reviewed(submitted(s, "Fontanna na rynku"));
        long f = reviewed(submitted(s, "Fontanna przy ratuszu"));
        long g = reviewed(submitted(s, "Gazony"));
        String board = "/budget/" + s.edition().id() + "/review";
        String officialEmail = userWithRole(Role.OFFICIAL, KLUCZEWSKO);
        WebClient official = loggedIn(officialEmail);
        String flag = "/budget/" + s.edition().id() + "/conflicts";
        // before the review phase
        assertThat(official
            .post(flag, Map.of("projectIds", String.valueOf(e), "note", "x"),
                    official.get("/budget/" + s.edition().id()).csrf())
            .status()).isEqualTo(409);
        clock.advance(Duration.ofDays(12));
        assertThat(loggedIn(plainUser()).get(board).status()).isEqualTo(403);
        Page one = official.submit(board, flag, Map.of("projectIds", String.valueOf(e), "note", "Ten sam rynek"));
        assertThat(one.status()).isEqualTo(422);
        assertThat(one.text()).contains("Wybierz co najmniej dwa projekty");
        String token = official.get(board).csrf();
        Page flagged = official.post(flag + "?projectIds=" + e + "&projectIds=" + f,
                Map.of("note", "Obie fontanny w tym samym miejscu rynku."), token);
        assertThat(flagged.status()).isEqualTo(302);
        assertThat(official.get(board).text()).contains("Konflikty czekające na rozstrzygnięcie: 1",
                "Obie fontanny w tym samym miejscu rynku.");
        assertThat(official.get("/me").text()).contains("Konflikt projektów budżetu obywatelskiego do rozstrzygnięcia");
        assertThat(visitor().get("/budget/projects/" + e).text()).contains("Projekt pozostaje w konflikcie");
        long conflict = jdbc.sql("select id from budget_conflict where edition_id = ?")
            .param(s.edition().id())
            .query(Long.class)
            .single();
        String decide = "/budget/conflicts/" + conflict;
        assertThat(loggedIn(userWithRole(Role.OFFICIAL, SECEMIN)).get(decide).status()).isEqualTo(403);
        Page none = official.submit(decide, decide, Map.of("reasons", "Żaden"));
        assertThat(none.text()).contains("Wybierz co najmniej jeden z projektów w konflikcie.");
        // decided once, also when two decisions arrive at the same moment
        String csrf = official.get(decide).csrf();
        List<Integer> statuses = AtOnce.run(4,
                () -> official
                    .post(decide + "?goingOn=" + e, Map.of("reasons", "Fontanna na rynku ma więcej podpisów poparcia."),
                            csrf)
                    .status());
        assertThat(statuses).containsOnly(302, 409);
        assertThat(statuses.stream().filter(x -> x == 302).count()).isEqualTo(1);
        assertThat(visitor().get("/budget/projects/" + f).text()).contains("pominięty",
                "Fontanna na rynku ma więcej podpisów poparcia.",
                "Projekt pominięty po rozstrzygnięciu konfliktu z innym projektem.");
        assertThat(TestMailServer.awaitMail(s.authorEmail(), "Fontanna przy ratuszu pominięty"))
            .contains("Fontanna na rynku ma więcej podpisów poparcia.");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'Conflict' and jst_id = ?")
            .param(jstId(KLUCZEWSKO))
            .query(Long.class)
            .single()).isGreaterThanOrEqualTo(2);

        clock.advance(Duration.ofDays(28)); // day 40: voting
        String ballot = loggedIn(plainUser()).get("/budget/" + s.edition().id() + "/vote").text();
        assertThat(ballot).contains("Fontanna na rynku", "Gazony").doesNotContain("Fontanna przy ratuszu");
        assertThat(g).isPositive();
    }

    @Test
    void aConflictsDecisionIsAppealableByTheAuthorOfAProjectLeftOutDuringTheAppealsPhaseOnly() {
        Setup s = edition();
        long e = reviewed(submitted(s, "Skwer przy stawie"));
        long f = reviewed(submitted(s, "Skwer przy kościele"));
        long g = reviewed(submitted(s, "Wiata przy boisku"));
        long h = reviewed(submitted(s, "Wiata przy szkole"));
        String board = "/budget/" + s.edition().id() + "/review";
        String flag = "/budget/" + s.edition().id() + "/conflicts";
        String firstEmail = userWithRole(Role.OFFICIAL, KLUCZEWSKO);
        WebClient first = loggedIn(firstEmail);
        WebClient second = loggedIn(userWithRole(Role.JST_ADMIN, KLUCZEWSKO));
        clock.advance(Duration.ofDays(12)); // the review phase
        assertThat(first
            .post(flag + "?projectIds=" + e + "&projectIds=" + f, Map.of("note", "Jeden skwer, dwa projekty."),
                    first.get(board).csrf())
            .status()).isEqualTo(302);
        long conflict = jdbc.sql("select id from budget_conflict where edition_id = ?")
            .param(s.edition().id())
            .query(Long.class)
            .single();
        String decideConflict = "/budget/conflicts/" + conflict;
        assertThat(first
            .submit(decideConflict, decideConflict + "?goingOn=" + e,
                    Map.of("reasons", "Skwer przy stawie ma więcej podpisów."))
            .status()).isEqualTo(302);
        WebClient author = loggedIn(s.authorEmail());
        String appealF = "/budget/projects/" + f + "/appeal";
        // not yet: the review phase lasts
        Page early = author.submit(appealF, appealF, Map.of("reason", "Oba projekty się mieszczą."));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text()).contains("tylko w etapie odwołań");

        clock.advance(Duration.ofDays(19)); // day 31: appeals
        assertThat(author.get("/budget/projects/" + f).text()).contains("Złóż odwołanie");
        assertThat(author.get(appealF).text()).contains("Skwer przy stawie ma więcej podpisów.");
        // the project that goes on has nothing to appeal against; another person may not
        // appeal
        String appealE = "/budget/projects/" + e + "/appeal";
        assertThat(author.submit(appealE, appealE, Map.of("reason", "x")).status()).isEqualTo(409);
        WebClient other = loggedIn(plainUser());
        assertThat(other.post(appealF, Map.of("reason", "Popieram"), other.get("/").csrf()).status()).isEqualTo(403);
        assertThat(author.submit(appealF, appealF, Map.of("reason", "Skwery są w dwóch różnych miejscach.")).status())
            .isEqualTo(302);
        assertThat(author.submit(appealF, appealF, Map.of("reason", "Jeszcze raz")).status()).isEqualTo(409);
        long appeal = jdbc.sql("select id from budget_appeal where project_id = ? and conflict_id = ?")
            .params(f, conflict)
            .query(Long.class)
            .single();
        String decide = "/budget/appeals/" + appeal;
        assertThat(second.get(decide).text()).contains("Jeden skwer, dwa projekty.",
                "Skwery są w dwóch różnych miejscach.");
        assertThat(second.get("/me").text()).contains("Skwer przy kościele");
        // not the official who decided the conflict
        Page same = first.submit(decide, decide, Map.of("upheld", "YES", "reasons", "Dwa miejsca."));
        assertThat(same.status()).isEqualTo(403);
        assertThat(same.text()).contains("od własnego rozstrzygnięcia konfliktu");
        assertThat(second
            .submit(decide, decide, Map.of("upheld", "YES", "reasons", "Skwery leżą 300 m od siebie: to nie konflikt."))
            .status()).isEqualTo(302);
        assertThat(TestMailServer.awaitMail(s.authorEmail(), "Odwołanie uwzględnione: Skwer przy kościele"))
            .contains("Skwery leżą 300 m od siebie");
        assertThat(visitor().get("/budget/projects/" + f).text()).contains("Skwery są w dwóch różnych miejscach.",
                "odwołanie uwzględnione", "Skwery leżą 300 m od siebie: to nie konflikt.");

        // a conflict decided after the appeals phase has ended can no longer be appealed
        // day 38: after the appeals phase, before voting
        clock.advance(Duration.ofDays(7));
        assertThat(first
            .post(flag + "?projectIds=" + g + "&projectIds=" + h, Map.of("note", "Jedna wiata."),
                    first.get(board).csrf())
            .status()).isEqualTo(302);
        long late = jdbc.sql("select id from budget_conflict where edition_id = ? and id <> ?")
            .params(s.edition().id(), conflict)
            .query(Long.class)
            .single();
        assertThat(first
            .submit("/budget/conflicts/" + late, "/budget/conflicts/" + late + "?goingOn=" + g,
                    Map.of("reasons", "Wiata przy boisku jest potrzebniejsza."))
            .status()).isEqualTo(302);
        String appealH = "/budget/projects/" + h + "/appeal";
        Page tooLate = author.submit(appealH, appealH, Map.of("reason", "Szkoła też potrzebuje wiaty."));
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.text()).contains("tylko w etapie odwołań");

        clock.advance(Duration.ofDays(2)); // day 40: voting
        String ballot = loggedIn(plainUser()).get("/budget/" + s.edition().id() + "/vote").text();
        assertThat(ballot).contains("Skwer przy stawie", "Skwer przy kościele", "Wiata przy boisku")
            .doesNotContain("Wiata przy szkole");
    }

    @Test
    void theCorrectedCostDecidesWhichProjectsFitThePool() {
        long id = editions.seed(new EditionDetails(jstId(KLUCZEWSKO), BudgetFixtures.year(), "Budżet korygowany",
                new BigDecimal("40000000.00"), "Rb-28S", 0, 2, 1, false,
                BudgetFixtures.timeline(LocalDate.now(clock))));
        long area = editions.seedPool(id,
                new PoolDetails("Osiedle Słoneczne", false, new BigDecimal("50000.00"), 3000, 3));
        Setup s = new Setup(new BudgetFixtures.Edition(id, area, area), uniqueEmail("author"),
                provisioning.ensureConfirmedUser(uniqueEmail("author"), "Autor", DEMO_PASSWORD));
        // the area pool holds 50 000 zł: 40 000 + 20 000 do not fit, 25 000 + 20 000 do
        long big = projects.seed(s.edition().id(), s.author(), new ProjectDetails(s.edition().areaPool(), "Amfiteatr",
                "Opis", "Kluczewsko", "Potrzeba", List.of(new CostLine("Prace", new BigDecimal("40000.00")))), true);
        long small = projects.seed(s.edition().id(), s.author(), new ProjectDetails(s.edition().areaPool(), "Boisko",
                "Opis", "Kluczewsko", "Potrzeba", List.of(new CostLine("Prace", new BigDecimal("20000.00")))), true);
        reviewed(small);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        clock.advance(Duration.ofDays(11));
        assertThat(official.submit(review(big), review(big) + "/formal", formal("YES", "")).status()).isEqualTo(302);
        assertThat(official
            .submit(review(big), review(big) + "/merit",
                    merit("YES", "25 000,00", "Gmina ma już projekt sceny: koszt niższy."))
            .status()).isEqualTo(302);
        clock.advance(Duration.ofDays(29)); // day 40: voting
        String path = "/budget/" + s.edition().id() + "/vote";
        for (int i = 0; i < 2; i++) {
            WebClient voter = loggedIn(plainUser());
            assertThat(
                    voter.submit(path, path, with(vote(Voters.pesel(adult()), adult(), big, small), "action", "cast"))
                        .status())
                .isEqualTo(200);
        }
        assertThat(loggedIn(plainUser())
            .submit(path, path, with(vote(Voters.pesel(adult()), adult(), big), "action", "cast"))
            .status()).isEqualTo(200);
        clock.advance(Duration.ofDays(15)); // day 55: results
        String results = visitor().get("/budget/" + s.edition().id() + "/results").text().replace('\u00a0', ' ');
        assertThat(results).contains("1 Amfiteatr 25 000,00 zł 3 Wybrany do realizacji",
                "2 Boisko 20 000,00 zł 2 Wybrany do realizacji");
    }

}
