-- Requests for the reasons of a decision (anyone logged in asks; an official of the JST answers).

create table competition_reason_request (
    id             bigint generated always as identity primary key,
    competition_id bigint        not null references competition (id),
    jst_id         bigint        not null,
    user_id        bigint        not null,
    question       text          not null,
    asked_at       timestamptz   not null,
    answer         text,
    answered_by    bigint,
    answered_at    timestamptz,
    version        bigint        not null default 0
);
create index competition_reason_request_competition_idx on competition_reason_request (competition_id, asked_at);
create index competition_reason_request_user_idx on competition_reason_request (user_id);
