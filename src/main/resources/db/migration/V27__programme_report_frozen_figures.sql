-- The figures of a yearly programme report as they stood when it was published (JSON of
-- ProgrammeWork.Figures): a published report no longer changes when later records do.
alter table programme_report add column figures text;
