-- When staff saved the attendance of a training, and who: the staff's "record the attendance" item on /me
-- goes away once it is saved, even when nobody came.
alter table centre_training add column attendance_recorded_at timestamptz;
alter table centre_training add column attendance_recorded_by bigint references user_account (id);
create index centre_training_attendance_recorded_by_idx on centre_training (attendance_recorded_by);
