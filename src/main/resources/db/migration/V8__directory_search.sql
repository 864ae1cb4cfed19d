-- Directory search without counting the whole table: the number of organisations per gmina, kept by a trigger in
-- the same transaction as the change. The unfiltered directory and a JST filter (a powiat and its gminas) add up a
-- few rows instead of counting 50,000 index entries per request (11-28 ms on the benchmark data, under load).
create table organization_gmina_count (
    gmina_id      bigint primary key references jst (id),
    organizations bigint not null check (organizations >= 0)
);

insert into organization_gmina_count (gmina_id, organizations)
select gmina_id, count(*) from organization group by gmina_id;

create function organization_gmina_count_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update organization_gmina_count set organizations = organizations - 1 where gmina_id = old.gmina_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into organization_gmina_count (gmina_id, organizations) values (new.gmina_id, 1)
        on conflict (gmina_id) do update set organizations = organization_gmina_count.organizations + 1;
    end if;
    return null;
end $$;

create trigger organization_gmina_count_insert_delete after insert or delete on organization
    for each row execute function organization_gmina_count_change();
create trigger organization_gmina_count_move after update of gmina_id on organization
    for each row when (old.gmina_id is distinct from new.gmina_id) execute function organization_gmina_count_change();
