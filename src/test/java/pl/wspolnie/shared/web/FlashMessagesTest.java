package pl.wspolnie.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout's one place for the outcome of the last action: a status for "notice", an
 * alert for "warning", with arguments.
 */
class FlashMessagesTest {

    private static final Locale PL = Locale.forLanguageTag("pl");

    private final SpringTemplateEngine engine = engine();

    @Test
    void warningWithArgumentsShowsThemAndNoPlaceholder() {
        String html = render(Map.of("warning", "test.refused", "warningArgs", new Object[] { 3, "Sala A" }));
        assertThat(html).contains("role=\"alert\"", "Nie można: 3 miejsc w Sala A.")
            .doesNotContain("{0}", "role=\"status\"");
    }

    @Test
    void noticeWithoutArgumentsIsAStatus() {
        String html = render(Map.of("notice", "test.saved"));
        assertThat(html).contains("role=\"status\"", "Zapisano.").doesNotContain("role=\"alert\"");
    }

    @Test
    void nothingToSayRendersNothing() {
        assertThat(render(Map.of()).strip()).isEmpty();
    }

    private String render(Map<String, Object> variables) {
        Context context = new Context(PL, variables);
        return engine.process("fragments/flash", Set.of("messages"), context);
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("test.refused", PL, "Nie można: {0} miejsc w {1}.");
        messages.addMessage("test.saved", PL, "Zapisano.");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

}
