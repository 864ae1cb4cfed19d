-- Formal review (ocena formalna): a checklist per competition, the official's result per offer, calls for corrections.

alter table competition add column formal_criteria text not null default '';

alter table offer add column formal_result varchar(30) not null default 'PENDING';
alter table offer add column formal_checks text;
alter table offer add column formal_note text;
alter table offer add column formal_reviewed_by bigint;
alter table offer add column formal_reviewed_at timestamptz;
alter table offer add column correction_deadline timestamptz;
alter table offer add column correction_sections varchar(100);
