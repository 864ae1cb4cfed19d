package pl.wspolnie.budget.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.shared.attention.AttentionItem;
import pl.wspolnie.shared.attention.AttentionQueries;
import pl.wspolnie.shared.attention.AttentionSource;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the participatory budget asks of a gmina's coordinators (OFFICIAL, JST_ADMIN):
 * projects waiting for their formal or merit review while the review phase lasts, appeals
 * and conflicts between projects waiting for a decision until voting opens. One
 * statement.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BudgetAttention implements AttentionSource {

    private static final String SQL = """
            select 'OFFICIAL' as role,
                   case when s.standing = 'FORMAL_PENDING' then 'attention.budget.formalReview'
                        else 'attention.budget.meritReview' end as kind,
                   v.title as title, '/budget/projects/' || p.id || '/review' as link,
                   case when e.review_to >= :today
                        then (e.review_to + 1)::timestamp at time zone 'Europe/Warsaw' - interval '1 minute'
                        else e.voting_from::timestamp at time zone 'Europe/Warsaw' - interval '1 minute'
                   end as deadline,
                   v.submitted_at as at
            from budget_edition e
            join budget_project_standing s on s.edition_id = e.id
            join budget_project p on p.id = s.project_id
            join budget_project_version v on v.project_id = p.id and v.number = p.submitted_versions
            where e.jst_id in (:jsts) and s.standing in ('FORMAL_PENDING', 'MERIT_PENDING')
              and e.review_from <= :today
              and (e.review_to >= :today
                   or (s.standing = 'MERIT_PENDING' and e.voting_from > :today
                       and exists (select 1 from budget_review f join budget_appeal a on a.review_id = f.id
                                   where f.project_id = p.id and f.stage = 'FORMAL' and a.upheld)))
            union all
            select 'OFFICIAL', 'attention.budget.appeal', v.title, '/budget/appeals/' || a.id,
                   e.voting_from::timestamp at time zone 'Europe/Warsaw' - interval '1 minute', a.filed_at
            from budget_appeal a
            join budget_edition e on e.id = a.edition_id
            join budget_project p on p.id = a.project_id
            join budget_project_version v on v.project_id = p.id and v.number = p.submitted_versions
            where a.jst_id in (:jsts) and a.upheld is null and e.voting_from > :today
            union all
            select 'OFFICIAL', 'attention.budget.conflict', e.title, '/budget/conflicts/' || c.id,
                   e.voting_from::timestamp at time zone 'Europe/Warsaw' - interval '1 minute', c.flagged_at
            from budget_conflict c
            join budget_edition e on e.id = c.edition_id
            where c.jst_id in (:jsts) and c.decided_at is null and e.voting_from > :today
            """;

    private final AttentionQueries queries;

    private final Clock clock;

    @Override
    public List<AttentionItem> itemsFor(AuthenticatedUser user) {
        return queries.inJstsWith(Set.of(Role.OFFICIAL, Role.JST_ADMIN), SQL,
                jsts -> Map.of("jsts", jsts, "today", LocalDate.now(clock)));
    }

}
