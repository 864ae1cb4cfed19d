-- Directory searches that combine conditions (several words, or words and a sphere) count their matches in one GIN
-- index of whole entries instead of merging prefix matches. organization_search_terms keeps, per organisation, every
-- word of the folded search text with its prefixes of 4 letters and more ("sportowe": sport, sporto, sportow,
-- sportowe; shorter words whole) and its spheres as '@code'. A query word's stem (SearchText) is then one exact entry
-- ("fundacj" & "senior") instead of every word that starts with it, and a sphere group is an OR of entries of the same
-- index instead of a join per row: 3-5 ms of CPU instead of 8-10 ms per count on the 50,000-organisation benchmark
-- (docs/benchmarks.md). Kept by triggers in the same transaction as the change.
create function organization_search_terms(search_text text, organization_id bigint) returns tsvector
    language sql stable parallel safe as $$
    select array_to_tsvector(coalesce(array_agg(distinct term), '{}'))
    from (select left(word, n) as term
          from unnest(tsvector_to_array(to_tsvector('simple', search_text))) word,
               generate_series(least(4, length(word)), length(word)) n
          union all
          select '@' || s.sphere_code from organization_sphere s
          where s.organization_id = organization_search_terms.organization_id) terms
$$;

create table organization_search_terms (
    organization_id bigint   primary key references organization (id) on delete cascade,
    terms           tsvector not null
);

insert into organization_search_terms (organization_id, terms)
select id, organization_search_terms(search_text, id) from organization;

create index organization_search_terms_idx on organization_search_terms using gin (terms);

create function organization_search_terms_keep(changed bigint) returns void language sql as $$
    insert into organization_search_terms (organization_id, terms)
    select o.id, organization_search_terms(o.search_text, o.id) from organization o where o.id = changed
    on conflict (organization_id) do update set terms = excluded.terms
$$;

create function organization_search_terms_change() returns trigger language plpgsql as $$
begin
    perform organization_search_terms_keep(new.id);
    return null;
end $$;

create function organization_search_terms_sphere_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform organization_search_terms_keep(old.organization_id);
    else
        perform organization_search_terms_keep(new.organization_id);
    end if;
    return null;
end $$;

create trigger organization_search_terms_change after insert or update of search_text on organization
    for each row execute function organization_search_terms_change();
create trigger organization_search_terms_sphere after insert or delete on organization_sphere
    for each row execute function organization_search_terms_sphere_change();

-- The planner needs the new table's statistics at once (autovacuum analyses it only later).
analyze organization_search_terms;
