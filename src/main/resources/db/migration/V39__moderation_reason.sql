-- A liaison officer who rejects an organisation's news item or notice says why; the author is told the reason by mail.
alter table news_item add column moderation_reason varchar(2000);
alter table notice add column moderation_reason varchar(2000);
