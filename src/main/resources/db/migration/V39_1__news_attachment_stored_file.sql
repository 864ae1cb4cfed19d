-- A news item's file is stored as every other upload (shared.files.StoredFile): the same column names.
alter table news_attachment rename column content_type to media_type;
alter table news_attachment rename column data to content;
alter table news_attachment rename column created_at to uploaded_at;
