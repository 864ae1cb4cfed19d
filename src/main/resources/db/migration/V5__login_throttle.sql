-- Login throttling that a stranger cannot turn against the owner of an account.
-- Failures of an account from addresses it never logged in from pause only logins from such addresses, for a
-- time that doubles with each lock (lock_count); the owner's trusted addresses still log in, and the owner gets
-- a single-use unlock link that trusts the address it is opened from.
alter table login_throttle add column lock_count int not null default 0;

create table login_trusted_address (
    account_key  varchar(400) not null,
    address      varchar(100) not null,
    trusted_at   timestamptz  not null,
    primary key (account_key, address)
);

alter table account_token drop constraint account_token_purpose_check;
alter table account_token add constraint account_token_purpose_check
    check (purpose in ('CONFIRM_EMAIL', 'RESET_PASSWORD', 'UNLOCK_LOGIN'));
