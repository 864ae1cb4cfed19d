-- Personal notifications (mails about something another person did that this person waits for) are on by
-- default; a person may turn off a kind. One row per kind turned off.
create table notification_opt_out (
    user_id bigint      not null references user_account (id) on delete cascade,
    kind    varchar(80) not null,
    primary key (user_id, kind)
);
