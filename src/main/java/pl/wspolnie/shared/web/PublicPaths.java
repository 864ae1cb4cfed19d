package pl.wspolnie.shared.web;

import org.springframework.http.HttpMethod;

import java.util.List;

/**
 * Paths a module serves to anonymous visitors. Each module declares its own bean; the
 * security configuration permits exactly these and requires a login for everything else.
 *
 * @param method HTTP method, or null for any method
 * @param patterns Spring path patterns, e.g. {@code /organizations/{id:\d+}}
 */
public record PublicPaths(HttpMethod method, List<String> patterns) {

    public static PublicPaths get(String... patterns) {
        return new PublicPaths(HttpMethod.GET, List.of(patterns));
    }

    public static PublicPaths any(String... patterns) {
        return new PublicPaths(null, List.of(patterns));
    }
}
