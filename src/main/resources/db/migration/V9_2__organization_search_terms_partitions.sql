-- The count of a search of several words, or of words and a sphere, in organization_search_terms stops at a limit
-- (OrganizationDirectory.countLimit: 200 on the first page), but a GIN index answers only with a bitmap of every match,
-- so a count of a common pair (ochron & przyrod: 4,961 matches) first listed all of them: 3.4-5.3 ms per count on the
-- 50,000-organisation benchmark, the most expensive statements of the directory page. The table is now four hash
-- partitions of organization_id with a GIN index each: the count reads them one after another and stops in the first
-- one that reaches the limit, so a common pair lists a quarter of its matches; a rare pair reads all four, as before.
-- organization_search_count runs the count with sequential scans off: on a partition the planner would otherwise walk
-- the rows for a dense pair, testing each row's tsvector of about 150 entries, instead of reading the index (3.3
-- against 0.8 ms for ochron & @bezpieczenstwo). A PL/pgSQL function keeps its
-- plan for the session. Measured with pgbench (docs/benchmarks.md): 0.4-0.8 ms instead of 2.7-5.3 ms for the pairs of
-- the page's mix; an empty pair 0.11 ms.
create table organization_search_terms_partitioned (
    organization_id bigint   not null,
    terms           tsvector not null
) partition by hash (organization_id);

create table organization_search_terms_0 partition of organization_search_terms_partitioned
    for values with (modulus 4, remainder 0);
create table organization_search_terms_1 partition of organization_search_terms_partitioned
    for values with (modulus 4, remainder 1);
create table organization_search_terms_2 partition of organization_search_terms_partitioned
    for values with (modulus 4, remainder 2);
create table organization_search_terms_3 partition of organization_search_terms_partitioned
    for values with (modulus 4, remainder 3);

insert into organization_search_terms_partitioned (organization_id, terms)
select organization_id, terms from organization_search_terms;

drop table organization_search_terms;
alter table organization_search_terms_partitioned rename to organization_search_terms;
-- The constraints are made once the old table (and its names) are gone, so that they have their usual names on the
-- table and its partitions (renaming a partitioned table's constraint leaves the partitions' copies as they were).
alter table organization_search_terms add constraint organization_search_terms_pkey primary key (organization_id);
alter table organization_search_terms add constraint organization_search_terms_organization_id_fkey
    foreign key (organization_id) references organization (id) on delete cascade;

create index organization_search_terms_idx on organization_search_terms using gin (terms);

-- The triggers' functions (V9, V9_1) name the table in their bodies and so write into the partitioned one.

create function organization_search_count(wanted tsquery, at_most integer) returns bigint
    language plpgsql stable set enable_seqscan = off as $$
begin
    return (select count(*) from (select 1 from organization_search_terms t where t.terms @@ wanted limit at_most) m);
end $$;

analyze organization_search_terms;
