-- Invalid paper cards: staff record a card as invalid with the reason the resolution names (entered twice, like a
-- valid card; a third person decides when the two entries differ). An invalid card is counted as invalid, never as a
-- ballot, and keeps no data of the person: its entries hold only the reason.
alter table budget_paper_card drop constraint budget_paper_card_state_check;
alter table budget_paper_card add constraint budget_paper_card_state_check
    check (state in ('FIRST_ENTERED', 'DISPUTED', 'COUNTED', 'ALREADY_VOTED', 'INVALID'));
alter table budget_paper_card add column invalid_reason varchar(30);
alter table budget_paper_card add constraint budget_paper_card_invalid_reason
    check ((state = 'INVALID') = (invalid_reason is not null));

alter table budget_paper_entry add column invalid_reason varchar(30);
alter table budget_paper_entry alter column pesel_hash drop not null;
alter table budget_paper_entry alter column birth_date drop not null;
alter table budget_paper_entry alter column resident drop not null;
alter table budget_paper_entry add constraint budget_paper_entry_valid_or_invalid
    check ((invalid_reason is null) = (pesel_hash is not null and birth_date is not null and resident is not null));
