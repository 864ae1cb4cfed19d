-- A search within a JST (a gmina, a powiat or a voivodeship) combined with words or a sphere was counted and read
-- along the organisation table: the GIN index of search_vector AND the gmina index, then every candidate row's
-- tsvector rechecked and, for a sphere, joined: "klub sportowy" in the sphere "wolontariat" within one gmina read
-- 2,376 rows to find 113 (50,000-organisation benchmark). organization_search_terms now holds for every organisation
-- '#<id>' of its gmina and of each unit above it (powiat, voivodeship), so a JST filter is one more entry of the
-- search's terms, intersected in the index like a word or a sphere (OrganizationDirectory.termsQuery).
-- A JST's parent is set when it is created (JstAdministration) and never changed; should a migration change one, the
-- trigger below rebuilds the entries of the organisations under it.
create or replace function organization_search_terms(search_text text, organization_id bigint) returns tsvector
    language sql stable parallel safe as $$
    select array_to_tsvector(coalesce(array_agg(distinct term), '{}'))
    from (select left(word, n) as term
          from unnest(tsvector_to_array(to_tsvector('simple', search_text))) word,
               generate_series(least(4, length(word)), length(word)) n
          union all
          select '@' || s.sphere_code from organization_sphere s
          where s.organization_id = organization_search_terms.organization_id
          union all
          select '@' || c.parent_code from organization_sphere s join sphere c on c.code = s.sphere_code
          where s.organization_id = organization_search_terms.organization_id and c.parent_code is not null
          union all
          select '#' || units.id from (
              with recursive up (id, parent_id, depth) as (
                  select j.id, j.parent_id, 1 from organization o join jst j on j.id = o.gmina_id
                  where o.id = organization_search_terms.organization_id
                  union all
                  select j.id, j.parent_id, up.depth + 1 from up join jst j on j.id = up.parent_id
                  where up.depth < 5)
              select id from up) units) terms
$$;

drop trigger organization_search_terms_change on organization;
create trigger organization_search_terms_change after insert or update of search_text, gmina_id on organization
    for each row execute function organization_search_terms_change();

create function organization_search_terms_jst_change() returns trigger language plpgsql as $$
begin
    update organization_search_terms t set terms = organization_search_terms(o.search_text, o.id)
    from organization o
    where o.id = t.organization_id
      and o.gmina_id in (with recursive below (id) as (
                             select new.id
                             union
                             select j.id from jst j join below b on j.parent_id = b.id)
                         select id from below);
    return null;
end $$;

create trigger organization_search_terms_jst after update of parent_id on jst
    for each row when (old.parent_id is distinct from new.parent_id)
    execute function organization_search_terms_jst_change();

update organization_search_terms t set terms = organization_search_terms(o.search_text, o.id)
from organization o where o.id = t.organization_id;

analyze organization_search_terms;

-- The matches of a search counted in the kept terms, at most at_most of them (in no particular order): when there are
-- few (OrganizationDirectory.RANK_LIMIT), the page reads just these rows instead of searching the table again (the
-- planner cannot tell few matches of an intersection from many and chose to scan: 62 ms instead of 2 ms).
create function organization_search_ids(wanted tsquery, at_most integer) returns setof bigint
    language plpgsql stable set enable_seqscan = off as $$
begin
    return query select t.organization_id from organization_search_terms t where t.terms @@ wanted limit at_most;
end $$;
