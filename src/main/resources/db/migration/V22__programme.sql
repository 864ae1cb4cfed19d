-- Cooperation programme (module "programme"): the annual or multi-year programme with the eleven parts of
-- art. 5a, priority tasks with planned funds, evaluation indicators, the yearly implementation report and the
-- planned directions of activity published for mutual informing.

create table programme (
    id                bigint generated always as identity primary key,
    jst_id            bigint        not null references jst (id),
    year_from         int           not null,
    year_to           int           not null,
    title             varchar(300)  not null,
    goals             text          not null,
    principles        text          not null,
    scope             text          not null,
    forms             text          not null,
    period            text          not null,
    implementation    text          not null,
    funds             text          not null,
    evaluation        text          not null,
    creation          text          not null,
    commissions       text          not null,
    status            varchar(10)   not null check (status in ('DRAFT', 'ADOPTED')),
    resolution_number varchar(100),
    resolution_date   date,
    consultation_id   bigint        references consultation (id),
    created_at        timestamptz   not null,
    version           bigint        not null default 0,
    check (year_to >= year_from and year_to - year_from < 5)
);
create index programme_jst_idx on programme (jst_id, year_from desc);
create index programme_consultation_idx on programme (consultation_id);

create table programme_task (
    id            bigint generated always as identity primary key,
    programme_id  bigint         not null references programme (id) on delete cascade,
    sphere_code   varchar(60)    not null references sphere (code),
    description   varchar(2000)  not null,
    planned_funds numeric(14, 2) not null check (planned_funds >= 0)
);
create index programme_task_programme_idx on programme_task (programme_id, id);

create table programme_indicator (
    id            bigint generated always as identity primary key,
    programme_id  bigint         not null references programme (id) on delete cascade,
    name          varchar(500)   not null,
    target        varchar(200)   not null
);
create index programme_indicator_programme_idx on programme_indicator (programme_id, id);

create table programme_report (
    id           bigint generated always as identity primary key,
    jst_id       bigint        not null references jst (id),
    year         int           not null,
    narrative    text          not null,
    published_at timestamptz,
    version      bigint        not null default 0,
    unique (jst_id, year)
);

create table planned_direction (
    id              bigint generated always as identity primary key,
    jst_id          bigint         not null references jst (id),
    organization_id bigint,
    author_name     varchar(500)   not null,
    year            int            not null,
    sphere_code     varchar(60)    not null references sphere (code),
    description     varchar(5000)  not null,
    created_at      timestamptz    not null
);
create index planned_direction_year_idx on planned_direction (year, sphere_code);
