-- Matrix-of-scales and rank-order questions (issue 18 point 1). A matrix keeps its statements (rows) in options and
-- the scale's end labels in low_label/high_label; a rank order keeps the items to rank in options. An answer is a row
-- of diagnosis_answer per statement (option_index = the row, number_value = the value 1–5) or per item
-- (option_index = the item, number_value = its rank 1..n).

alter table diagnosis_question drop constraint diagnosis_question_kind_check;
alter table diagnosis_question add constraint diagnosis_question_kind_check
    check (kind in ('SINGLE', 'MULTIPLE', 'SCALE', 'NUMBER', 'SHORT_TEXT', 'LONG_TEXT', 'MATRIX', 'RANK'));

-- The shipped templates get a question of the new types where the seed survey asks one (appended, not required, so
-- copies made before keep their meaning and the order of the other questions stays).
insert into diagnosis_question (survey_id, position, section, kind, text, required, options, low_label, high_label)
select s.id, q.position, q.section, q.kind, q.text, false, q.options, q.low_label, q.high_label
from diagnosis_survey s join (values
 ('ngo-needs', 10, 'Potrzeby', 'RANK', 'Uszereguj potrzeby organizacji od najważniejszej (1) do najmniej ważnej',
  E'Lokal na działalność\nFinansowanie działań\nSzkolenia dla członków\nDoradztwo prawne i księgowe\nPromocja działań', null, null),
 ('ngo-needs', 11, 'Formy współpracy', 'MATRIX', 'Jak ocenia Pan/Pani te formy współpracy z samorządem?',
  E'Konsultacje projektów aktów prawa\nOtwarte konkursy ofert\nMałe granty\nUdostępnianie lokali\nInformacja o działaniach samorządu', 'bardzo źle', 'bardzo dobrze'),
 ('residents-knowledge', 7, 'Oczekiwania', 'MATRIX', 'Na ile zgadza się Pan/Pani z poniższymi stwierdzeniami?',
  E'Organizacje pozarządowe działają na rzecz mieszkańców\nWiem, jak włączyć się w działania organizacji\nGmina dobrze współpracuje z organizacjami', 'zdecydowanie nie', 'zdecydowanie tak'),
 ('training-needs', 6, 'Szkolenia', 'MATRIX', 'Jak ocenia Pan/Pani wiedzę organizacji w tych obszarach?',
  E'Pozyskiwanie funduszy\nKsięgowość organizacji\nPisanie ofert i sprawozdań\nPromocja i PR', 'bardzo słabo', 'bardzo dobrze')
) as q(code, position, section, kind, text, options, low_label, high_label) on s.template_code = q.code;
