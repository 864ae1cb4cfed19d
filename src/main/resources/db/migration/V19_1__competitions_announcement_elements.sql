-- Art. 13 ust. 2 pkt 3 of the Act: the rules of granting the grants are an element of the announcement.
alter table competition add column grant_rules text not null default '';
-- Art. 15 ust. 1 pkt 1-6: which statutory criterion a row is (such a row cannot be removed before publication).
alter table competition_criterion add column statutory_point int check (statutory_point between 1 and 6);
