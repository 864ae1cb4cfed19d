-- Versioned documents of an agreement (regulations of the Council and the Forum, cooperation standards, the rules of
-- financial and non-financial cooperation, others): immutable versions with their SHA-256, a lifecycle draft →
-- consultation (a consultation of the consultations module) → adopted by a resolution of the register, in force from a
-- date until the next adopted version's date.

create table governance_document (
    id            bigint generated always as identity primary key,
    agreement_id  bigint        not null references governance_agreement (id),
    kind          varchar(30)   not null check (kind in ('COUNCIL_REGULATION', 'FORUM_REGULATION',
                                  'COOPERATION_STANDARDS', 'COOPERATION_RULES', 'OTHER')),
    title         varchar(500)  not null,
    created_by    bigint        not null references user_account (id),
    created_at    timestamptz   not null,
    version       bigint        not null default 0
);
create index governance_document_agreement_idx on governance_document (agreement_id);

create table governance_document_version (
    id               bigint generated always as identity primary key,
    document_id      bigint        not null references governance_document (id),
    number           int           not null check (number > 0),
    text             text          not null,
    sha256           varchar(64)   not null,
    status           varchar(15)   not null check (status in ('DRAFT', 'CONSULTATION', 'ADOPTED')),
    consultation_id  bigint references consultation (id),
    resolution_id    bigint references governance_resolution (id),
    in_force_from    date,
    created_by       bigint        not null references user_account (id),
    created_at       timestamptz   not null,
    version          bigint        not null default 0,
    constraint governance_document_version_number unique (document_id, number),
    constraint governance_document_version_adopted
        check ((status = 'ADOPTED') = (resolution_id is not null and in_force_from is not null))
);
create unique index governance_document_version_in_force_idx
    on governance_document_version (document_id, in_force_from) where status = 'ADOPTED';
create index governance_document_version_resolution_idx on governance_document_version (resolution_id);
