package pl.wspolnie.consultations.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spheres of public benefit offered on the consultation form (the fixed national
 * list, read once).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SphereOptions {

    public record Sphere(String code, String name, String nameEn) {
        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : name;
        }
    }

    private final JdbcClient jdbc;

    private volatile List<Sphere> all;

    List<Sphere> all() {
        List<Sphere> list = all;
        if (list == null) {
            list = jdbc.sql("select code, name, name_en from sphere where parent_code is not null order by position")
                .query((rs, n) -> new Sphere(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
            all = list;
        }
        return list;
    }

    Map<String, String> labels(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        all().forEach(s -> labels.put(s.code(), s.label(locale)));
        return labels;
    }

}
