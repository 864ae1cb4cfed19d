package pl.wspolnie.accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.mail.MailQueue;
import pl.wspolnie.shared.mail.OutgoingMail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one way to tell a person by mail that something waits for them or was decided for
 * them. Respects the person's settings (a kind turned off is not sent) and queues one
 * mail per person ({@link MailQueue}: sent after the commit, retried alone). Call it in a
 * transaction, normally from an {@code @ApplicationModuleListener} of the event that
 * records the action.
 */
@Service
public class Notifications {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final Accounts accounts;

    private final MailQueue queue;

    private final MessageSource messages;

    private final JdbcClient jdbc;

    private final NotificationOptOutRepository optOuts;

    private final List<NotificationKinds> declared;

    private final String baseUrl;

    Notifications(Accounts accounts, MailQueue queue, MessageSource messages, JdbcClient jdbc,
            NotificationOptOutRepository optOuts, List<NotificationKinds> declared,
            @Value("${wspolnie.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.queue = queue;
        this.messages = messages;
        this.jdbc = jdbc;
        this.optOuts = optOuts;
        this.declared = declared;
        this.baseUrl = baseUrl;
    }

    /** An absolute link to a page of the platform, for a mail body. */
    public String link(String path) {
        return baseUrl + path;
    }

    /** Tells one person, unless they turned this kind off or have no account. */
    @Transactional
    public void tell(long userId, Notification notice) {
        tellAll(List.of(userId), notice);
    }

    /**
     * Tells each of the people (once each), except those who turned this kind off (a
     * mandatory kind reaches everyone).
     */
    @Transactional
    public void tellAll(Collection<Long> userIds, Notification notice) {
        Set<Long> people = new LinkedHashSet<>(userIds);
        if (!mandatory(notice.kind())) {
            people.removeAll(turnedOffBy(people, notice.kind()));
        }
        if (people.isEmpty()) {
            return;
        }
        String subject = messages.getMessage(notice.key() + ".subject", notice.subjectArgs().toArray(), POLISH);
        for (AccountSummary person : accounts.findAll(people).values()) {
            List<Object> args = new ArrayList<>();
            args.add(person.displayName());
            args.addAll(notice.bodyArgs());
            String body = messages.getMessage(notice.key() + ".body", args.toArray(), POLISH);
            queue.queue(new OutgoingMail(person.email(), subject, body, notice.attachments()));
        }
    }

    /** Whether the person gets mails of this kind. */
    @Transactional(readOnly = true)
    public boolean wants(long userId, String kind) {
        return mandatory(kind) || turnedOffBy(List.of(userId), kind).isEmpty();
    }

    /** Whether the kind is declared mandatory: nobody can turn it off. */
    public boolean mandatory(String kind) {
        return declared.stream().anyMatch(d -> d.mandatoryKinds().contains(kind));
    }

    /**
     * Every kind a person may turn off, declared by the modules, in their order (the
     * mandatory ones are not listed).
     */
    public List<String> kinds() {
        return declared.stream().flatMap(d -> d.kinds().stream()).distinct().toList();
    }

    /** The kinds this person turned off. */
    @Transactional(readOnly = true)
    public Set<String> turnedOff(long userId) {
        return new HashSet<>(jdbc.sql("select kind from notification_opt_out where user_id = ?")
            .param(userId)
            .query(String.class)
            .list());
    }

    /**
     * Replaces the kinds this person turned off (unknown kinds are ignored). Written row
     * by row through JPA, so the audit log records each kind turned off or on again.
     */
    @Transactional
    public void setTurnedOff(long userId, Collection<String> kinds) {
        Set<String> off = new LinkedHashSet<>(kinds);
        off.retainAll(new HashSet<>(kinds()));
        Set<String> already = new HashSet<>();
        for (NotificationOptOut row : optOuts.findByUserId(userId)) {
            if (off.contains(row.getKind())) {
                already.add(row.getKind());
            }
            else {
                optOuts.delete(row);
            }
        }
        for (String kind : off) {
            if (!already.contains(kind)) {
                optOuts.save(new NotificationOptOut(userId, kind));
            }
        }
    }

    private List<Long> turnedOffBy(Collection<Long> userIds, String kind) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select user_id from notification_opt_out where kind = :kind and user_id in (:ids)")
            .param("kind", kind)
            .param("ids", userIds)
            .query(Long.class)
            .list();
    }

}
