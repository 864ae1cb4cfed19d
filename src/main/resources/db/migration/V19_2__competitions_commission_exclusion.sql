-- Art. 15 ust. 2d and 2f of the Act (with art. 24 KPA): a member tied to an offeror is excluded from the
-- evaluation of the whole competition; the ground and its detail are recorded.
alter table commission_member add column excluded_at timestamptz;
alter table commission_member add column exclusion_ground varchar(40);
alter table commission_member add column exclusion_detail text;
