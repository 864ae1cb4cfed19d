package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paper cards through HTTP: entered twice by two different staff members; a mismatch
 * waits for a third, whose entry decides; the same eligibility checks and the same one
 * vote per PESEL across channels; only the gmina's coordinators may enter cards.
 */
class PaperCardTest extends VotingSupport {

    private String paper(Ballot b) {
        return "/budget/" + b.id() + "/paper-cards";
    }

    private Map<String, String> card(String number, String pesel, LocalDate born, long... choices) {
        Map<String, String> form = new HashMap<>(vote(pesel, born, choices));
        form.put("number", number);
        return form;
    }

    private Page enter(WebClient staff, Ballot b, Map<String, String> card) {
        Page posted = staff.submit(paper(b), paper(b), card);
        return posted.status() == 302 ? staff.get(paper(b)) : posted;
    }

    private long paperVoters(long editionId) {
        return jdbc.sql("select count(*) from budget_voter where edition_id = ? and channel = 'PAPER'")
            .param(editionId)
            .query(Long.class)
            .single();
    }

    private long entries() {
        return jdbc.sql("select count(*) from budget_paper_entry").query(Long.class).single();
    }

    @Test
    void twoMatchingEntriesByTwoStaffMembersCountTheCard() {
        Ballot b = votingEdition();
        WebClient first = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        WebClient second = loggedIn(userWithRole(Role.JST_ADMIN, KLUCZEWSKO));
        Map<String, String> card = card("A-001", Voters.pesel(adult()), adult(), b.area1(), b.whole1());
        assertThat(enter(first, b, card).text()).contains("Karta A-001 została wprowadzona pierwszy raz");
        assertThat(ballots(b.id())).isZero();
        assertThat(enter(first, b, card).text()).contains("drugi raz wprowadza ją inna osoba");
        assertThat(ballots(b.id())).isZero();
        assertThat(enter(second, b, card).text()).contains("Karta A-001: głos został policzony");
        assertThat(ballots(b.id())).isEqualTo(1);
        assertThat(paperVoters(b.id())).isEqualTo(1);
        assertThat(enter(second, b, card).text()).contains("Ta karta została już rozstrzygnięta");
        assertThat(ballots(b.id())).isEqualTo(1);
    }

    @Test
    void aMismatchWaitsForAThirdStaffMemberWhoseEntryDecides() {
        Ballot b = votingEdition();
        WebClient first = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        WebClient second = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        WebClient third = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        String pesel = Voters.pesel(adult());
        enter(first, b, card("B-7", pesel, adult(), b.area1()));
        Page disputed = enter(second, b, card("B-7", pesel, adult(), b.area2()));
        assertThat(disputed.text()).contains("Wpisy karty B-7 się różnią", "Karty czekające na trzecią osobę");
        assertThat(ballots(b.id())).isZero();
        assertThat(enter(first, b, card("B-7", pesel, adult(), b.area2())).text()).contains("rozstrzyga trzecia osoba");
        assertThat(enter(second, b, card("B-7", pesel, adult(), b.area2())).text())
            .contains("rozstrzyga trzecia osoba");
        assertThat(ballots(b.id())).isZero();
        assertThat(enter(third, b, card("B-7", pesel, adult(), b.area2())).text())
            .contains("Karta B-7: głos został policzony");
        assertThat(ballots(b.id())).isEqualTo(1);
        assertThat(jdbc.sql("select choices::text from budget_ballot where edition_id = ?")
            .param(b.id())
            .query(String.class)
            .single()).isEqualTo("{" + b.area2() + "}");
        assertThat(jdbc
            .sql("select count(*) from budget_paper_entry e join budget_paper_card c on c.id = e.card_id "
                    + "where c.edition_id = ?")
            .param(b.id())
            .query(Long.class)
            .single()).isZero();
    }

    private Page enterInvalid(WebClient staff, Ballot b, String number, String reason) {
        Page posted = staff.submit(paper(b), paper(b) + "/invalid", Map.of("invalidNumber", number, "reason", reason));
        return posted.status() == 302 ? staff.get(paper(b)) : posted;
    }

