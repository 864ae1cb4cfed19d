-- A counter raised by every change of a consultation's remarks or answers: the key of the cached remarks markup.
alter table consultation add column remarks_revision bigint not null default 0;
