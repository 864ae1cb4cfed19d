-- Public benefit council (module "council"): NGO requests to create it, its terms and members, requests for
-- opinion on drafts (14 days, then "no opinion within the deadline") and its meetings.

create table council_request (
    id              bigint generated always as identity primary key,
    jst_id          bigint       not null references jst (id),
    organization_id bigint       not null,
    requested_by    bigint       not null,
    requested_at    timestamptz  not null,
    unique (jst_id, organization_id)
);
create index council_request_jst_idx on council_request (jst_id, requested_at);

create table council_term (
    id          bigint generated always as identity primary key,
    jst_id      bigint       not null references jst (id),
    starts_on   date         not null,
    ends_on     date         not null,
    created_at  timestamptz  not null,
    version     bigint       not null default 0,
    check (ends_on > starts_on)
);
create index council_term_jst_idx on council_term (jst_id, starts_on desc);

create table council_member (
    id        bigint generated always as identity primary key,
    term_id   bigint        not null references council_term (id) on delete cascade,
    position  int           not null,
    name      varchar(300)  not null,
    side      varchar(10)   not null check (side in ('NGO', 'JST'))
);
create index council_member_term_idx on council_member (term_id, position);

create table council_opinion_request (
    id              bigint generated always as identity primary key,
    jst_id          bigint        not null references jst (id),
    subject         varchar(300)  not null,
    consultation_id bigint        references consultation (id),
    requested_at    timestamptz   not null,
    deadline        date          not null,
    status          varchar(10)   not null check (status in ('REQUESTED', 'GIVEN', 'LAPSED')),
    opinion         text,
    decided_at      timestamptz,
    version         bigint        not null default 0
);
create index council_opinion_request_jst_idx on council_opinion_request (jst_id, requested_at desc);
create index council_opinion_request_consultation_idx on council_opinion_request (consultation_id);
create index council_opinion_request_due_idx on council_opinion_request (status, deadline);

create table council_meeting (
    id         bigint generated always as identity primary key,
    jst_id     bigint        not null references jst (id),
    starts_at  timestamptz   not null,
    place      varchar(500)  not null,
    agenda     text          not null,
    minutes    text,
    version    bigint        not null default 0
);
create index council_meeting_jst_idx on council_meeting (jst_id, starts_at desc);
