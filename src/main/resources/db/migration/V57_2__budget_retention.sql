-- Retention of personal data in the participatory budget. The resolution's days after the results are published
-- during which the results may be challenged (frozen with the other rules once voting opens); the day after that
-- deadline a scheduled job (once across instances) removes the support lists (the online supporters' accounts and the
-- scans of the paper lists: only the counts stay), the PESEL hashes of the voter records (the rows stay, with the
-- channel, day and age group, for the turnout), the entries of cards never decided and the edition's secret.
alter table budget_edition add column challenge_days int not null default 14 check (challenge_days between 0 and 365);
alter table budget_edition add column personal_data_purged_on date;
alter table budget_voter alter column pesel_hash drop not null;
alter table budget_support alter column user_id drop not null;
