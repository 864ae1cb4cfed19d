package pl.wspolnie.consultations.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.shared.attention.AttentionItem;
import pl.wspolnie.shared.attention.AttentionQueries;
import pl.wspolnie.shared.attention.AttentionSource;
import pl.wspolnie.shared.security.AuthenticatedUser;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a person follows in consultations: those where they made a remark and that are
 * still open (until their last day), and those where a remark of theirs was answered in
 * the last 30 days. Public pages only. One statement.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ConsultationsAttention implements AttentionSource {

    static final Duration ANSWERS_SHOWN = Duration.ofDays(30);

    private static final String SQL = """
            select 'RESIDENT' as role, 'attention.consultations.open' as kind, c.subject as title,
                   '/consultations/' || c.id as link,
                   (c.ends_on + 1)::timestamp at time zone 'Europe/Warsaw' - interval '1 minute' as deadline,
                   max(r.created_at) as at
            from consultation_remark r join consultation c on c.id = r.consultation_id
            where r.author_user_id = :user and c.closed_at is null and c.ends_on >= :today
            group by c.id, c.subject, c.ends_on
            union all
            select 'RESIDENT', 'attention.consultations.answered', c.subject, '/consultations/' || c.id,
                   cast(null as timestamptz), max(a.answered_at)
            from consultation_remark r join consultation_answer a on a.id = r.answer_id
            join consultation c on c.id = r.consultation_id
            where r.author_user_id = :user and a.answered_at > :since
            group by c.id, c.subject
            """;

    private final AttentionQueries queries;

    private final Clock clock;

    @Override
    public List<AttentionItem> itemsFor(AuthenticatedUser user) {
        return queries.query(SQL, Map.of("user", user.userId(), "today", LocalDate.now(clock), "since",
                clock.instant().minus(ANSWERS_SHOWN)));
    }

}
