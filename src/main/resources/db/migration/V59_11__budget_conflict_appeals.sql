-- An author may appeal against a conflict's decision that left their project out, like against a negative review
-- result: an appeal is against a result (review_id) or against a conflict's decision for one project (conflict_id).
-- Upheld, the project goes on as if the decision had chosen it too.

alter table budget_appeal alter column review_id drop not null;
alter table budget_appeal add column conflict_id bigint references budget_conflict (id);
alter table budget_appeal add constraint budget_appeal_target check (num_nonnulls(review_id, conflict_id) = 1);
alter table budget_appeal add constraint budget_appeal_conflict_once unique (conflict_id, project_id);

create or replace view budget_project_standing as
select p.id as project_id, p.edition_id, v.pool_id,
       case
           when f.id is null then 'FORMAL_PENDING'
           when not f.positive and fa.upheld is not true then 'FORMAL_NEGATIVE'
           when m.id is null then 'MERIT_PENDING'
           when not m.positive and ma.upheld is not true then 'MERIT_NEGATIVE'
           when exists (select 1 from budget_conflict c
                        where c.edition_id = p.edition_id and c.decided_at is null and p.id = any (c.project_ids))
               then 'CONFLICT_OPEN'
           when exists (select 1 from budget_conflict c
                        where c.edition_id = p.edition_id and c.decided_at is not null and p.id = any (c.project_ids)
                          and not p.id = any (c.going_on)
                          and not exists (select 1 from budget_appeal ca
                                          where ca.conflict_id = c.id and ca.project_id = p.id and ca.upheld))
               then 'CONFLICT_LEFT_OUT'
           else 'ON_BALLOT'
       end as standing,
       case when m.corrected_cost is not null and m.corrected_cost <= pool.amount then m.corrected_cost
            else v.cost_total end as cost
from budget_project p
join budget_project_version v on v.project_id = p.id and v.number = p.submitted_versions
join budget_pool pool on pool.id = v.pool_id
left join budget_review f on f.project_id = p.id and f.stage = 'FORMAL'
left join budget_appeal fa on fa.review_id = f.id
left join budget_review m on m.project_id = p.id and m.stage = 'MERIT'
left join budget_appeal ma on ma.review_id = m.id
where p.submitted_versions > 0;
