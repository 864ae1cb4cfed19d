-- An NGO's representative proposes an event of their organisation (issue 14): it waits (PENDING) in the
-- organisation's gmina until a liaison officer or the centre staff of that JST (or one above it) approves it
-- (PUBLISHED) or rejects it with a reason (REJECTED). Events of officials are PUBLISHED at once, as before.
alter table calendar_event add column organization_id bigint references organization (id);
alter table calendar_event add column status varchar(20) not null default 'PUBLISHED'
    check (status in ('PENDING', 'PUBLISHED', 'REJECTED'));
alter table calendar_event add column link varchar(500);
alter table calendar_event add column moderated_by bigint references user_account (id);
alter table calendar_event add column moderated_at timestamptz;
alter table calendar_event add column reject_reason varchar(1000);
create index calendar_event_pending_idx on calendar_event (jst_id, starts_at) where status = 'PENDING';
create index calendar_event_organization_idx on calendar_event (organization_id) where organization_id is not null;
