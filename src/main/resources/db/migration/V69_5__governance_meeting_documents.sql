-- Documents of a meeting of the Forum or the Council (agenda, materials): attached by the coordinator or a Council
-- member, public on the meeting's page.

create table governance_meeting_document (
    id           bigint generated always as identity primary key,
    meeting_id   bigint       not null references governance_meeting (id),
    file_name    varchar(200) not null,
    media_type   varchar(100) not null,
    size_bytes   int          not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null,
    uploaded_by  bigint       not null references user_account (id)
);
create index governance_meeting_document_meeting_idx on governance_meeting_document (meeting_id);
