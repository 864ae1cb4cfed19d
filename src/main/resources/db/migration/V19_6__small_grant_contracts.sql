-- A small grant's contract (art. 19a) is a contract of the competitions' machinery without a competition: its offer
-- (mode SMALL_GRANT) names the JST and the small_grant row the awarded amount.
alter table competition_contract alter column competition_id drop not null;
