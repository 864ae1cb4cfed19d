-- Results (rozstrzygnięcie): the executive's amounts per offer; annulment of a competition without valid offers.

create table competition_award (
    offer_id       bigint         primary key references offer (id),
    competition_id bigint         not null references competition (id),
    proposed       numeric(14, 2) not null,
    amount         numeric(14, 2) not null check (amount >= 0),
    justification  text,
    decided_at     timestamptz    not null
);
create index competition_award_competition_idx on competition_award (competition_id);

alter table competition add column annulment_reason text;
