-- The count of an edition, kept once its results are public (Results.of): from the results phase on nothing can
-- change it (no paper card is entered, the rules and the timeline are frozen), so it is counted once, on the first
-- read, instead of on every page that shows a chosen project. The whole count as JSON (pools with their ranked
-- projects, turnout by pool and age group, channels, invalid cards, the checksum of the ballot file and the draw key).
create table budget_published_results (
    edition_id   bigint primary key references budget_edition (id),
    count        jsonb not null,
    published_at timestamptz not null
);
