package pl.wspolnie.subscriptions.domain;

/**
 * SQL condition: does item {@code c} (published_content) match the settings {@code s}
 * (subscription_settings)?
 */
final class Matching {

    /**
     * No JST chosen = all; an item of the whole partnership matches everybody; a powiat's
     * subscriber hears about its gminas too. No sphere chosen = all; an item without
     * spheres matches everybody.
     */
    static final String CONDITION = """
            (cardinality(s.jst_ids) = 0 or c.jst_id is null or c.jst_id = any(s.jst_ids)
             or exists (select 1 from jst j where j.id = c.jst_id and j.parent_id = any(s.jst_ids)))
            and (cardinality(s.sphere_codes) = 0 or cardinality(c.sphere_codes) = 0 or c.sphere_codes && s.sphere_codes)""";

    private Matching() {
    }

}
