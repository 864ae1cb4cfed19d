-- Meetings of the Forum and the Council of an agreement: agenda, invitations (mail with .ics), attendance with the
-- quorum check (more than half of the members), minutes; listed in the common calendar.

create table governance_meeting (
    id            bigint generated always as identity primary key,
    agreement_id  bigint        not null references governance_agreement (id),
    body          varchar(10)   not null check (body in ('FORUM', 'COUNCIL')),
    starts_at     timestamptz   not null,
    place         varchar(500)  not null,
    agenda        text          not null,
    members       int           not null,
    minutes       text,
    created_by    bigint        not null references user_account (id),
    created_at    timestamptz   not null,
    version       bigint        not null default 0
);
create index governance_meeting_agreement_idx on governance_meeting (agreement_id, starts_at desc);

create table governance_meeting_member (
    meeting_id  bigint  not null references governance_meeting (id),
    user_id     bigint  not null references user_account (id),
    present     boolean not null default false,
    primary key (meeting_id, user_id)
);
