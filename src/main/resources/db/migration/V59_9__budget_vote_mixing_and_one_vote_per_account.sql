-- Each vote rewrites a few other ballots of the edition (see Voting.record) starting at a random position of their
-- random keys: the index on (edition_id, id) finds them in O(log n) instead of sorting every ballot of the edition.
create index budget_ballot_edition_id_idx on budget_ballot (edition_id, id);
drop index budget_ballot_edition_idx;

-- One online vote per account and edition (a list of PESELs must not let one account vote for many people), refused
-- in the database also when two arrive at once. Only the voter record names the account, never the ballot; the
-- account is deleted with the PESEL hash when the edition's personal data are purged (Retention). Paper votes: null.
alter table budget_voter add column user_id bigint references user_account (id);
create unique index budget_voter_account_once on budget_voter (edition_id, user_id) where user_id is not null;
