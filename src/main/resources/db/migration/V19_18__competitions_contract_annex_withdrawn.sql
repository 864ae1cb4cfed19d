-- The side that proposed an annex may withdraw it before the other side answered (issue 19):
-- a fourth state, final like an accepted or refused annex (contract_annex_immutable refuses
-- any change of a row that is no longer PROPOSED). decided_by/decided_at say who withdrew it.

alter table contract_annex drop constraint contract_annex_status_check;
alter table contract_annex add constraint contract_annex_status_check
    check (status in ('PROPOSED', 'ACCEPTED', 'REFUSED', 'WITHDRAWN'));
