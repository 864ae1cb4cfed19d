package pl.wspolnie.site;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.web.DisplayPreferences;
import pl.wspolnie.shared.web.PublicPaths;
import pl.wspolnie.shared.web.SafeRedirects;

import java.time.Duration;

@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SiteController {

    private final Jsts jsts;

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("members", jsts.members());
        return "site/home";
    }

    @GetMapping("/accessibility")
    String accessibilityStatement() {
        return "site/accessibility";
    }

    /**
     * The font-size and contrast switches of the header; remembered for a year in
     * cookies.
     */
    @PostMapping("/preferences")
    String preferences(@RequestParam(required = false) String font, @RequestParam(required = false) String contrast,
            @RequestParam(required = false) String returnTo, HttpServletResponse response) {
        if (font != null) {
            response
                .addCookie(cookie(DisplayPreferences.FONT_COOKIE, String.valueOf(DisplayPreferences.parseStep(font))));
        }
        if (contrast != null) {
            response.addCookie(cookie(DisplayPreferences.CONTRAST_COOKIE, "1".equals(contrast) ? "1" : "0"));
        }
        return "redirect:" + SafeRedirects.localPath(returnTo);
    }

    /** Trivial endpoint for load balancers and as the baseline of the benchmarks. */
    @GetMapping("/ping")
    @ResponseBody
    String ping() {
        return "ok";
    }

    private static Cookie cookie(String name, String value) {
        Cookie c = new Cookie(name, value);
        c.setPath("/");
        c.setMaxAge((int) Duration.ofDays(365).getSeconds());
        c.setHttpOnly(true);
        c.setAttribute("SameSite", "Lax");
        return c;
    }

    @Bean
    static PublicPaths sitePublicPaths() {
        return PublicPaths.get("/", "/accessibility", "/ping");
    }

    @Bean
    static PublicPaths preferencesPublicPath() {
        return PublicPaths.any("/preferences");
    }

}
