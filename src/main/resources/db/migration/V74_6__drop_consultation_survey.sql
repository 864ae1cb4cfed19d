-- The consultation survey's own tables, copied onto the survey engine by V74_5, are no longer used.
drop table consultation_survey_answer;
drop table consultation_survey_response;
drop table consultation_survey_question;
