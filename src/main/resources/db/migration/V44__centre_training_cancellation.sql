-- Staff cancel a training with a reason: it leaves the public list, the needs page and the common calendar.
alter table centre_training add column cancelled_at timestamptz;
alter table centre_training add column cancelled_by bigint references user_account (id);
alter table centre_training add column cancel_reason varchar(2000);
create index centre_training_cancelled_by_idx on centre_training (cancelled_by);
-- the public list: upcoming, not cancelled, by start
create index centre_training_live_idx on centre_training (starts_at, id) include (ends_at) where cancelled_at is null;
-- the list's count (ends_at >= now, not cancelled) as an index-only scan; without it the count reads the heap
create index centre_training_live_ends_idx on centre_training (ends_at) where cancelled_at is null;
