-- Indicator 2.6 (grants to organisations as a share of the JST's expenditure): the grants (counted records, listed by
-- competitions) divided by the expenditure (the base, an uncounted record listed by the budget module), not a share
-- of counted records. Every copy of the indicator takes it too (the next year copies the last frozen set; a published
-- report keeps its stored figure, and no source answered the measure before).
alter table lijw_default_indicator drop constraint lijw_default_indicator_aggregate_check;
alter table lijw_default_indicator add constraint lijw_default_indicator_aggregate_check
    check (aggregate in ('COUNT', 'SHARE', 'SHARE_OF_SUM', 'SHARE_OF_BASE', 'MEDIAN', 'MEAN'));
update lijw_default_indicator set aggregate = 'SHARE_OF_BASE' where measure = 'budget.expenditureShare';
update lijw_indicator set aggregate = 'SHARE_OF_BASE' where measure = 'budget.expenditureShare';
