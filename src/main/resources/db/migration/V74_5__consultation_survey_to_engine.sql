-- One survey engine (issue 18): each consultation's survey becomes a diagnosis survey owned by 'consultation:ID',
-- answered by the consultation's participants with their accounts (once each, not anonymous), its dates the
-- consultation's. Questions keep their order: single choice → SINGLE (required, as the old form required a choice),
-- text → LONG_TEXT (optional); each response keeps its person (diagnosis_respondent keeps the one-answer rule) and its
-- day, each answer its option or text. The old tables are dropped by V74_6.

insert into diagnosis_survey (jst_id, owner_ref, title, intro, audience, anonymous, starts_on, ends_on, published_at,
                              created_by, created_at)
select c.jst_id, 'consultation:' || c.id, c.subject, '', 'RESIDENT', false, c.starts_on, c.ends_on, c.created_at,
       (select u.id from user_account u where u.id = c.created_by), c.created_at
from consultation c
where exists (select 1 from consultation_survey_question q where q.consultation_id = c.id);

insert into diagnosis_question (survey_id, jst_id, position, section, kind, text, required, options)
select s.id, q.jst_id, q.position, '', case q.kind when 'SINGLE' then 'SINGLE' else 'LONG_TEXT' end, q.text,
       q.kind = 'SINGLE', case q.kind when 'SINGLE' then q.options end
from consultation_survey_question q
join diagnosis_survey s on s.owner_ref = 'consultation:' || q.consultation_id;

insert into diagnosis_respondent (survey_id, jst_id, user_id, answered_at)
select s.id, r.jst_id, r.user_id, r.submitted_at
from consultation_survey_response r
join diagnosis_survey s on s.owner_ref = 'consultation:' || r.consultation_id;

-- The old response's id is kept on the new one for a moment, to attach its answers.
alter table diagnosis_response add column legacy_consultation_response bigint;

insert into diagnosis_response (survey_id, user_id, area_jst_id, submitted_on, legacy_consultation_response)
select s.id, r.user_id, r.jst_id, (r.submitted_at at time zone 'Europe/Warsaw')::date, r.id
from consultation_survey_response r
join diagnosis_survey s on s.owner_ref = 'consultation:' || r.consultation_id
order by r.id;

insert into diagnosis_answer (response_id, question_id, option_index, text_value)
select nr.id, nq.id, a.choice, a.text
from consultation_survey_answer a
join diagnosis_response nr on nr.legacy_consultation_response = a.response_id
join consultation_survey_question oq on oq.id = a.question_id
join diagnosis_question nq on nq.survey_id = nr.survey_id and nq.position = oq.position;

alter table diagnosis_response drop column legacy_consultation_response;
