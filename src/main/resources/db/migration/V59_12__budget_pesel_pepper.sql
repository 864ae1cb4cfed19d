-- The PESEL hash's key may be peppered with a secret kept outside the database (wspolnie.budget.pesel-pepper):
-- pepper_check identifies the pepper an edition's secret was created with (null: none, the secret alone is the key).
alter table budget_voting_secret add column pepper_check varchar(16);
