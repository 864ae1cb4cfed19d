-- A room or equipment item can be booked on public holidays only when its settings say so (issue 14).
alter table centre_resource add column open_on_holidays boolean not null default false;
