package pl.wspolnie.subscriptions.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.shared.scheduling.JobLocks;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.subscriptions.Frequency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily and weekly digests: for every person who wants some content type daily
 * (weekly), one mail with the matching items received since their last digest. Scheduled
 * (settings wspolnie.subscriptions.daily-cron and weekly-cron) on one instance at a time;
 * tests call {@link #send(Frequency)} with the test clock.
 * <p>
 * Once per person and period (the Warsaw date; for weekly ones the Monday of the week):
 * each digest is recorded in digest_delivery (unique person, frequency, period) in its
 * own transaction, which also moves the person's "last digest" time and publishes
 * {@link DigestPrepared}; {@link DigestMailer} mails it after the commit. A second run of
 * the same period (a retry, another instance) finds the record and sends nothing; a mail
 * that failed is resubmitted by the event publication registry, never prepared again.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Digests {

    private final JdbcClient jdbc;

    private final Accounts accounts;

    private final ApplicationEventPublisher events;

    private final TransactionTemplate transactions;

    private final Clock clock;

    @Scheduled(cron = "${wspolnie.subscriptions.daily-cron:0 0 7 * * *}", zone = "Europe/Warsaw")
    @SchedulerLock(name = "subscriptions.daily-digest", lockAtLeastFor = JobLocks.CRON_AT_LEAST)
    public void daily() {
        send(Frequency.DAILY);
    }

    @Scheduled(cron = "${wspolnie.subscriptions.weekly-cron:0 0 7 * * MON}", zone = "Europe/Warsaw")
    @SchedulerLock(name = "subscriptions.weekly-digest", lockAtLeastFor = JobLocks.CRON_AT_LEAST)
    public void weekly() {
        send(Frequency.WEEKLY);
    }

    /**
     * The period a digest sent at this moment belongs to: its Warsaw date, or the Monday
     * of its week.
     */
    static LocalDate period(Frequency frequency, Instant at) {
        LocalDate day = at.atZone(ClockConfig.WARSAW).toLocalDate();
        return frequency == Frequency.WEEKLY ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
    }

    /**
     * Prepares the digests of this frequency not yet sent in the current period; returns
     * how many.
     */
    public int send(Frequency frequency) {
        if (frequency != Frequency.DAILY && frequency != Frequency.WEEKLY) {
            throw new IllegalArgumentException("no digest for " + frequency);
        }
        String last = frequency == Frequency.DAILY ? "last_daily_at" : "last_weekly_at";
        Instant now = clock.instant();
        LocalDate period = period(frequency, now);
        record Row(long userId, long itemId) {
        }
        List<Row> rows = jdbc.sql("select s.user_id, c.id" + """
                 from subscription_settings s
                join subscription_frequency f on f.user_id = s.user_id and f.frequency = :frequency
                join published_content c on c.content_type = f.content_type
                     and c.received_at > coalesce(s.""" + last + """
                , s.updated_at) and c.received_at <= :now
                where """ + Matching.CONDITION + """
                 and not exists (select 1 from digest_delivery d
                                 where d.user_id = s.user_id and d.frequency = :frequency and d.period = :period)
                order by s.user_id, c.published_at, c.id""")
            .param("frequency", frequency.name())
            .param("now", Timestamp.from(now))
            .param("period", period)
            .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2)))
            .list();
        Map<Long, List<Long>> byUser = new LinkedHashMap<>();
        rows.forEach(r -> byUser.computeIfAbsent(r.userId(), k -> new ArrayList<>()).add(r.itemId()));
        Map<Long, AccountSummary> people = accounts.findAll(byUser.keySet());
        int sent = 0;
        for (Map.Entry<Long, List<Long>> e : byUser.entrySet()) {
            AccountSummary person = people.get(e.getKey());
            if (person != null && person.emailConfirmed() && Boolean.TRUE
                .equals(transactions.execute(tx -> prepare(e.getKey(), frequency, period, e.getValue(), last, now)))) {
                sent++;
            }
        }
        // Everybody else of this frequency had nothing (or cannot get mail): their next
        // digest starts from now. Not
        // those who got this period's digest (here or in another run): what came since it
        // goes into the next one.
        jdbc.sql("update subscription_settings s set " + last + " = greatest(s." + last + ", :now) "
                + "where s.user_id in (select user_id from subscription_frequency where frequency = :frequency) "
                + "and not exists (select 1 from digest_delivery d "
                + "where d.user_id = s.user_id and d.frequency = :frequency and d.period = :period)")
            .param("now", Timestamp.from(now))
            .param("frequency", frequency.name())
            .param("period", period)
            .update();
        return sent;
    }

    /**
     * Records the person's digest of the period and publishes it; false when it was
     * recorded already.
     */
    private boolean prepare(long userId, Frequency frequency, LocalDate period, List<Long> itemIds, String last,
            Instant now) {
        int recorded = jdbc.sql("""
                insert into digest_delivery (user_id, frequency, period, items, created_at)
                values (:user, :frequency, :period, :items, :now)
                on conflict do nothing""")
            .param("user", userId)
            .param("frequency", frequency.name())
            .param("period", period)
            .param("items", itemIds.size())
            .param("now", Timestamp.from(now))
            .update();
        if (recorded == 0) {
            return false;
        }
        jdbc.sql("update subscription_settings set " + last + " = :now where user_id = :user")
            .param("now", Timestamp.from(now))
            .param("user", userId)
            .update();
        events.publishEvent(new DigestPrepared(userId, frequency, period, List.copyOf(itemIds)));
        return true;
    }

}
