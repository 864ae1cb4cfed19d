package pl.wspolnie.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.stream.IntStream;

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

    /**
     * A page whose template fails after it has produced more than Tomcat's 8 KB response
     * buffer.
     */
    @GetMapping("/test-only/failure-while-rendering")
    String failWhileRendering(Model model) {
        model.addAttribute("lines", IntStream.range(0, 400).boxed().toList());
        model.addAttribute("failing", new Failing());
        return "test-only/failing";
    }

    /** Used by the template: fails when asked for its value. */
    public static class Failing {

        public String value() {
            throw new IllegalStateException("simulated failure while rendering, with secret detail");
        }

    }

}
