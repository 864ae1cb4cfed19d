-- A consultation's file is stored as every other upload (shared.files.StoredFile): its media type
-- instead of the name of its kind (PDF, ODT, DOCX); the kind is read back from the type.
alter table consultation_attachment add column media_type varchar(100);
update consultation_attachment set media_type = case file_type
    when 'PDF' then 'application/pdf'
    when 'ODT' then 'application/vnd.oasis.opendocument.text'
    else 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' end;
alter table consultation_attachment
    alter column media_type set not null,
    add constraint consultation_attachment_media_type_check check (media_type in ('application/pdf',
        'application/vnd.oasis.opendocument.text',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    drop column file_type;
