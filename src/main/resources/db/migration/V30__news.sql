-- News (aktualności): officials and centre staff publish for their JST; NGO representatives for their
-- organisation after moderation by the liaison officer. The body is sanitised HTML.
create table news_item (
    id               bigint generated always as identity primary key,
    jst_id           bigint        not null references jst (id),
    organization_id  bigint        references organization (id),
    author_id        bigint        not null references user_account (id),
    title            varchar(200)  not null,
    lead             varchar(600)  not null,
    body             text          not null,
    sphere_codes     text[]        not null default '{}',
    status           varchar(20)   not null check (status in ('PENDING', 'PUBLISHED', 'REJECTED')),
    publish_at       timestamptz   not null,
    announced        boolean       not null default false,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    moderated_by     bigint        references user_account (id),
    search_text      text          not null default '',
    search_vector    tsvector      generated always as (to_tsvector('simple', search_text)) stored,
    version          bigint        not null default 0
);
create index news_public_idx on news_item (publish_at desc, id desc) where status = 'PUBLISHED';
create index news_jst_idx on news_item (jst_id, publish_at desc) where status = 'PUBLISHED';
create index news_spheres_idx on news_item using gin (sphere_codes);
create index news_search_idx on news_item using gin (search_vector);
create index news_pending_idx on news_item (jst_id) where status = 'PENDING';
create index news_due_idx on news_item (publish_at) where status = 'PUBLISHED' and not announced;
create index news_organization_idx on news_item (organization_id);
create index news_author_idx on news_item (author_id);

-- Files attached to a news item (documents, and images the body may show: the CSP allows only this site's images).
create table news_attachment (
    id            bigint generated always as identity primary key,
    news_id       bigint        not null references news_item (id) on delete cascade,
    file_name     varchar(200)  not null,
    content_type  varchar(100)  not null,
    size_bytes    int           not null check (size_bytes > 0),
    data          bytea         not null,
    created_at    timestamptz   not null
);
create index news_attachment_news_idx on news_attachment (news_id);
