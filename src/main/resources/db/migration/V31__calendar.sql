-- The common calendar: entries from every module (through CalendarEntryPublished), one per (source, source_id),
-- and the calendar's own events (meetings, forum sessions) entered by officials and centre staff.
create table calendar_entry (
    id            bigint generated always as identity primary key,
    source        varchar(40)   not null,
    source_id     varchar(80)   not null,
    type          varchar(30)   not null,
    title         varchar(300)  not null,
    description   text,
    starts_at     timestamptz   not null,
    ends_at       timestamptz,
    place         varchar(300),
    jst_id        bigint        references jst (id),
    sphere_codes  text[]        not null default '{}',
    path          varchar(300)  not null,
    updated_at    timestamptz   not null,
    unique (source, source_id),
    check (ends_at is null or ends_at >= starts_at)
);
create index calendar_entry_start_idx on calendar_entry (starts_at);
create index calendar_entry_jst_idx on calendar_entry (jst_id, starts_at);
create index calendar_entry_spheres_idx on calendar_entry using gin (sphere_codes);

create table calendar_event (
    id            bigint generated always as identity primary key,
    jst_id        bigint        not null references jst (id),
    author_id     bigint        not null references user_account (id),
    type          varchar(30)   not null,
    title         varchar(300)  not null,
    description   varchar(5000) not null default '',
    starts_at     timestamptz   not null,
    ends_at       timestamptz,
    place         varchar(300)  not null default '',
    sphere_codes  text[]        not null default '{}',
    created_at    timestamptz   not null,
    version       bigint        not null default 0,
    check (ends_at is null or ends_at >= starts_at)
);
create index calendar_event_jst_idx on calendar_event (jst_id);
create index calendar_event_author_idx on calendar_event (author_id);
