package pl.wspolnie.shared.web;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The template attribute {@code ws:options="${list}"}: the element holding it is replaced
 * by an {@code <option>} for each {@link SelectOption.Choice} of the list and an
 * {@code <optgroup>} for each {@link SelectOption.Group}, written as
 * {@code <option th:each="c : ${list}" th:value="${c.value}" th:text="${c.label}"
 * th:selected="${c.selected}">} would write them (values and texts escaped the same way).
 * A long select (the directory's spheres: 47 options) costs one expression instead of
 * about two hundred (docs/benchmarks.md, "the directory page's expressions").
 */
@Component
public class SelectOptionsDialect extends AbstractProcessorDialect {

    static final String PREFIX = "ws";

    public SelectOptionsDialect() {
        super("Wspólnie select options", PREFIX, 1000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new OptionsProcessor(dialectPrefix));
    }

    private static final class OptionsProcessor extends AbstractAttributeTagProcessor {

        OptionsProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "options", true, 1000, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                String attributeValue, IElementTagStructureHandler structureHandler) {
            Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
                .parseExpression(context, attributeValue)
                .execute(context);
            IModelFactory factory = context.getModelFactory();
            IModel model = factory.createModel();
            if (value instanceof Iterable<?> items) {
                for (Object item : items) {
                    if (item instanceof SelectOption.Group group) {
                        model.add(factory.createOpenElementTag("optgroup", "label", escape(group.label())));
                        for (SelectOption.Choice choice : group.choices()) {
                            option(factory, model, choice);
                        }
                        model.add(factory.createCloseElementTag("optgroup"));
                    }
                    else if (item instanceof SelectOption.Choice choice) {
                        option(factory, model, choice);
                    }
                    else {
                        throw new IllegalArgumentException("ws:options takes SelectOption items, not " + item);
                    }
                }
            }
            else if (value != null) {
                throw new IllegalArgumentException("ws:options takes a list of SelectOption, not " + value);
            }
            structureHandler.replaceWith(model, false);
        }

        private static void option(IModelFactory factory, IModel model, SelectOption.Choice choice) {
            Map<String, String> attributes = new LinkedHashMap<>(4);
            attributes.put("value", escape(choice.value()));
            if (choice.selected()) {
                attributes.put("selected", "selected");
            }
            model.add(factory.createText("\n"));
            model.add(factory.createOpenElementTag("option", attributes, AttributeValueQuotes.DOUBLE, false));
            model.add(factory.createText(escape(choice.label())));
            model.add(factory.createCloseElementTag("option"));
        }

        private static String escape(String text) {
            return text == null ? "" : HtmlEscape.escapeHtml4Xml(text);
        }

    }

}
