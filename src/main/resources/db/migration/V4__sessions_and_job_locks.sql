-- Several instances on one database: HTTP sessions (Spring Session JDBC), locks of the scheduled jobs (ShedLock)
-- and the record of the digests sent, so that a retry or a second instance never mails the same digest twice.

-- Spring Session's PostgreSQL schema (spring-session-jdbc schema-postgresql.sql); principal_name is as long as an
-- e-mail address may be (the library's 100 characters would refuse a login with a longer one).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(320),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- ShedLock (JdbcTemplateLockProvider using the database's time): one row per job name.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- One digest per person, frequency and period (DAILY: the Warsaw date; WEEKLY: the Monday of the week).
create table digest_delivery (
    user_id    bigint      not null references user_account (id) on delete cascade,
    frequency  varchar(10) not null check (frequency in ('DAILY', 'WEEKLY')),
    period     date        not null,
    items      int         not null,
    created_at timestamptz not null,
    primary key (user_id, frequency, period)
);
