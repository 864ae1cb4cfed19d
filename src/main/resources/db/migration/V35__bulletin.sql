-- Bulletin digest: numbered issues per JST with the items an editor chose from the period's published content,
-- as a print-ready PDF and a newsletter.
create table bulletin_issue (
    id            bigint generated always as identity primary key,
    jst_id        bigint        not null references jst (id),
    number        int,
    period_from   date          not null,
    period_to     date          not null,
    status        varchar(10)   not null check (status in ('DRAFT', 'PUBLISHED')),
    pdf           bytea,
    created_by    bigint        not null references user_account (id),
    created_at    timestamptz   not null,
    published_at  timestamptz,
    version       bigint        not null default 0,
    unique (jst_id, number),
    check (period_from <= period_to),
    check ((status = 'PUBLISHED') = (number is not null and pdf is not null))
);
create index bulletin_issue_public_idx on bulletin_issue (published_at desc) where status = 'PUBLISHED';
create index bulletin_issue_created_by_idx on bulletin_issue (created_by);

create table bulletin_item (
    id            bigint generated always as identity primary key,
    issue_id      bigint        not null references bulletin_issue (id) on delete cascade,
    position      int           not null,
    content_type  varchar(30)   not null,
    title         varchar(300)  not null,
    summary       varchar(1000),
    path          varchar(300)  not null,
    published_at  timestamptz   not null
);
create index bulletin_item_issue_idx on bulletin_item (issue_id, position);
