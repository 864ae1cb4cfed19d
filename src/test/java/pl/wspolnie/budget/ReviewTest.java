package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import pl.wspolnie.budget.domain.CostLine;
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

}
