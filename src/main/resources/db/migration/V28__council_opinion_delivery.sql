-- Art. 41g: the council's days for an opinion run from the delivery of the request; the
-- platform delivers it by mail to the council members and records when.
alter table council_opinion_request add column delivered_at timestamptz;
