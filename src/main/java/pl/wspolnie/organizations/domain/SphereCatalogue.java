package pl.wspolnie.organizations.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The national list of spheres of public benefit, read once from the database (the
 * migration seeds it; it changes only with a new migration, i.e. a new release), so pages
 * never query it.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SphereCatalogue {

    /** A group with its items, in the order of the list. */
    public record Group(Sphere group, List<Sphere> items) {
    }

    private record Loaded(List<Group> groups, Map<String, Sphere> byCode) {
    }

    private final JdbcClient jdbc;

    private volatile Loaded loaded;

    public List<Group> groups() {
        return load().groups();
    }

    public Optional<Sphere> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(load().byCode().get(code));
    }

    /**
     * True for the code of an item (a sphere organisations can be tagged with), false for
     * groups and unknown codes.
     */
    public boolean isItem(String code) {
        return find(code).filter(s -> !s.isGroup()).isPresent();
    }

    /**
     * The item codes a filter value stands for: a group's items, or the item itself;
     * empty for an unknown code.
     */
    public List<String> expand(String code) {
        return find(code)
            .map(s -> s.isGroup() ? load().groups()
                .stream()
                .filter(g -> g.group().code().equals(code))
                .findFirst()
                .map(g -> g.items().stream().map(Sphere::code).toList())
                .orElse(List.of()) : List.of(s.code()))
            .orElse(List.of());
    }

    /**
     * The spheres of these codes in the order of the list (unknown codes are skipped).
     */
    public List<Sphere> inOrder(Collection<String> codes) {
        List<Sphere> result = new ArrayList<>();
        for (Group g : groups()) {
            for (Sphere s : g.items()) {
                if (codes.contains(s.code())) {
                    result.add(s);
                }
            }
        }
        return result;
    }

    /** Polish names of these spheres, for the search text. */
    public List<String> polishNames(Collection<String> codes) {
        return inOrder(codes).stream().map(Sphere::name).toList();
    }

    private Loaded load() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    l = read();
                    loaded = l;
                }
            }
        }
        return l;
    }

    private Loaded read() {
        List<Sphere> all = jdbc
            .sql("select code, parent_code, article_point, name, name_en from sphere order by position")
            .query((rs, n) -> new Sphere(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5)))
            .list();
        Map<String, Sphere> byCode = new LinkedHashMap<>();
        Map<String, List<Sphere>> items = new LinkedHashMap<>();
        for (Sphere s : all) {
            byCode.put(s.code(), s);
            if (s.isGroup()) {
                items.putIfAbsent(s.code(), new ArrayList<>());
            }
        }
        for (Sphere s : all) {
            if (!s.isGroup()) {
                items.get(s.parentCode()).add(s);
            }
        }
        List<Group> groups = items.entrySet()
            .stream()
            .map(e -> new Group(byCode.get(e.getKey()), List.copyOf(e.getValue())))
            .toList();
        return new Loaded(groups, Map.copyOf(byCode));
    }

}
