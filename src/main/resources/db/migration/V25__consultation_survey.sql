-- A short survey an official adds to a consultation: single-choice and text questions, one response per person.
create table consultation_survey_question (
    id              bigint generated always as identity primary key,
    consultation_id bigint        not null references consultation (id),
    jst_id          bigint        not null,
    position        integer       not null,
    kind            varchar(10)   not null check (kind in ('SINGLE', 'TEXT')),
    text            varchar(1000) not null,
    options         varchar(4000),
    version         bigint        not null default 0,
    unique (consultation_id, position)
);

create table consultation_survey_response (
    id              bigint generated always as identity primary key,
    consultation_id bigint      not null references consultation (id),
    jst_id          bigint      not null,
    user_id         bigint      not null,
    submitted_at    timestamptz not null,
    version         bigint      not null default 0,
    unique (consultation_id, user_id)
);

create table consultation_survey_answer (
    id          bigint generated always as identity primary key,
    response_id bigint not null references consultation_survey_response (id),
    question_id bigint not null references consultation_survey_question (id),
    choice      integer,
    text        varchar(2000),
    version     bigint not null default 0,
    unique (response_id, question_id)
);
create index consultation_survey_answer_question_idx on consultation_survey_answer (question_id);
