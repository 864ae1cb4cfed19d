package pl.wspolnie.budget.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.audit.PersonalDataErased;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Privacy by design: the support lists and the register of voters hold personal data only
 * until the deadline to challenge the results. From the next day (see
 * {@link Edition#personalDataPurgeDay()}) this deletes, once per edition: who supported a
 * project online (the support rows stay, without their account, so the counts stay) and
 * the scans of the paper lists (the project keeps the count of signatures); the PESEL
 * hashes and the accounts of the voter records (the rows stay with their channel, day and
 * age group, so the turnout stays); the entries of paper cards never decided; the
 * edition's secret of the PESEL hash; and in the audit log, the actor of the entries of
 * those supports and voter records and the supporter's account in their recorded states
 * ({@link PersonalDataErased}). The ballots have no personal data and stay, so the
 * results, the ballot file and its checksum do not change. The edition's row records the
 * day (in the audit log too).
 */
@Service
@Transactional
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final EditionRepository editions;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    Retention(EditionRepository editions, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.editions = editions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Deletes the personal data of every edition past its deadline to challenge the
     * results and not purged yet; returns how many editions were purged. Idempotent.
     */
    public int purgeDue() {
        LocalDate today = LocalDate.now(clock);
        List<Long> due = jdbc.sql("""
                select id from budget_edition
                where personal_data_purged_on is null and results_from + challenge_days + 1 <= ?
                order by id for update skip locked
                """).param(today).query(Long.class).list();
        for (long id : due) {
            purge(id, today);
        }
        return due.size();
    }

    private void purge(long editionId, LocalDate today) {
        List<Long> supporters = jdbc.sql("""
                select id from budget_support
                where user_id is not null and project_id in (select id from budget_project where edition_id = ?)
                """).param(editionId).query(Long.class).list();
        List<Long> onlineVoters = jdbc.sql("select id from budget_voter where edition_id = ? and user_id is not null")
            .param(editionId)
            .query(Long.class)
            .list();
        // the audit log forgets them too: who supported (the entry's actor and the
        // recorded account) and who voted online (the actor of the "voted" entry; a
        // paper card's entry names the official who entered it, and stays)
        events.publishEvent(PersonalDataErased.of(Support.class, supporters, "userId"));
        events.publishEvent(PersonalDataErased.of(Voter.class, onlineVoters));
        int supports = jdbc.sql("""
                update budget_support set user_id = null
                where user_id is not null and project_id in (select id from budget_project where edition_id = ?)
                """).param(editionId).update();
        int scans = jdbc.sql("""
                delete from budget_paper_list where project_id in (select id from budget_project where edition_id = ?)
                """).param(editionId).update();
        int voters = jdbc
            .sql("update budget_voter set pesel_hash = null, user_id = null "
                    + "where edition_id = ? and (pesel_hash is not null or user_id is not null)")
            .param(editionId)
            .update();
        int entries = jdbc.sql("""
                delete from budget_paper_entry where card_id in (select id from budget_paper_card where edition_id = ?)
                """).param(editionId).update();
        jdbc.sql("delete from budget_voting_secret where edition_id = ?").param(editionId).update();
        editions.findById(editionId).orElseThrow().markPersonalDataPurged(today);
        log.info(
                "Budget edition {}: personal data deleted ({} online supports, {} paper list scans, "
                        + "{} voter hashes, {} undecided card entries, the secret)",
                editionId, supports, scans, voters, entries);
    }

}
