-- The age group of a person who voted, for the turnout by age on the results page: only the group (never the birth
-- date), on the voter record only (never on the ballot, which has no link to the voter). Null for votes cast before.
alter table budget_voter add column age_group varchar(10)
    check (age_group in ('UNDER_18', 'FROM_18', 'FROM_25', 'FROM_35', 'FROM_45', 'FROM_60'));
