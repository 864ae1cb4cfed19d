-- The task's end in force (issue 19): the end of the latest accepted annex, else the end as
-- signed (period_to, which stays the signed term printed in the contract). The final
-- report's due date, its reminder, the overdue list and "what needs me" count from it.
-- Written with the contract and by the acceptance of an annex in the same transaction
-- (an accepted annex never changes: contract_annex_immutable).

alter table competition_contract add column ends_on date;
update competition_contract k
   set ends_on = coalesce((select (a.terms::jsonb ->> 'periodTo')::date
                             from contract_annex a
                            where a.offer_id = k.offer_id and a.status = 'ACCEPTED'
                            order by a.number desc
                            limit 1), k.period_to);
alter table competition_contract alter column ends_on set not null;

drop index competition_contract_overdue_idx;
create index competition_contract_overdue_idx on competition_contract (jst_id, ends_on);
