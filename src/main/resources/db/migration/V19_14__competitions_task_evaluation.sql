-- Issue 19 point 3: the announcement may require each contracted task to be evaluated with its beneficiaries.
alter table competition add column evaluation_required boolean not null default false;

-- The evaluation of one contracted task: set up by an official of the JST, its questions are a diagnosis survey owned
-- by the contract (owner_ref 'contract:<offer id>', diagnosis.EmbeddedSurveys; survey_id is not a foreign key: the
-- diagnosis tables come later in the migrations). The beneficiaries answer through single-use codes the organisation
-- hands out, until ends_on.
create table competition_task_evaluation (
    offer_id    bigint      primary key references competition_contract (offer_id),
    jst_id      bigint      not null references jst (id),
    survey_id   bigint      not null unique,
    ends_on     date        not null,
    set_up_by   bigint      not null references user_account (id),
    set_up_at   timestamptz not null,
    version     bigint      not null default 0
);
