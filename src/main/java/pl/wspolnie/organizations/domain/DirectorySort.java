package pl.wspolnie.organizations.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Orders of the directory; {@link #param()} is the value in the URL
 * ({@code ?sort=name-desc}).
 */
public enum DirectorySort {

    NAME("name", "o.sort_name, o.id"), NAME_DESC("name-desc", "o.sort_name desc, o.id desc"),
    NEWEST("newest", "o.created_at desc, o.id desc"),
    /** Best matches first; only with a search text (otherwise by name). */
    RELEVANCE("relevance", "rank desc, o.sort_name, o.id");

    private final String param;

    private final String orderBy;

    DirectorySort(String param, String orderBy) {
        this.param = param;
        this.orderBy = orderBy;
    }

    public String param() {
        return param;
    }

    /**
     * ORDER BY terms over the organisation alias (o) or, for an outer query, another
     * alias.
     */
    String orderBy(String alias) {
        return orderBy.replace("o.", alias + ".");
    }

    public static Optional<DirectorySort> fromParam(String value) {
        return Arrays.stream(values()).filter(s -> s.param.equals(value)).findFirst();
    }

}
