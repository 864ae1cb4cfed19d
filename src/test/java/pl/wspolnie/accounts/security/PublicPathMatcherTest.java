package pl.wspolnie.accounts.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import pl.wspolnie.shared.web.PublicPaths;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one matcher of the modules' public paths permits exactly what they declare. */
class PublicPathMatcherTest {

    private final PublicPathMatcher matcher = new PublicPathMatcher(
            List.of(PublicPaths.get("/organizations", "/organizations/{id:\\d+}", "/css/**"),
                    PublicPaths.any("/register", "/login")));

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({ "GET, /organizations, true", "GET, /organizations/12, true", "GET, /organizations/abc, false",
            "GET, /organizations/12/edit, false", "POST, /organizations, false", "POST, /organizations/12, false",
            "GET, /css/site.css, true", "GET, /css/a/b.css, true", "GET, /cssx, false", "POST, /register, true",
            "GET, /register, true", "PUT, /login, true", "GET, /admin, false", "GET, /, false",
            "GET, /organizations/, false" })
    void permitsWhatTheModulesDeclare(String method, String path, boolean expected) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        assertThat(matcher.matches(request)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "/app, /app/organizations/7, true", "/app, /app/admin, false" })
    void comparesThePathWithinTheApplication(String contextPath, String uri, boolean expected) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setContextPath(contextPath);
        assertThat(matcher.matches(request)).isEqualTo(expected);
    }

}
