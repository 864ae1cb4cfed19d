package pl.wspolnie.site;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import pl.wspolnie.shared.web.PublicPaths;

/**
 * The page for developers and data users: the public API and its rules, with examples.
 */
@Controller
class DevelopersController {

    @GetMapping("/developers")
    String developers() {
        return "site/developers";
    }

    @Bean
    static PublicPaths developersPublicPaths() {
        return PublicPaths.get("/developers");
    }

}
