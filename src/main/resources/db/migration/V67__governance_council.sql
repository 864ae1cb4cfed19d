-- The Council of an agreement (Rada Porozumienia): seat groups with their numbers as settings of the agreement (seed
-- 000: 2 from the city office, 3 NGOs, 2 units), terms with start and end, and the seats held with their dates.

alter table governance_agreement
    add column seats_city_office int not null default 2 check (seats_city_office between 0 and 50),
    add column seats_ngo         int not null default 3 check (seats_ngo between 0 and 50),
    add column seats_unit        int not null default 2 check (seats_unit between 0 and 50);

create table governance_council_term (
    id            bigint generated always as identity primary key,
    agreement_id  bigint        not null references governance_agreement (id),
    starts_on     date          not null,
    ends_on       date          not null,
    created_at    timestamptz   not null,
    version       bigint        not null default 0,
    check (ends_on > starts_on),
    constraint governance_council_term_no_overlap exclude using gist
        (agreement_id with =, daterange(starts_on, ends_on, '[]') with &&)
);

create table governance_council_seat (
    id           bigint generated always as identity primary key,
    term_id      bigint        not null references governance_council_term (id),
    seat_group   varchar(15)   not null check (seat_group in ('CITY_OFFICE', 'NGO', 'UNIT')),
    user_id      bigint        not null references user_account (id),
    party_id     bigint        not null references governance_party (id),
    from_on      date          not null,
    to_on        date,
    election_id  bigint,
    version      bigint        not null default 0,
    check (to_on is null or to_on >= from_on)
);
create index governance_council_seat_term_idx on governance_council_seat (term_id, seat_group);
create index governance_council_seat_party_idx on governance_council_seat (party_id);
