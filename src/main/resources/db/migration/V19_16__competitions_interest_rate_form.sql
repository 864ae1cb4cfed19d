-- The rates of interest for late return become a setting with a form (issue 19, point 5): who added a
-- rate and when (empty for the rows seeded by V19_12).

alter table competition_interest_rate add column created_by bigint;
alter table competition_interest_rate add column created_at timestamptz;
alter table competition_interest_rate add constraint competition_interest_rate_at_most_100 check (rate <= 100);
