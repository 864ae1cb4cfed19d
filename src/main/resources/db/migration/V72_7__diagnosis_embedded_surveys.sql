-- Surveys embedded in another module's record (issue 19 point 3: the evaluation of a grant task by its beneficiaries).
-- owner_ref names the owner ('contract:123'); such a survey is neither listed nor answered through the diagnosis pages:
-- its owner decides who edits its questions and reads its summary. Its answers come through single-use codes, which are
-- invitations without an address (only the SHA-256 of the code is kept, as for the mailed links).
alter table diagnosis_survey add column owner_ref varchar(100);
create unique index diagnosis_survey_owner_ref on diagnosis_survey (owner_ref) where owner_ref is not null;
alter table diagnosis_invitation alter column email drop not null;

-- The default questions of a task's evaluation by its beneficiaries, copied into each contract's evaluation.
insert into diagnosis_survey (template_code, title, intro, audience, anonymous, created_at) values
('task-evaluation', 'Ocena zadania przez uczestników',
 'Krótka, anonimowa ankieta o zadaniu publicznym, w którym Pan/Pani uczestniczył(a). Organizacja realizująca zadanie zobaczy tylko zbiorcze wyniki, nigdy pojedynczych odpowiedzi.',
 'RESIDENT', true, now());

insert into diagnosis_question (survey_id, position, section, kind, text, required, options, low_label, high_label)
select s.id, q.position, q.section, q.kind, q.text, q.required, q.options, q.low_label, q.high_label
from diagnosis_survey s join (values
 (1, 'Ocena', 'SCALE', 'W jakim stopniu zadanie osiągnęło zapowiadane rezultaty?', true, null, 'wcale', 'w pełni'),
 (2, 'Ocena', 'SCALE', 'Na ile udział w zadaniu był dla Pana/Pani przydatny?', true, null, 'wcale', 'bardzo'),
 (3, 'Opinia', 'LONG_TEXT', 'Co było najlepsze?', false, null, null, null),
 (4, 'Opinia', 'LONG_TEXT', 'Co warto poprawić?', false, null, null, null),
 (5, 'Opinia', 'SINGLE', 'Czy poleciłby Pan/Pani udział w takim zadaniu innym osobom?', true, E'Tak\nNie', null, null)
) as q(position, section, kind, text, required, options, low_label, high_label) on s.template_code = 'task-evaluation';
