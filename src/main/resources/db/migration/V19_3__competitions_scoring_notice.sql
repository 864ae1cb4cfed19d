-- When the commission was told that the offers are ready to be scored (once per competition).
alter table competition add column scoring_notified_at timestamptz;
