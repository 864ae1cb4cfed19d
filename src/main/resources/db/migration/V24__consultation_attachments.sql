-- Files of a consultation: attachments to the draft (meeting_id null) and minutes of an open meeting.
create table consultation_attachment (
    id              bigint generated always as identity primary key,
    consultation_id bigint       not null references consultation (id),
    jst_id          bigint       not null,
    meeting_id      bigint       references consultation_meeting (id),
    file_name       varchar(200) not null,
    file_type       varchar(10)  not null check (file_type in ('PDF', 'ODT', 'DOCX')),
    size_bytes      integer      not null check (size_bytes > 0 and size_bytes <= 10485760),
    content         bytea        not null,
    uploaded_at     timestamptz  not null,
    uploaded_by     bigint       not null,
    version         bigint       not null default 0
);
create index consultation_attachment_consultation_idx on consultation_attachment (consultation_id, id);
create index consultation_attachment_meeting_idx on consultation_attachment (meeting_id);
