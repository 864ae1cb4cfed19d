-- Partnership governance (module "governance"), seed 000: a cooperation agreement (porozumienie) of JSTs, their
-- organisational units (JOST) and NGOs, open to new parties that accept its declaration.

create table governance_agreement (
    id          bigint generated always as identity primary key,
    jst_id      bigint        not null references jst (id),
    title       varchar(300)  not null,
    mission     text          not null,
    goals       text          not null,
    actions     text          not null,
    principles  text          not null,
    signed_on   date          not null,
    created_by  bigint        not null references user_account (id),
    created_at  timestamptz   not null,
    version     bigint        not null default 0
);
create index governance_agreement_jst_idx on governance_agreement (jst_id);

-- An organisational unit of a JST (jednostka organizacyjna: a culture centre, a social-welfare centre): the platform
-- keeps JSTs with TERYT codes only, so a unit is its name under its parent JST.
create table governance_unit (
    id             bigint generated always as identity primary key,
    parent_jst_id  bigint        not null references jst (id),
    name           varchar(300)  not null,
    unique (parent_jst_id, name)
);

-- A party: a JST, a unit or an NGO (subject_id is the id of the JST, unit or organisation, by kind). One application
-- or membership at a time per subject; a refused or former party may apply again.
create table governance_party (
    id            bigint generated always as identity primary key,
    agreement_id  bigint        not null references governance_agreement (id),
    kind          varchar(10)   not null check (kind in ('JST', 'UNIT', 'NGO')),
    subject_id    bigint        not null,
    name          varchar(300)  not null,
    status        varchar(10)   not null check (status in ('APPLIED', 'MEMBER', 'REFUSED', 'LEFT')),
    applied_by    bigint        not null references user_account (id),
    applied_at    timestamptz   not null,
    decided_by    bigint        references user_account (id),
    decided_at    timestamptz,
    reason        text,
    joined_on     date,
    left_on       date,
    version       bigint        not null default 0,
    check (status <> 'MEMBER' or joined_on is not null),
    check (status <> 'LEFT' or (joined_on is not null and left_on is not null and left_on >= joined_on))
);
create unique index governance_party_one_active on governance_party (agreement_id, kind, subject_id)
    where status in ('APPLIED', 'MEMBER');
create index governance_party_agreement_idx on governance_party (agreement_id, status);
