package pl.wspolnie.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Values every page's layout needs: display preferences and the path to come back to. */
@ControllerAdvice
public class LayoutModelAdvice {

    @ModelAttribute("prefs")
    DisplayPreferences prefs(HttpServletRequest request) {
        return DisplayPreferences.from(request);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        if (uri == null) {
            uri = request.getRequestURI();
        }
        String query = request.getQueryString();
        return SafeRedirects.localPath(query == null ? uri : uri + "?" + query);
    }

}
