package pl.wspolnie.news;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Collections;

/**
 * The spheres of public benefit (the national list seeded by the organisations'
 * migration) as filter and form options for the information modules (news, calendar,
 * subscriptions). Read once: the list changes only with a migration.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Spheres {

    /** One sphere item (not a group). */
    public record Option(String code, String name, String nameEn) {
        public String label(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
        }
    }

    private final JdbcClient jdbc;

    private volatile Map<String, Option> byCode;

    public List<Option> all() {
        return List.copyOf(load().values());
    }

    public boolean exists(String code) {
        return code != null && load().containsKey(code);
    }

    public String label(String code, Locale locale) {
        Option o = load().get(code);
        return o == null ? code : o.label(locale);
    }

    /**
     * The labels of these codes in the order of the national list (unknown codes
     * skipped).
     */
    public List<String> labels(Collection<String> codes, Locale locale) {
        return load().values().stream().filter(o -> codes.contains(o.code())).map(o -> o.label(locale)).toList();
    }

    private Map<String, Option> load() {
        Map<String, Option> m = byCode;
        if (m == null) {
            Map<String, Option> loaded = new LinkedHashMap<>();
            jdbc.sql("""
                    select s.code, s.name, s.name_en from sphere s join sphere g on g.code = s.parent_code
                    order by g.position, s.position""")
                .query((rs, i) -> new Option(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()
                .forEach(o -> loaded.put(o.code(), o));
            m = Collections.unmodifiableMap(loaded);
            byCode = m;
        }
        return m;
    }

}
