-- The date, time and place of an event or training in a bulletin issue (copied from the calendar when the issue is
-- proposed, like the title and summary), so the PDF and the newsletter say when it takes place.
alter table bulletin_item add column starts_at timestamptz;
alter table bulletin_item add column ends_at timestamptz;
alter table bulletin_item add column place varchar(300);
