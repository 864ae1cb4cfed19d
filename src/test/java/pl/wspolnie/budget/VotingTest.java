package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.budget.domain.CostLine;
import pl.wspolnie.budget.domain.EditionDetails;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.budget.domain.Editions.PoolDetails;
import pl.wspolnie.budget.domain.ProjectDetails;
import pl.wspolnie.budget.domain.Projects;
import pl.wspolnie.support.AtOnce;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Online voting through HTTP: eligibility from the PESEL and birth date, the rules of the
 * ballot, the review step, one vote per PESEL (also concurrently and from another
 * account), the receipt code, and the secrecy of what is stored.
 */
class VotingTest extends VotingSupport {

    @Test
    void aResidentReviewsAndCastsAVoteAndChecksTheReceipt() {
        Ballot b = votingEdition();
        WebClient resident = loggedIn(plainUser());
        Page ballot = resident.get(b.path());
        assertThat(ballot.status()).isEqualTo(200);
        assertThat(ballot.text()).contains("Ławki w parku", "Rowery miejskie", "Ścieżka w lesie");
        assertThat(visitor().get(b.path()).location()).contains("/login");
        String pesel = Voters.pesel(adult());
        Map<String, String> form = vote(pesel, adult(), b.area1(), b.area2(), b.whole1());
        Page review = resident.submit(b.path(), b.path(), with(form, "action", "review"));
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.text()).contains("Sprawdź swój wybór", "Ławki w parku", "Plac zabaw", "Rowery miejskie")
            .doesNotContain("Kino plenerowe");
        assertThat(ballots(b.id())).isZero();
        Page changed = resident.submit(b.path(), b.path(), with(form, "action", "change"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.inputValue("pesel")).isEqualTo(pesel);
        assertThat(changed.body()).containsPattern("id=\"choice-" + b.whole1() + "\"[^>]*checked");
        Page cast = resident.submit(b.path(), b.path(), with(form, "action", "cast"));
        assertThat(cast.status()).isEqualTo(200);
        assertThat(cast.text()).contains("Twój głos", "został zapisany");
        String receipt = receiptOf(cast);
        assertThat(ballots(b.id())).isEqualTo(1);
        assertThat(voters(b.id())).isEqualTo(1);

        String receiptPath = "/budget/" + b.id() + "/receipt";
        WebClient anyone = visitor();
        Page counted = anyone.submit(receiptPath, receiptPath, Map.of("code", receipt.toLowerCase()));
        assertThat(counted.status()).isEqualTo(200);
        assertThat(counted.text()).contains("Głos z tym kodem został policzony").doesNotContain("Ławki w parku");
        Page unknown = anyone.submit(receiptPath, receiptPath, Map.of("code", "AAAA-BBBB-CCCC"));
        assertThat(unknown.text()).contains("Nie ma głosu z tym kodem");
    }

