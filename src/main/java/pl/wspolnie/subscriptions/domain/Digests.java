package pl.wspolnie.subscriptions.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.subscriptions.Frequency;
import pl.wspolnie.subscriptions.PublishedItem;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily and weekly digests: for every person who wants some content type daily (weekly), one mail with the
 * matching items received since their last digest. Scheduled (settings wspolnie.subscriptions.daily-cron and
 * weekly-cron); tests call {@link #send(Frequency)} with the test clock.
 */
@Service
public class Digests {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final SubscriptionMails mails;
    private final Clock clock;

    Digests(JdbcClient jdbc, Accounts accounts, SubscriptionMails mails, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mails = mails;
        this.clock = clock;
    }

    @Scheduled(cron = "${wspolnie.subscriptions.daily-cron:0 0 7 * * *}", zone = "Europe/Warsaw")
    public void daily() {
        send(Frequency.DAILY);
    }

    @Scheduled(cron = "${wspolnie.subscriptions.weekly-cron:0 0 7 * * MON}", zone = "Europe/Warsaw")
    public void weekly() {
        send(Frequency.WEEKLY);
    }

    /** Sends the digests of this frequency; returns the number of mails sent. */
    @Transactional
    public int send(Frequency frequency) {
        if (frequency != Frequency.DAILY && frequency != Frequency.WEEKLY) {
            throw new IllegalArgumentException("no digest for " + frequency);
        }
        String last = frequency == Frequency.DAILY ? "last_daily_at" : "last_weekly_at";
        Instant now = clock.instant();
        record Row(long userId, PublishedItem item) {
        }
        List<Row> rows = jdbc.sql("select " + PublishedItemsRows.COLUMNS + ", s.user_id" + """
                 from subscription_settings s
                join subscription_frequency f on f.user_id = s.user_id and f.frequency = :frequency
                join published_content c on c.content_type = f.content_type
                     and c.received_at > coalesce(s.""" + last + """
                , s.updated_at) and c.received_at <= :now
                where """ + Matching.CONDITION + " order by s.user_id, c.published_at, c.id")
                .param("frequency", frequency.name()).param("now", Timestamp.from(now))
                .query((rs, i) -> new Row(rs.getLong(10), PublishedItemsRows.item(rs, i)))
                .list();
        Map<Long, List<PublishedItem>> byUser = new LinkedHashMap<>();
        rows.forEach(r -> byUser.computeIfAbsent(r.userId(), k -> new java.util.ArrayList<>()).add(r.item()));
        Map<Long, AccountSummary> people = accounts.findAll(byUser.keySet());
        int sent = 0;
        for (Map.Entry<Long, List<PublishedItem>> e : byUser.entrySet()) {
            AccountSummary person = people.get(e.getKey());
            if (person != null && person.emailConfirmed()) {
                mails.digest(person, frequency.name().toLowerCase(), e.getValue());
                sent++;
            }
        }
        jdbc.sql("update subscription_settings set " + last + " = :now where user_id in "
                        + "(select user_id from subscription_frequency where frequency = :frequency)")
                .param("now", Timestamp.from(now)).param("frequency", frequency.name()).update();
        return sent;
    }
}
