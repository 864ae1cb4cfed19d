-- Notice board: typed offers with an expiry date — external funding, volunteering (volunteers respond through the
-- platform), NGO job offers.
create table notice (
    id                  bigint generated always as identity primary key,
    kind                varchar(20)    not null check (kind in ('FUNDING', 'VOLUNTEERING', 'JOB')),
    jst_id              bigint         not null references jst (id),
    organization_id     bigint         references organization (id),
    author_id           bigint         not null references user_account (id),
    title               varchar(200)   not null,
    description         varchar(5000)  not null,
    expires_on          date           not null,
    link                varchar(500),
    funder              varchar(200),
    deadline            date,
    amount_min          numeric(14, 2) check (amount_min >= 0),
    amount_max          numeric(14, 2) check (amount_max >= 0),
    cofinancing_percent numeric(5, 2)  check (cofinancing_percent between 0 and 100),
    place               varchar(200),
    when_text           varchar(200),
    volunteers_needed   int            check (volunteers_needed > 0),
    created_at          timestamptz    not null,
    version             bigint         not null default 0,
    check (amount_min is null or amount_max is null or amount_min <= amount_max)
);
create index notice_public_idx on notice (expires_on, kind);
create index notice_jst_idx on notice (jst_id);
create index notice_organization_idx on notice (organization_id);
create index notice_author_idx on notice (author_id);

create table notice_response (
    id          bigint generated always as identity primary key,
    notice_id   bigint         not null references notice (id) on delete cascade,
    user_id     bigint         not null references user_account (id) on delete cascade,
    message     varchar(2000)  not null,
    created_at  timestamptz    not null,
    unique (notice_id, user_id)
);
create index notice_response_user_idx on notice_response (user_id);
