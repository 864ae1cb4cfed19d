package pl.wspolnie.shared.web;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SelectOptionsDialectTest {

    private static final List<SelectOption.Choice> CHOICES = List.of(
            new SelectOption.Choice("a&b", "Kultura <i> \"sztuka\" & 'teatr'", false),
            new SelectOption.Choice("turystyka", "Turystyka – góry", true), new SelectOption.Choice("x", null, false));

    private static final List<SelectOption.Group> GROUPS = List.of(new SelectOption.Group("Sport & turystyka", CHOICES),
            new SelectOption.Group("Inne", List.of(new SelectOption.Choice("inne", "Inne", false))));

    @Test
    void writesOptionsAsTheIteratingTemplateDoes() {
        String byDialect = render("<select><th:block ws:options=\"${list}\"></th:block></select>", CHOICES);
        String byIteration = render("""
                <select><option th:each="c : ${list}" th:value="${c.value}" th:text="${c.label}"
                  th:selected="${c.selected}"></option></select>""", CHOICES);

        assertThat(byDialect).isEqualTo(byIteration)
            .contains("<option value=\"a&amp;b\">Kultura &lt;i&gt; &quot;sztuka&quot; &amp; &#39;teatr&#39;</option>")
            .contains("<option value=\"turystyka\" selected=\"selected\">Turystyka – góry</option>")
            .contains("<option value=\"x\"></option>");
    }

    @Test
    void writesGroupsAsTheIteratingTemplateDoes() {
        String byDialect = render("<select><th:block ws:options=\"${list}\"></th:block></select>", GROUPS);
        String byIteration = render("""
                <select><optgroup th:each="g : ${list}" th:label="${g.label}">
                <option th:each="c : ${g.choices}" th:value="${c.value}" th:text="${c.label}"
                  th:selected="${c.selected}"></option></optgroup></select>""", GROUPS);

        assertThat(byDialect).isEqualTo(byIteration).contains("<optgroup label=\"Sport &amp; turystyka\">");
    }

    @Test
    void noListWritesNothing() {
        assertThat(render("<select><th:block ws:options=\"${list}\"></th:block></select>", null))
            .isEqualTo("<select></select>");
    }

    private static String render(String template, List<?> list) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.addDialect(new SelectOptionsDialect());
        Context context = new Context(Locale.ROOT);
        context.setVariable("list", list);
        String html = engine.process(template, context);
        return html.replaceAll(">\\s+<", "><");
    }

}
