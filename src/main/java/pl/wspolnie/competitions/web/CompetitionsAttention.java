package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.competitions.domain.CompetitionSettings;
import pl.wspolnie.shared.attention.AttentionItem;
import pl.wspolnie.shared.attention.AttentionQueries;
import pl.wspolnie.shared.attention.AttentionSource;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Role;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.LocalDate;

/**
 * What competitions ask of a person: an official's submitted offers to review formally,
 * open offer deadlines and reports to decide (in the JSTs where the person is an
 * official); a commission member's competitions with offers to score or a declaration to
 * make; an organisation's drafts before the deadline, calls for corrections, cost tables
 * to update, reports to write, final reports and the contract's partial reports due; a
 * small grant awarded without a contract yet (the official records it, the organisation
 * signs it); for both sides of a contract, the unread messages of the other side in its
 * thread. One statement for the officials, one for everybody else.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CompetitionsAttention implements AttentionSource {

    private static final String OFFICIAL = """
            select 'OFFICIAL' as role, 'attention.competitions.formalReview' as kind, o.title as title,
                   '/offers/' || o.id || '/review' as link, cast(null as timestamptz) as deadline,
                   coalesce(o.submitted_at, o.updated_at) as at
            from offer o join competition c on c.id = o.competition_id
            where c.jst_id in (:jsts) and o.status = 'SUBMITTED'
              and o.formal_result in ('PENDING', 'CORRECTIONS_REQUESTED')
            union all
            select 'OFFICIAL', 'attention.competitions.offerDeadline', c.title, '/competitions/' || c.id,
                   c.offer_deadline, coalesce(c.published_at, c.created_at)
            from competition c
            where c.jst_id in (:jsts) and c.status = 'PUBLISHED' and c.offer_deadline > :now
            union all
            select 'OFFICIAL', 'attention.competitions.reportToDecide', o.title, '/reports/' || r.id,
                   cast(null as timestamptz), coalesce(r.submitted_at, r.created_at)
            from competition_report r join offer o on o.id = r.offer_id
            where r.jst_id in (:jsts) and r.status = 'SUBMITTED'
            union all
            select 'OFFICIAL', case when g.status = 'SUBMITTED' then 'attention.smallgrants.toJudge'
                                    else 'attention.smallgrants.toDecide' end,
                   o.title, '/small-grants/offers/' || o.id, cast(null as timestamptz),
                   coalesce(g.judged_at, o.submitted_at)
            from small_grant g join offer o on o.id = g.offer_id
            where g.jst_id in (:jsts) and (g.status = 'SUBMITTED' or g.status = 'PUBLISHED' and (
                  g.remarks_until < :today or exists (select 1 from small_grant_remark r
                                                      where r.offer_id = g.offer_id and r.answer is null)))
            union all
            select 'OFFICIAL', 'attention.smallgrants.toContract', o.title, '/offers/' || o.id || '/contract',
                   cast(null as timestamptz), coalesce(g.decided_at, o.updated_at)
            from small_grant g join offer o on o.id = g.offer_id
            where g.jst_id in (:jsts) and g.status = 'AWARDED'
              and not exists (select 1 from competition_contract k where k.offer_id = g.offer_id)
            union all
            select 'OFFICIAL', 'attention.competitions.unreadMessages', o.title,
                   '/offers/' || o.id || '/contract/messages', cast(null as timestamptz), max(m.created_at)
            from contract_message m join offer o on o.id = m.offer_id
            where m.jst_id in (:jsts) and m.author_side = 'CONTRACTOR'
              and not exists (select 1 from contract_message_read r where r.message_id = m.id and r.user_id = :user)
            group by o.id, o.title
            """;

    /** Dates end at midnight in Warsaw: a date D is a deadline at the end of that day. */
    private static final String PERSONAL = """
            with mine as (
                select organization_id from organization_membership where user_id = :user and status = 'ACTIVE'
            ), my_offers as (
                select o.id, o.title, o.status, o.competition_id, o.updated_at, o.correction_deadline,
                       o.formal_reviewed_at
                from offer o
                where exists (select 1 from offer_organization oo
                              where oo.offer_id = o.id and oo.organization_id in (select organization_id from mine))
            )
            select 'COMMISSION_MEMBER' as role,
                   case when m.declared_at is null then 'attention.competitions.declare'
                        else 'attention.competitions.toScore' end as kind,
                   c.title as title, '/competitions/' || c.id || '/evaluation' as link,
                   case when c.choice_date is null then cast(null as timestamptz)
                        else (c.choice_date + 1)::timestamp at time zone 'Europe/Warsaw' - interval '1 minute'
                   end as deadline,
                   c.offer_deadline as at
            from commission_member m join competition c on c.id = m.competition_id
            where m.user_id = :user and c.status = 'PUBLISHED' and c.offer_deadline <= :now and c.decided_at is null
              and (m.declared_at is null or exists (
                    select 1 from offer o
                    where o.competition_id = c.id and o.status = 'SUBMITTED' and o.formal_result = 'CORRECT'
                      and not exists (select 1 from evaluation e where e.offer_id = o.id and e.member_id = m.id)
                      and not exists (select 1 from offer_organization oo
                                      join organization_membership om on om.organization_id = oo.organization_id
                                      where oo.offer_id = o.id and om.user_id = :user and om.status = 'ACTIVE')))
            union all
            select 'NGO_REPRESENTATIVE', 'attention.competitions.draft', o.title, '/offers/' || o.id,
                   c.offer_deadline, o.updated_at
            from my_offers o join competition c on c.id = o.competition_id
            where o.status = 'DRAFT' and c.status = 'PUBLISHED' and c.offer_deadline > :now
            union all
            select 'NGO_REPRESENTATIVE', 'attention.competitions.correction', o.title, '/offers/' || o.id,
                   o.correction_deadline, coalesce(o.formal_reviewed_at, o.updated_at)
            from my_offers o
            where o.status = 'CORRECTION' and (o.correction_deadline is null or o.correction_deadline > :now)
            union all
            select 'NGO_REPRESENTATIVE', 'attention.competitions.budgetUpdate', o.title, '/offers/' || o.id,
                   cast(null as timestamptz), o.updated_at
            from my_offers o
            where o.status = 'BUDGET_UPDATE'
            union all
            select 'NGO_REPRESENTATIVE', 'attention.competitions.reportToWrite', o.title, '/reports/' || r.id,
                   case when r.kind = 'FINAL'
                        then (k.ends_on + :days + 1)::timestamp at time zone 'Europe/Warsaw' - interval '1 minute'
                        when r.due_on is not null
                        then (r.due_on + 1)::timestamp at time zone 'Europe/Warsaw' - interval '1 minute'
                   end,
                   r.created_at
            from competition_report r join my_offers o on o.id = r.offer_id
            join competition_contract k on k.offer_id = r.offer_id
            where r.status in ('DRAFT', 'CORRECTIONS')
            union all
            select 'NGO_REPRESENTATIVE', 'attention.competitions.finalReportDue', o.title,
                   '/offers/' || o.id || '/contract',
                   (k.ends_on + :days + 1)::timestamp at time zone 'Europe/Warsaw' - interval '1 minute',
                   k.recorded_at
            from competition_contract k join my_offers o on o.id = k.offer_id
            where k.ends_on <= :soon
              and not exists (select 1 from competition_report r where r.offer_id = k.offer_id and r.kind = 'FINAL')
            union all
            select 'NGO_REPRESENTATIVE', 'attention.competitions.partialReportDue', o.title,
                   '/offers/' || o.id || '/contract',
                   (p.due_on + 1)::timestamp at time zone 'Europe/Warsaw' - interval '1 minute', k.recorded_at
            from competition_contract_partial_period p join my_offers o on o.id = p.offer_id
            join competition_contract k on k.offer_id = p.offer_id
            where p.period_to <= :soon
              and not exists (select 1 from competition_report r where r.offer_id = p.offer_id
                              and r.kind = 'PARTIAL' and r.period_from = p.period_from)
            union all
            select 'NGO_REPRESENTATIVE', 'attention.smallgrants.contract', o.title, '/offers/' || o.id || '/contract',
                   cast(null as timestamptz), coalesce(g.decided_at, o.updated_at)
            from small_grant g join my_offers o on o.id = g.offer_id
            where g.status = 'AWARDED'
              and not exists (select 1 from competition_contract k where k.offer_id = g.offer_id)
            union all
            select 'NGO_REPRESENTATIVE', 'attention.competitions.unreadMessages', o.title,
                   '/offers/' || o.id || '/contract/messages', cast(null as timestamptz), max(m.created_at)
            from contract_message m join my_offers o on o.id = m.offer_id
            where m.author_side = 'OFFICIAL'
              and not exists (select 1 from contract_message_read r where r.message_id = m.id and r.user_id = :user)
            group by o.id, o.title
            """;

    private final AttentionQueries queries;

    private final CompetitionSettings settings;

    private final Clock clock;

    @Override
    @Transactional(readOnly = true)
    public List<AttentionItem> itemsFor(AuthenticatedUser user) {
        List<AttentionItem> items = new ArrayList<>(queries.inJstsWith(Set.of(Role.OFFICIAL), OFFICIAL, jsts -> Map
            .of("jsts", jsts, "now", clock.instant(), "today", LocalDate.now(clock), "user", user.userId())));
        items.addAll(queries.query(PERSONAL, Map.of("user", user.userId(), "now", clock.instant(), "days",
                settings.finalReportDays(), "soon", LocalDate.now(clock).plusDays(30))));
        return items;
    }

}
