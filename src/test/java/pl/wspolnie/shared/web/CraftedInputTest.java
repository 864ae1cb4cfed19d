package pl.wspolnie.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * Crafted input never answers 500: every GET route with path variables (read from the
 * application's own request mappings, so a new route is covered without touching this
 * test) is probed with huge, negative, zero, non-numeric and out-of-range values, by an
 * anonymous visitor and by a platform administrator (who passes every permission check
 * and so reaches the deepest code); plus crafted form posts.
 */
class CraftedInputTest extends IntegrationTest {

    private static final List<String> CRAFTED = List.of("0", "-1", "999999999", "99999", "99999999999999999999", "abc");

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)(?::[^}]*)?}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noGetRouteAnswers500ToCraftedPathVariables() {
        Set<String> patterns = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if ((methods.isEmpty() || methods.contains(RequestMethod.GET)) && info.getPathPatternsCondition() != null) {
                for (PathPattern p : info.getPathPatternsCondition().getPatterns()) {
                    if (p.getPatternString().contains("{")) {
                        patterns.add(p.getPatternString());
                    }
                }
            }
        });
        assertThat(patterns).as("the routes are read from the mappings")
            .hasSizeGreaterThan(50)
            .contains("/programmes/reports/{jstId:\\d+}/{year:\\d+}");

        List<String> paths = new ArrayList<>();
        for (String pattern : patterns) {
            paths.addAll(crafted(pattern));
        }
        WebClient anonymous = visitor();
        WebClient admin = loggedIn(userWithRole(Role.PLATFORM_ADMIN, null));
        List<String> failures = new ArrayList<>();
        for (String path : paths) {
            for (WebClient who : List.of(anonymous, admin)) {
                Page page = who.get(path);
                if (page.status() >= 500) {
                    failures.add((who == admin ? "admin " : "anonymous ") + path + " → " + page.status());
                }
            }
        }
        assertThat(failures).as("probed %d paths", paths.size()).isEmpty();
    }

    @Test
    void noPostRouteAnswers500ToCraftedPathVariablesAndFields() {
        Map<String, Set<String>> routes = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)
                    && info.getPathPatternsCondition() != null) {
                for (PathPattern p : info.getPathPatternsCondition().getPatterns()) {
                    if (p.getPatternString().contains("{")) {
                        routes.computeIfAbsent(p.getPatternString(), k -> new TreeSet<>()).addAll(fieldNames(method));
                    }
                }
            }
        });
        assertThat(routes).hasSizeGreaterThan(50);
        WebClient admin = loggedIn(userWithRole(Role.PLATFORM_ADMIN, null));
        String token = admin.get("/account").csrf();
        List<String> failures = new ArrayList<>();
        int probes = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (var route : routes.entrySet()) {
            // Every variable crafted at once, so no existing record is touched; every
            // field gets the same crafted value.
            for (String value : List.of("0", "-1", "999999999", "99999999999999999999", "abc")) {
                String path = fill(route.getKey(), n -> value);
                Map<String, String> fields = new LinkedHashMap<>();
                route.getValue().forEach(f -> fields.put(f, value));
                Page page = admin.post(path, fields, token);
                probes++;
                statuses.merge(page.status(), 1, Integer::sum);
                if (page.status() >= 500) {
                    failures.add(path + " " + fields.keySet() + " → " + page.status());
                }
            }
        }
        assertThat(failures).as("probed %d posts", probes).isEmpty();
        assertThat(statuses.keySet()).as("the posts passed the CSRF check and reached the handlers: %s", statuses)
            .contains(404, 400);
    }

    /**
     * The form fields a handler binds: its @RequestParam names and the components of its
     * form records.
     */
    private static Set<String> fieldNames(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (var parameter : method.getMethodParameters()) {
            var requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
                if (name != null && !"file".equals(name)) {
                    names.add(name);
                }
            }
            else if (parameter.getParameterType().isRecord()) {
                for (var component : parameter.getParameterType().getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        return names;
    }

    @Test
    void craftedFormPostsAnswerWithAClear4xx() {
        WebClient admin = loggedIn(userWithRole(Role.PLATFORM_ADMIN, null));
        long powiat = jstId(POWIAT);
        String token = admin.get("/account").csrf();
        for (String path : List.of("/programmes/reports/0/2025", "/programmes/reports/999999999/2025",
                "/programmes/reports/" + powiat + "/0", "/programmes/reports/" + powiat + "/99999")) {
            Page saved = admin.post(path, Map.of("narrative", "crafted", "publish", "true"), token);
            assertThat(saved.status()).as(path).isBetween(400, 499);
        }
        assertThat(jdbc.sql(
                "select count(*) from programme_report where year not between 2000 and 2100 or jst_id not in (select id from jst)")
            .query(Long.class)
            .single()).as("nothing stored for a crafted JST or year").isZero();

        WebClient stranger = visitor();
        String registerToken = stranger.get("/register").csrf();
        Page registered = stranger
            .post("/register",
                    Map.of("email", uniqueEmail("crafted"), "displayName", "Crafted", "password", "Dlugie-haslo-123",
                            "passwordRepeat", "Dlugie-haslo-123", "jstId", "abc", "acceptTerms", "true"),
                    registerToken);
        assertThat(registered.status()).isEqualTo(422);
        assertThat(registered.text()).contains("Wybierz samorząd z listy.");
        Page unknownJst = stranger.post("/register",
                Map.of("email", uniqueEmail("crafted"), "displayName", "Crafted", "password", "Dlugie-haslo-123",
                        "passwordRepeat", "Dlugie-haslo-123", "jstId", "999999999", "acceptTerms", "true"),
                registerToken);
        assertThat(unknownJst.status()).isEqualTo(422);
    }

    /**
     * The pattern with each variable crafted in turn (others realistic), and with all
     * crafted at once.
     */
    private List<String> crafted(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String value : CRAFTED) {
            out.add(fill(pattern, n -> value));
            for (String name : names) {
                out.add(fill(pattern, n -> n.equals(name) ? value : realistic(n)));
            }
        }
        out.removeIf(p -> p.contains("**"));
        return new ArrayList<>(out);
    }

    private String realistic(String name) {
        String n = name.toLowerCase();
        if (n.contains("jst")) {
            return String.valueOf(jstId(POWIAT));
        }
        if (n.equals("year")) {
            return "2025";
        }
        if (n.equals("format")) {
            return "csv";
        }
        return "1";
    }

    private static String fill(String pattern, UnaryOperator<String> value) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        Map<String, String> cache = new LinkedHashMap<>();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(cache.computeIfAbsent(m.group(1), value)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

}
