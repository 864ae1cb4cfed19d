-- Notices of organisations the JST has not verified wait for the liaison officer's moderation (as NGO news do).
-- Notices posted before this migration stay published.
alter table notice add column status varchar(20) not null default 'PUBLISHED'
    check (status in ('PENDING', 'PUBLISHED', 'REJECTED'));
alter table notice add column moderated_by bigint references user_account (id);
alter table notice add column moderated_at timestamptz;
create index notice_pending_idx on notice (jst_id) where status = 'PENDING';
