-- Elections by the Forum of the NGO members of the Council: nominations by Forum members accepted by the candidates,
-- one ballot per party (cast by its representative, or its substitute while the representative has not voted), the
-- quorum and tie rule of the agreement, results; the elected take the NGO seats.

alter table governance_agreement
    add column quorum_percent int         not null default 50 check (quorum_percent between 1 and 100),
    add column tie_rule       varchar(20) not null default 'EARLIER_NOMINATION'
        check (tie_rule in ('EARLIER_NOMINATION', 'NO_ELECTION'));

create table governance_election (
    id                bigint generated always as identity primary key,
    agreement_id      bigint        not null references governance_agreement (id),
    term_id           bigint        not null references governance_council_term (id),
    title             varchar(300)  not null,
    seats             int           not null check (seats between 1 and 50),
    status            varchar(12)   not null check (status in ('NOMINATION', 'VOTING', 'CLOSED')),
    quorum_percent    int           not null,
    tie_rule          varchar(20)   not null,
    created_by        bigint        not null references user_account (id),
    created_at        timestamptz   not null,
    voting_opened_at  timestamptz,
    eligible_parties  int,
    closed_at         timestamptz,
    ballots_cast      int,
    quorum_met        boolean,
    version           bigint        not null default 0
);
create index governance_election_agreement_idx on governance_election (agreement_id, created_at desc);

create table governance_nomination (
    id                   bigint generated always as identity primary key,
    election_id          bigint        not null references governance_election (id),
    candidate_id         bigint        not null references user_account (id),
    party_id             bigint        not null references governance_party (id),
    nominated_by         bigint        not null references user_account (id),
    nominated_by_party   bigint        not null references governance_party (id),
    nominated_at         timestamptz   not null,
    accepted_at          timestamptz,
    votes                int,
    elected              boolean       not null default false,
    version              bigint        not null default 0,
    unique (election_id, candidate_id)
);

-- One ballot per party and election: the second one is refused by this key even when two requests race.
create table governance_ballot (
    id           bigint generated always as identity primary key,
    election_id  bigint        not null references governance_election (id),
    party_id     bigint        not null references governance_party (id),
    cast_by      bigint        not null references user_account (id),
    cast_at      timestamptz   not null,
    unique (election_id, party_id)
);

create table governance_ballot_choice (
    ballot_id      bigint not null references governance_ballot (id),
    nomination_id  bigint not null references governance_nomination (id),
    primary key (ballot_id, nomination_id)
);

alter table governance_council_seat
    add constraint governance_council_seat_election_fk foreign key (election_id) references governance_election (id);
