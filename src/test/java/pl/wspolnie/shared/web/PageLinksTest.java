package pl.wspolnie.shared.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pager's links keep the list's filters exactly as the browser sent them (Polish
 * letters, spaces).
 */
class PageLinksTest {

    private final PageLinks links = new PageLinks();

    @AfterEach
    void reset() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void filtersWithPolishLettersAreNotEncodedTwice() {
        current("/centre/trainings/needs/pisanie%20ofert", "q=%C5%81%C3%B3d%C5%BA+i+okolice&sphere=kultura&page=0");
        assertThat(links.withParam("page", 1))
            .isEqualTo("/centre/trainings/needs/pisanie%20ofert?q=%C5%81%C3%B3d%C5%BA+i+okolice&sphere=kultura&page=1");
    }

    @Test
    void aParameterIsAddedOrRemoved() {
        current("/organizations", "q=%C5%9Bwi%C4%99to");
        assertThat(links.withParam("page", 2)).isEqualTo("/organizations?q=%C5%9Bwi%C4%99to&page=2");
        current("/organizations", "q=a&page=3");
        assertThat(links.withParam("page", null)).isEqualTo("/organizations?q=a");
    }

    private static void current(String uri, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setQueryString(query);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

}
