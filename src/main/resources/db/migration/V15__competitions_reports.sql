-- Reports (sprawozdania) on the contract: partial (on the official's demand) and final; the settlement amount.

create table competition_report (
    id             bigint generated always as identity primary key,
    offer_id       bigint         not null references competition_contract (offer_id),
    jst_id         bigint         not null,
    kind           varchar(10)    not null check (kind in ('PARTIAL', 'FINAL')),
    status         varchar(15)    not null,
    content        text           not null,
    created_at     timestamptz    not null,
    submitted_at   timestamptz,
    decided_at     timestamptz,
    decision_note  text,
    unused_grant   numeric(14, 2),
    above_share    numeric(14, 2),
    to_return      numeric(14, 2),
    version        bigint         not null default 0
);
create index competition_report_offer_idx on competition_report (offer_id);
create index competition_report_jst_idx on competition_report (jst_id, status);
-- One final report per contract.
create unique index competition_report_one_final on competition_report (offer_id) where kind = 'FINAL';

alter table competition_contract add column final_reminder_sent_at timestamptz;
