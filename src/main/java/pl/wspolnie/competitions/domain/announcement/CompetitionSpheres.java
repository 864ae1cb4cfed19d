package pl.wspolnie.competitions.domain.announcement;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.Collections;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spheres of public benefit a task can belong to (the items of the national list in
 * table {@code sphere}, seeded by a migration, so read once).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CompetitionSpheres {

    public record SphereItem(String code, String name, String nameEn) {
        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
        }
    }

    private final JdbcClient jdbc;

    private volatile Map<String, SphereItem> items;

    public List<SphereItem> all() {
        return List.copyOf(load().values());
    }

    public boolean exists(String code) {
        return code != null && load().containsKey(code);
    }

    public String label(String code, Locale locale) {
        SphereItem item = code == null ? null : load().get(code);
        return item == null ? "" : item.label(locale);
    }

    private Map<String, SphereItem> load() {
        Map<String, SphereItem> m = items;
        if (m == null) {
            Map<String, SphereItem> read = new LinkedHashMap<>();
            jdbc.sql("select code, name, name_en from sphere where parent_code is not null order by position")
                .query((rs, n) -> new SphereItem(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()
                .forEach(s -> read.put(s.code(), s));
            // In the order of the national list (Map.copyOf would lose it).
            m = Collections.unmodifiableMap(read);
            items = m;
        }
        return m;
    }

}