    @Test
    void aSecondVoteOfTheSamePeselIsRefusedFromAnotherAccountAndNothingChanges() {
        Ballot b = votingEdition();
        String pesel = Voters.pesel(adult());
        WebClient first = loggedIn(plainUser());
        assertThat(first.submit(b.path(), b.path(), with(vote(pesel, adult(), b.area1()), "action", "cast")).status())
            .isEqualTo(200);
        String before = jdbc.sql("select choices::text from budget_ballot where edition_id = ?")
            .param(b.id())
            .query(String.class)
            .single();
        WebClient other = loggedIn(plainUser());
        Page second = other.submit(b.path(), b.path(), with(vote(pesel, adult(), b.area2()), "action", "cast"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text()).contains("już głosowała w tej edycji");
        Page again = first.submit(b.path(), b.path(), with(vote(pesel, adult(), b.area3()), "action", "cast"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(ballots(b.id())).isEqualTo(1);
        assertThat(jdbc.sql("select choices::text from budget_ballot where edition_id = ?")
            .param(b.id())
            .query(String.class)
            .single()).isEqualTo(before).isEqualTo("{" + b.area1() + "}");
    }

    @Test
    void eightConcurrentVotesOfOnePeselCastExactlyOneBallot() {
        Ballot b = votingEdition();
        String pesel = Voters.pesel(adult());
        WebClient resident = loggedIn(plainUser());
        String csrf = resident.get(b.path()).csrf();
        Map<String, String> form = with(vote(pesel, adult(), b.whole1()), "action", "cast");
        List<Integer> statuses = AtOnce.run(8, () -> resident.post(b.path(), form, csrf).status());
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(ballots(b.id())).isEqualTo(1);
        assertThat(voters(b.id())).isEqualTo(1);
    }

    @Test
    void invalidPeselMismatchedBirthDateUnderAgeAndNonResidentAreFieldErrorsAndNothingIsSaved() {
        Ballot b = votingEdition();
        WebClient resident = loggedIn(plainUser());
        String valid = Voters.pesel(adult());
        String broken = valid.substring(0, 10) + ((valid.charAt(10) - '0' + 1) % 10);
        Page invalid = resident.submit(b.path(), b.path(), with(vote(broken, adult(), b.area1()), "action", "cast"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.text()).contains("Wpisz prawidłowy numer PESEL");
        assertThat(invalid.inputValue("pesel")).isEqualTo(broken);
        Page mismatch = resident.submit(b.path(), b.path(),
                with(vote(valid, adult().minusDays(1), b.area1()), "action", "cast"));
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(mismatch.text()).contains("Data urodzenia nie zgadza się z numerem PESEL");
        LocalDate fifteen = LocalDate.now(clock).minusYears(16).plusDays(1);
        Page young = resident.submit(b.path(), b.path(),
                with(vote(Voters.pesel(fifteen), fifteen, b.area1()), "action", "cast"));
        assertThat(young.status()).isEqualTo(422);
        assertThat(young.text()).contains("ukończone 16 lat");
        LocalDate sixteen = LocalDate.now(clock).minusYears(16);
        Page notResident = resident.submit(b.path(), b.path(),
                with(vote(Voters.pesel(sixteen), sixteen, b.area1()), "resident", "false"));
        assertThat(notResident.status()).isEqualTo(422);
        assertThat(notResident.text()).contains("potwierdź oświadczenie").doesNotContain("ukończone 16 lat");
        assertThat(ballots(b.id())).isZero();
        assertThat(voters(b.id())).isZero();
    }

    @Test
    void aBallotOverThePoolsLimitOrInTwoAreaPoolsIsRefused() {
        Ballot b = votingEdition();
        WebClient resident = loggedIn(plainUser());
        String pesel = Voters.pesel(adult());
        Page tooMany = resident.submit(b.path(), b.path(),
                with(vote(pesel, adult(), b.area1(), b.area2(), b.area3()), "action", "cast"));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.text())
            .contains("W puli „Osiedle Słoneczne” możesz wybrać najwyżej 2 projekty, a wybrano 3");
        Page twoAreas = resident.submit(b.path(), b.path(),
                with(vote(pesel, adult(), b.area1(), b.other1()), "action", "review"));
        assertThat(twoAreas.status()).isEqualTo(422);
        assertThat(twoAreas.text()).contains("tylko w jednej puli obszarowej");
        Page nothing = resident.submit(b.path(), b.path(), with(vote(pesel, adult()), "action", "cast"));
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(ballots(b.id())).isZero();
        assertThat(voters(b.id())).isZero();
    }

    @Test
    void votingIsRefusedBeforeItOpens() {
        Ballot b = votingEdition();
        clock.reset();
        WebClient resident = loggedIn(plainUser());
        assertThat(resident.get(b.path()).text()).contains("Głosowanie trwa od");
        Page early = resident.submit(b.path(), b.path(),
                with(vote(Voters.pesel(adult()), adult(), b.area1()), "action", "cast"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(ballots(b.id())).isZero();
    }

    @Test
    void noPlainPeselIsStoredAndTheAuditSaysOnlyThatSomeoneVoted() {
        Ballot b = votingEdition();
        String pesel = Voters.pesel(adult());
        Page cast = loggedIn(plainUser()).submit(b.path(), b.path(),
                with(vote(pesel, adult(), b.area2(), b.whole2()), "action", "cast"));
        assertThat(cast.status()).isEqualTo(200);
        String receipt = receiptOf(cast);
        // every text-like column of every table in the schema
        List<String> columns = jdbc.sql("""
                select format('select count(*) from %I.%I where %I::text like ''%%'' || ? || ''%%''',
                              table_schema, table_name, column_name)
                from information_schema.columns
                where table_schema = current_schema()
                  and data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')
                """).query(String.class).list();
        assertThat(columns).isNotEmpty();
        for (String query : columns) {
            assertThat(jdbc.sql(query).param(pesel).query(Long.class).single()).as(query).isZero();
            assertThat(jdbc.sql(query).param(receipt).query(Long.class).single()).as(query).isZero();
        }
        List<Map<String, Object>> audit = jdbc.sql(
                "select entity_type, action, after_state::text as after from audit_log where jst_id = ? and after_state::text like ?")
            .params(jstId(KLUCZEWSKO), "%\"editionId\": " + b.id() + "%")
            .query()
            .listOfRows();
        List<Map<String, Object>> voted = audit.stream()
            .filter(r -> r.get("entity_type").toString().endsWith("Voter"))
            .toList();
        assertThat(voted).hasSize(1);
        String after = voted.get(0).get("after").toString();
        // the age group (kept for the turnout) is masked too: the audit log outlives the
        // register of voters
        assertThat(after)
            .contains("\"channel\": \"ONLINE\"", "\"peselHash\": \"***\"", "\"ageGroup\": \"***\"",
                    "\"accountId\": \"***\"")
            .doesNotContain(pesel);
        assertThat(after
            .replaceAll("\"(jstId|channel|votedOn|editionId|peselHash|ageGroup|accountId)\": (\"[^\"]*\"|\\d+)", ""))
            .as("no other field than the edition, channel, day, the masked hash, age group and account")
            .isEqualTo("{, , , , , , }");
        assertThat(
                // (the Forum's election ballots of governance are open votes of parties,
                // audited by design)
                jdbc.sql(
                        "select count(*) from audit_log where entity_type like '%Ballot%' and entity_type <> 'ElectionBallot'")
                    .query(Long.class)
                    .single())
            .isZero();
        // the ballot carries no voter and no time
        assertThat(jdbc
            .sql("""
                    select count(*) from information_schema.columns where table_name = 'budget_ballot'
                      and (data_type like 'timestamp%' or data_type = 'date' or column_name like '%voter%' or column_name like '%user%')
                    """)
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void aCastBallotCannotBeChangedOrRemovedEvenInTheDatabaseAndLaterVotesMixIt() {
        Ballot b = votingEdition();
        assertThat(loggedIn(plainUser())
            .submit(b.path(), b.path(), with(vote(Voters.pesel(adult()), adult(), b.area1()), "action", "cast"))
            .status()).isEqualTo(200);
        String first = jdbc.sql("select id::text from budget_ballot where edition_id = ?")
            .param(b.id())
            .query(String.class)
            .single();
        assertThatThrownBy(() -> jdbc.sql("update budget_ballot set choices = ? where id = ?::uuid")
            .params(new Long[] { b.area2() }, first)
            .update()).hasMessageContaining("a cast ballot is never changed");
        assertThatThrownBy(() -> jdbc.sql("delete from budget_ballot where id = ?::uuid").param(first).update())
            .hasMessageContaining("a cast ballot is never changed");
        assertThat(loggedIn(plainUser())
            .submit(b.path(), b.path(), with(vote(Voters.pesel(adult()), adult(), b.whole1()), "action", "cast"))
            .status()).isEqualTo(200);
        // the second vote rewrote the first ballot (a new row version), its choices
        // unchanged
        assertThat(jdbc.sql("select mixed from budget_ballot where id = ?::uuid")
            .param(first)
            .query(Integer.class)
            .single()).isEqualTo(1);
        assertThat(jdbc.sql("select choices::text from budget_ballot where id = ?::uuid")
            .param(first)
            .query(String.class)
            .single()).isEqualTo("{" + b.area1() + "}");
    }

    @Test
    void oneAccountVotesOnlineOnceEvenWithAnotherPesel() {
        Ballot b = votingEdition();
        String email = plainUser();
        long account = provisioning.ensureConfirmedUser(email, "Test User", DEMO_PASSWORD);
        WebClient resident = loggedIn(email);
        assertThat(resident
            .submit(b.path(), b.path(), with(vote(Voters.pesel(adult()), adult(), b.area1()), "action", "cast"))
            .status()).isEqualTo(200);
        // a list of PESELs is not enough to vote for many people from one account
        String other = Voters.pesel(adult());
        Page second = resident.submit(b.path(), b.path(), with(vote(other, adult(), b.area2()), "action", "cast"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text()).contains("Z tego konta oddano już głos w tej edycji");
        assertThat(ballots(b.id())).isEqualTo(1);
        assertThat(voters(b.id())).isEqualTo(1);
        // the person of the refused PESEL votes from their own account
        assertThat(loggedIn(plainUser())
            .submit(b.path(), b.path(), with(vote(other, adult(), b.area2()), "action", "cast"))
            .status()).isEqualTo(200);
        assertThat(ballots(b.id())).isEqualTo(2);
        // the voter record names the account, the ballot has no column for it
        assertThat(jdbc.sql("select count(*) from budget_voter where edition_id = ? and user_id = ?")
            .params(b.id(), account)
            .query(Long.class)
            .single()).isOne();
    }

    @Test
    void eightConcurrentVotesOfOneAccountWithDifferentPeselsCastExactlyOneBallot() {
        Ballot b = votingEdition();
        WebClient resident = loggedIn(plainUser());
        String csrf = resident.get(b.path()).csrf();
        List<Integer> statuses = AtOnce.run(8,
                () -> resident
                    .post(b.path(), with(vote(Voters.pesel(adult()), adult(), b.whole1()), "action", "cast"), csrf)
                    .status());
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(ballots(b.id())).isEqualTo(1);
        assertThat(voters(b.id())).isEqualTo(1);
    }

    @Test
    void aVoteRewritesExactlyEightOtherBallotsFromARandomPositionAndChangesNoChoice() {
        Ballot b = votingEdition();
        for (int i = 0; i < 12; i++) {
            jdbc.sql("insert into budget_ballot (id, edition_id, choices, receipt_hash) values (?, ?, ?, ?)")
                .params(UUID.randomUUID(), b.id(), new Long[] { b.whole1() }, "seeded-" + i)
                .update();
        }
        for (int vote = 1; vote <= 2; vote++) {
            assertThat(loggedIn(plainUser())
                .submit(b.path(), b.path(), with(vote(Voters.pesel(adult()), adult(), b.area1()), "action", "cast"))
                .status()).isEqualTo(200);
            assertThat(jdbc.sql("select sum(mixed) from budget_ballot where edition_id = ?")
                .param(b.id())
                .query(Long.class)
                .single()).isEqualTo(8L * vote);
        }
        assertThat(jdbc.sql("select count(*) from budget_ballot where edition_id = ? and choices = ?")
            .params(b.id(), new Long[] { b.whole1() })
            .query(Long.class)
            .single()).isEqualTo(12);
    }

}
