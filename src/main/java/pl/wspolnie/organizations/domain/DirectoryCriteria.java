package pl.wspolnie.organizations.domain;

import pl.wspolnie.shared.text.SearchText;

/**
 * What a directory list shows: the search text, the JST and sphere filters and the order,
 * exactly as in the URL, so that a list can be shared and exported.
 *
 * @param q search text (diacritics and word endings do not matter), or null
 * @param jst a JST id: a gmina shows its organisations, a powiat also those of its gminas
 * @param sphere a sphere code: a group includes all its items
 * @param sort the order asked for, or null for the default (relevance when searching,
 * otherwise by name)
 */
public record DirectoryCriteria(String q, Long jst, String sphere, DirectorySort sort) {

    public static final int MAX_QUERY_LENGTH = 200;

    public DirectoryCriteria {
        q = q == null || q.isBlank() ? null : q.strip();
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            q = q.substring(0, MAX_QUERY_LENGTH);
        }
        sphere = sphere == null || sphere.isBlank() ? null : sphere.strip();
    }

    /** Parses the URL parameters; throws {@link InvalidCriteria} on an unknown sort. */
    public static DirectoryCriteria of(String q, Long jst, String sphere, String sort) {
        DirectorySort s = null;
        if (sort != null && !sort.isBlank()) {
            s = DirectorySort.fromParam(sort.strip()).orElseThrow(() -> new InvalidCriteria("sort", "unknown sort"));
        }
        return new DirectoryCriteria(q, jst, sphere, s);
    }

    public static DirectoryCriteria none() {
        return new DirectoryCriteria(null, null, null, null);
    }

    /** The PostgreSQL text query of q, or null when q has nothing to search for. */
    public String tsQuery() {
        return SearchText.toTsQuery(q);
    }

    /**
     * The order used: the one asked for, relevance only with a search text, by name by
     * default.
     */
    public DirectorySort effectiveSort() {
        boolean searching = tsQuery() != null;
        if (sort == null) {
            return searching ? DirectorySort.RELEVANCE : DirectorySort.NAME;
        }
        return sort == DirectorySort.RELEVANCE && !searching ? DirectorySort.NAME : sort;
    }
}
