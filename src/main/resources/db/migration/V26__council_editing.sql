-- Council (policy3): a member's membership may end before the term does; a request for opinion may be withdrawn
-- before it is answered or lapses.
alter table council_member add column ended_on date;
alter table council_member add column version bigint not null default 0;
alter table council_opinion_request drop constraint council_opinion_request_status_check;
alter table council_opinion_request add constraint council_opinion_request_status_check
    check (status in ('REQUESTED', 'GIVEN', 'LAPSED', 'WITHDRAWN'));