    @Test
    void anInvalidCardIsEnteredTwiceLikeAValidOneAndCountedAsInvalidNeverAsABallot() {
        Ballot b = votingEdition();
        WebClient first = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        WebClient second = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        WebClient third = loggedIn(userWithRole(Role.JST_ADMIN, KLUCZEWSKO));
        assertThat(first.get(paper(b)).text()).contains("Wprowadź kartę nieważną",
                "Brak podpisu pod oświadczeniem o zamieszkaniu i prawie do głosowania");
        // the reason is required
        Page missing = first.submit(paper(b), paper(b) + "/invalid", Map.of("invalidNumber", "N-1"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.inputValue("invalidNumber")).isEqualTo("N-1");
        assertThat(enterInvalid(first, b, "N-1", "NO_DECLARATION").text())
            .contains("Karta N-1 została wprowadzona pierwszy raz");
        assertThat(enterInvalid(first, b, "N-1", "NO_DECLARATION").text())
            .contains("drugi raz wprowadza ją inna osoba");
        assertThat(enterInvalid(second, b, "N-1", "NO_DECLARATION").text())
            .contains("Karta N-1 została policzona jako nieważna");
        assertThat(ballots(b.id())).isZero();
        assertThat(voters(b.id())).isZero();
        // one found the card valid, the other invalid: the third decides
        String pesel = Voters.pesel(adult());
        enter(first, b, card("N-2", pesel, adult(), b.area1()));
        assertThat(enterInvalid(second, b, "N-2", "TOO_MANY_CHOICES").text()).contains("Wpisy karty N-2 się różnią");
        assertThat(enterInvalid(third, b, "N-2", "TOO_MANY_CHOICES").text())
            .contains("Karta N-2 została policzona jako nieważna");
        // a card found invalid by both, for different reasons, is disputed too
        enterInvalid(first, b, "N-3", "DATA_MISSING");
        enterInvalid(second, b, "N-3", "NO_CHOICE");
        assertThat(enter(third, b, card("N-3", Voters.pesel(adult()), adult(), b.whole1())).text())
            .contains("Karta N-3: głos został policzony");
        assertThat(enterInvalid(third, b, "N-1", "NO_CHOICE").text()).contains("Ta karta została już rozstrzygnięta");
        assertThat(ballots(b.id())).isEqualTo(1);
        assertThat(jdbc
            .sql("select count(*) from budget_paper_entry e join budget_paper_card c on c.id = e.card_id "
                    + "where c.edition_id = ?")
            .param(b.id())
            .query(Long.class)
            .single()).isZero();
        // the person of the invalid card may still vote: nothing of them was kept
        assertThat(loggedIn(plainUser())
            .submit(b.path(), b.path(), with(vote(pesel, adult(), b.area2()), "action", "cast"))
            .status()).isEqualTo(200);

        clock.advance(Duration.ofDays(14));
        String results = visitor().get("/budget/" + b.id() + "/results").text().replace('\u00a0', ' ');
        assertThat(results).contains("Głosy oddane przez internet 1", "Ważne karty papierowe (policzone) 1",
                "Karty nieważne (niepoliczone) 2",
                "– Brak podpisu pod oświadczeniem o zamieszkaniu i prawie do głosowania 1",
                "– Wybrano więcej projektów, niż pozwala uchwała 1", "Karty osób, które już głosowały (niepoliczone) 0")
            .doesNotContain("Brak danych głosującego");
        assertThat(enterInvalid(first, b, "N-9", "NO_CHOICE").text())
            .contains("Wyniki głosowania zostały opublikowane: kart papierowych nie można już wprowadzać.");
    }

    @Test
    void oneVotePerPeselAcrossChannels() {
        Ballot b = votingEdition();
        WebClient first = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        WebClient second = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        // online first, then a paper card of the same person
        String online = Voters.pesel(adult());
        assertThat(loggedIn(plainUser())
            .submit(b.path(), b.path(), with(vote(online, adult(), b.area1()), "action", "cast"))
            .status()).isEqualTo(200);
        enter(first, b, card("C-1", online, adult(), b.area2()));
        assertThat(enter(second, b, card("C-1", online, adult(), b.area2())).text())
            .contains("Karta C-1 nie została policzona: ta osoba już głosowała");
        assertThat(ballots(b.id())).isEqualTo(1);
        // paper first, then online
        String onPaper = Voters.pesel(adult());
        enter(first, b, card("C-2", onPaper, adult(), b.whole1()));
        enter(second, b, card("C-2", onPaper, adult(), b.whole1()));
        assertThat(ballots(b.id())).isEqualTo(2);
        Page online2 = loggedIn(plainUser()).submit(b.path(), b.path(),
                with(vote(onPaper, adult(), b.whole2()), "action", "cast"));
        assertThat(online2.status()).isEqualTo(409);
        assertThat(ballots(b.id())).isEqualTo(2);
    }

    @Test
    void cardsAreCheckedLikeOnlineVotesAndOnlyTheGminasStaffEnterThem() {
        Ballot b = votingEdition();
        WebClient staff = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        String valid = Voters.pesel(adult());
        String broken = valid.substring(0, 10) + ((valid.charAt(10) - '0' + 1) % 10);
        Page invalid = staff.submit(paper(b), paper(b), card("D-1", broken, adult(), b.area1()));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.text()).contains("Wpisz prawidłowy numer PESEL");
        assertThat(invalid.inputValue("number")).isEqualTo("D-1");
        Page tooMany = staff.submit(paper(b), paper(b), card("D-1", valid, adult(), b.area1(), b.area2(), b.area3()));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from budget_paper_card where edition_id = ?")
            .param(b.id())
            .query(Long.class)
            .single()).isZero();
        WebClient foreign = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        assertThat(foreign.get(paper(b)).status()).isEqualTo(403);
        assertThat(
                foreign.post(paper(b), card("D-2", valid, adult(), b.area1()), foreign.get("/budget").csrf()).status())
            .isEqualTo(403);
        WebClient resident = loggedIn(plainUser());
        assertThat(resident.get(paper(b)).status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from budget_paper_card where edition_id = ?")
            .param(b.id())
            .query(Long.class)
            .single()).isZero();
    }

}
