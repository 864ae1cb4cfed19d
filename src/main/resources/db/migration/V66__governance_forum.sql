-- The Forum of an agreement: each party names one representative and may name a substitute, each by a dated mandate.
-- Two mandates of the same role of one party never overlap (the exclusion constraint is the unique key over time).

create table governance_mandate (
    id          bigint generated always as identity primary key,
    party_id    bigint        not null references governance_party (id),
    role        varchar(15)   not null check (role in ('REPRESENTATIVE', 'SUBSTITUTE')),
    user_id     bigint        not null references user_account (id),
    valid_from  date          not null,
    valid_to    date,
    named_by    bigint        not null references user_account (id),
    named_at    timestamptz   not null,
    version     bigint        not null default 0,
    check (valid_to is null or valid_to >= valid_from),
    constraint governance_mandate_one_per_period exclude using gist
        (party_id with =, role with =, daterange(valid_from, valid_to, '[]') with &&)
);
create index governance_mandate_party_idx on governance_mandate (party_id, valid_from);
create index governance_mandate_user_idx on governance_mandate (user_id);
