-- A sphere group ("edukacja-i-kultura") is one entry of organization_search_terms besides its spheres ('@kultura' and
-- '@edukacja-i-kultura'), so a search of words within a group intersects two posting lists instead of OR-ing the
-- group's five. On the 50,000-organisation benchmark the count of "dzieci" in a group fell from 3.6 to 1.1 ms
-- (docs/benchmarks.md). The sphere catalogue is fixed by migrations; a migration that moves a sphere to another group
-- must rebuild the entries as this one does.
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
          where s.organization_id = organization_search_terms.organization_id and c.parent_code is not null) terms
$$;

update organization_search_terms t set terms = organization_search_terms(o.search_text, o.id)
from organization o where o.id = t.organization_id;

analyze organization_search_terms;
