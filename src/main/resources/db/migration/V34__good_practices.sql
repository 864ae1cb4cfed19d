-- Good practices, expert opinions and interviews: articles kept with the news (same authors, moderation, sanitised
-- text and attachments), with a kind, the author's name as shown and the organisations they are about.
alter table news_item add column kind varchar(20) not null default 'NEWS'
    check (kind in ('NEWS', 'GOOD_PRACTICE', 'EXPERT_OPINION', 'INTERVIEW'));
alter table news_item add column author_name varchar(200);
alter table news_item add column linked_organization_ids bigint[] not null default '{}';
drop index news_public_idx;
drop index news_jst_idx;
create index news_public_idx on news_item (kind, publish_at desc, id desc) where status = 'PUBLISHED';
create index news_jst_idx on news_item (jst_id, kind, publish_at desc) where status = 'PUBLISHED';
create index news_linked_organizations_idx on news_item using gin (linked_organization_ids);
