-- Training needs covered (issue 6): one row per (training, need tag), kept in step with centre_training.need_tags
-- by a trigger (the application, the demo and the bench data all write need_tags), so the needs page aggregates
-- in SQL and the per-tag page reads one tag through an index instead of loading every tagged training.
-- tag_key is the tag lower-cased, with the characters a URL path must not carry (/ \ % ;) replaced by '-'; it is
-- what the per-tag page's URL holds (/centre/trainings/needs/{tag}).
create table centre_training_need (
    training_id bigint        not null references centre_training (id) on delete cascade,
    tag         varchar(1000) not null,
    tag_key     varchar(1000) not null,
    primary key (tag_key, training_id)
);
create index centre_training_need_training_idx on centre_training_need (training_id);

create function centre_training_need_key(tag text) returns text language sql immutable as $$
    select lower(translate(btrim(tag), '/\%;', '----'))
$$;

create function centre_training_need_sync() returns trigger language plpgsql as $$
begin
    delete from centre_training_need where training_id = new.id;
    insert into centre_training_need (training_id, tag, tag_key)
    select new.id, min(btrim(x)), centre_training_need_key(x)
    from unnest(string_to_array(new.need_tags, ',')) as x
    where btrim(x) <> ''
    group by centre_training_need_key(x);
    return new;
end
$$;

create trigger centre_training_need_sync after insert or update of need_tags on centre_training
    for each row execute function centre_training_need_sync();

insert into centre_training_need (training_id, tag, tag_key)
select t.id, min(btrim(x)), centre_training_need_key(x)
from centre_training t, unnest(string_to_array(t.need_tags, ',')) as x
where btrim(x) <> ''
group by t.id, centre_training_need_key(x);

