-- Staff confirm or decline room requests. A resource that requires confirmation takes requests as PENDING; a pending
-- request already holds the time, so the exclusion constraint now covers PENDING and CONFIRMED bookings: two
-- overlapping requests can still never both win. Declined, cancelled and expired requests free the time.
alter table centre_resource add column requires_confirmation boolean not null default false;

alter table centre_booking drop constraint centre_booking_status_check;
alter table centre_booking add constraint centre_booking_status_check
    check (status in ('PENDING', 'CONFIRMED', 'DECLINED', 'CANCELLED', 'EXPIRED'));
alter table centre_booking drop constraint centre_booking_no_overlap;
alter table centre_booking add constraint centre_booking_no_overlap exclude using gist
    (resource_id with =, tstzrange(starts_at, ends_at) with &&) where (status in ('PENDING', 'CONFIRMED'));

alter table centre_booking add column decided_at timestamptz;
alter table centre_booking add column decided_by bigint references user_account (id);
create index centre_booking_decided_by_idx on centre_booking (decided_by);
-- staff's list of pending requests (and the expiry job)
create index centre_booking_pending_idx on centre_booking (starts_at) where status = 'PENDING';
