-- Consultations of drafts (module "consultations"): the consultation, its draft in versions (chapters and
-- paragraphs as rows), remarks anchored to a paragraph or to the whole draft, answers shared by several
-- remarks, and open meetings.

create table consultation (
    id                  bigint generated always as identity primary key,
    jst_id              bigint        not null references jst (id),
    subject             varchar(300)  not null,
    legal_basis         varchar(2000) not null,
    participation       varchar(20)   not null check (participation in ('NGOS', 'RESIDENTS', 'EVERYONE')),
    forms               varchar(200)  not null,
    sphere_codes        varchar(2000) not null default '',
    announced_in        varchar(1000),
    starts_on           date          not null,
    ends_on             date          not null,
    responsible_person  varchar(300)  not null,
    remarks_public      boolean       not null,
    current_version     int           not null default 1,
    conclusions         text,
    closed_at           timestamptz,
    created_at          timestamptz   not null,
    created_by          bigint        not null,
    version             bigint        not null default 0,
    check (ends_on >= starts_on)
);
create index consultation_jst_idx on consultation (jst_id, starts_on desc);
create index consultation_dates_idx on consultation (starts_on desc, id desc);
create index consultation_end_idx on consultation (ends_on);

create table consultation_item (
    id              bigint generated always as identity primary key,
    consultation_id bigint        not null references consultation (id) on delete cascade,
    draft_version   int           not null,
    position        int           not null,
    kind            varchar(10)   not null check (kind in ('CHAPTER', 'PARAGRAPH')),
    label           varchar(100),
    body            text          not null,
    unique (consultation_id, draft_version, position)
);

create table consultation_answer (
    id              bigint generated always as identity primary key,
    consultation_id bigint        not null references consultation (id) on delete cascade,
    decision        varchar(20)   not null check (decision in ('ACCEPTED', 'PARTLY', 'REJECTED', 'OUT_OF_SCOPE')),
    justification   text          not null,
    answered_at     timestamptz   not null,
    answered_by     bigint        not null
);
create index consultation_answer_consultation_idx on consultation_answer (consultation_id);

create table consultation_remark (
    id                bigint generated always as identity primary key,
    consultation_id   bigint        not null references consultation (id) on delete cascade,
    item_id           bigint        references consultation_item (id),
    author_user_id    bigint,
    author_name       varchar(300)  not null,
    organization_id   bigint,
    organization_name varchar(500),
    source            varchar(10)   not null check (source in ('ONLINE', 'PAPER', 'EMAIL')),
    source_note       varchar(500),
    proposal          text          not null,
    justification     text,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    answer_id         bigint        references consultation_answer (id),
    version           bigint        not null default 0
);
create index consultation_remark_consultation_idx on consultation_remark (consultation_id, id);
create index consultation_remark_item_idx on consultation_remark (item_id);
create index consultation_remark_answer_idx on consultation_remark (answer_id);
create index consultation_remark_author_idx on consultation_remark (author_user_id);

create table consultation_meeting (
    id              bigint generated always as identity primary key,
    consultation_id bigint        not null references consultation (id) on delete cascade,
    starts_at       timestamptz   not null,
    place           varchar(500),
    online_link     varchar(500),
    minutes         text,
    version         bigint        not null default 0
);
create index consultation_meeting_consultation_idx on consultation_meeting (consultation_id, starts_at);
