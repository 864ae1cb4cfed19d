-- The register of resolutions of an agreement: numbered per agreement and year, adopted at a meeting of the Forum or
-- the Council by a named vote of the members present (with the quorum), in force, amended or repealed by a later one.

create table governance_resolution (
    id               bigint generated always as identity primary key,
    agreement_id     bigint        not null references governance_agreement (id),
    meeting_id       bigint        not null references governance_meeting (id),
    year             int           not null,
    number           int           not null check (number > 0),
    title            varchar(500)  not null,
    text             text          not null,
    status           varchar(10)   not null check (status in ('IN_FORCE', 'AMENDED', 'REPEALED')),
    changes_id       bigint references governance_resolution (id),
    change           varchar(10) check (change in ('AMENDS', 'REPEALS')),
    votes_for        int           not null,
    votes_against    int           not null,
    votes_abstained  int           not null,
    adopted_on       date          not null,
    created_by       bigint        not null references user_account (id),
    created_at       timestamptz   not null,
    version          bigint        not null default 0,
    constraint governance_resolution_number unique (agreement_id, year, number),
    constraint governance_resolution_change check ((changes_id is null) = (change is null))
);
create index governance_resolution_meeting_idx on governance_resolution (meeting_id);

create table governance_resolution_vote (
    resolution_id  bigint      not null references governance_resolution (id),
    user_id        bigint      not null references user_account (id),
    vote           varchar(10) not null check (vote in ('FOR', 'AGAINST', 'ABSTAINED')),
    primary key (resolution_id, user_id)
);
