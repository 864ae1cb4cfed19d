-- Who signs the contract for each party (the framework contract names them): the JST's representative(s)
-- (e.g. "Jan Kowalski – Starosta") and the offeror's (members of the board per KRS). Empty for contracts
-- recorded before: their PDF leaves a line to fill in.
alter table competition_contract add column principal_representatives varchar(500);
alter table competition_contract add column contractor_representatives varchar(500);
