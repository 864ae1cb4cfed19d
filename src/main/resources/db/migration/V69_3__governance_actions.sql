-- The agreement's actions under its goals, with the parties responsible and a status per year, from which the yearly
-- summary of the agreement counts the actions done.

create table governance_action (
    id            bigint generated always as identity primary key,
    agreement_id  bigint        not null references governance_agreement (id),
    goal          int           not null check (goal >= 0),
    title         varchar(500)  not null,
    created_by    bigint        not null references user_account (id),
    created_at    timestamptz   not null,
    version       bigint        not null default 0
);
create index governance_action_agreement_idx on governance_action (agreement_id, goal);

create table governance_action_party (
    action_id  bigint not null references governance_action (id),
    party_id   bigint not null references governance_party (id),
    primary key (action_id, party_id)
);

create table governance_action_year (
    action_id  bigint       not null references governance_action (id),
    year       int          not null check (year between 2000 and 2100),
    status     varchar(12)  not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    note       varchar(1000),
    primary key (action_id, year)
);
