package pl.wspolnie.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Test-only page that fails, to check what a person sees on an unexpected error (test
 * classpath only).
 */
@Controller
class FailingPageForTests {

    @GetMapping("/test-only/failure")
    String fail() {
        throw new IllegalStateException("simulated failure with secret detail");
    }

}
