-- Subscriptions: what each person wants to hear about (JSTs, spheres, per content type how often) and the
-- published items (from ContentPublished) that the mails and the bulletin digest are made of.
create table subscription_settings (
    user_id        bigint       primary key references user_account (id) on delete cascade,
    jst_ids        bigint[]     not null default '{}',
    sphere_codes   text[]       not null default '{}',
    newsletter     boolean      not null default false,
    last_daily_at  timestamptz,
    last_weekly_at timestamptz,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0
);

create table subscription_frequency (
    user_id       bigint       not null references subscription_settings (user_id) on delete cascade,
    content_type  varchar(30)  not null,
    frequency     varchar(10)  not null check (frequency in ('IMMEDIATE', 'DAILY', 'WEEKLY', 'NONE')),
    primary key (user_id, content_type)
);
create index subscription_frequency_type_idx on subscription_frequency (content_type, frequency);

create table published_content (
    id            bigint generated always as identity primary key,
    content_type  varchar(30)   not null,
    source_id     varchar(80)   not null,
    title         varchar(300)  not null,
    summary       text,
    path          varchar(300)  not null,
    jst_id        bigint        references jst (id),
    sphere_codes  text[]        not null default '{}',
    published_at  timestamptz   not null,
    received_at   timestamptz   not null,
    unique (content_type, source_id)
);
create index published_content_at_idx on published_content (published_at);
create index published_content_received_idx on published_content (received_at);
create index published_content_jst_idx on published_content (jst_id);
