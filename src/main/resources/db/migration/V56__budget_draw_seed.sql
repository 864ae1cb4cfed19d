-- The value the coordinator announces before voting closes; with the checksum of the published ballot file it seeds
-- the draw that breaks ties in the results (see Draw and the page /budget/{id}/recount). Entered once.
alter table budget_edition add column draw_seed varchar(200);
