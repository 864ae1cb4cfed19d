-- Contract (umowa) for an awarded offer: one per offer; payment tranches summing to the grant.

create table competition_contract (
    offer_id       bigint         primary key references offer (id),
    competition_id bigint         not null references competition (id),
    jst_id         bigint         not null,
    number         varchar(100)   not null,
    signed_on      date           not null,
    bank_account   varchar(26)    not null check (bank_account ~ '^[0-9]{26}$'),
    period_from    date           not null,
    period_to      date           not null,
    grant_amount   numeric(14, 2) not null check (grant_amount > 0),
    version_number int            not null,
    recorded_by    bigint         not null,
    recorded_at    timestamptz    not null,
    constraint competition_contract_period check (period_from <= period_to),
    constraint competition_contract_number unique (jst_id, number)
);
create index competition_contract_competition_idx on competition_contract (competition_id);
create index competition_contract_jst_idx on competition_contract (jst_id, signed_on);

create table competition_contract_tranche (
    offer_id bigint         not null references competition_contract (offer_id),
    position int            not null,
    due_on   date           not null,
    amount   numeric(14, 2) not null check (amount > 0),
    primary key (offer_id, position)
);
