package pl.wspolnie.shared.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.thymeleaf.context.WebExpressionContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.Caches;
import pl.wspolnie.shared.cache.Sized;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Renders one fragment of a template to HTML inside the current request (links,
 * {@code @fmt}, messages and form tokens work as in the page itself), and, when given a
 * content key, keeps the HTML for that key: the next page showing the same content reuses
 * it instead of rendering again.
 * <p>
 * The content key must hold <em>everything</em> the fragment shows (records of the rows,
 * names, dates; the language is added here), so equal keys always mean equal HTML and
 * nothing needs to be invalidated: changed data makes a different key. A fragment that
 * shows anything personal or holds a form (its CSRF token is per session) must be
 * rendered without a key. Kept in the cache {@code fragments}
 * ({@code shared.cache.CacheConfiguration}, bounded by size and dropped after an hour
 * unused); fragments over {@value #MAX_FRAGMENT_CHARS} characters are rendered but not
 * reused.
 * <p>
 * A caller that can tell cheaply that the content is unchanged (a fingerprint of the rows
 * from the database) but not everything in it (names from another module) uses
 * {@link #render(String, String, Object, Duration, Supplier)}: the HTML is kept at most
 * {@code maxAge}, so such a part may be that much behind, and the variables are only
 * built when the fragment has to be rendered.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RenderedFragments {

    static final int MAX_FRAGMENT_CHARS = 200_000;

    /**
     * How often a kept fragment was reused and how often one was rendered (on this
     * instance).
     */
    public record Stats(long hits, long renders) {
    }

    private record Key(String template, String fragment, Locale locale, Object content) {
    }

    private record Kept(String html, long keptAtNanos, long maxAgeNanos) implements Sized {

        boolean freshAt(long nanos) {
            return maxAgeNanos == Long.MAX_VALUE || nanos - keptAtNanos < maxAgeNanos;
        }

        @Override
        public long bytes() {
            return 64 + Sized.of(html);
        }
    }

    private final ISpringTemplateEngine engine;

    private final ApplicationContext applicationContext;

    private final Caches caches;

    private final AtomicLong hits = new AtomicLong();

    private final AtomicLong renders = new AtomicLong();

    /**
     * The fragment {@code fragment} (a {@code th:fragment} name) of {@code template},
     * rendered with these variables. With a non-null {@code content} key the HTML is
     * reused for equal keys; with null it is always rendered.
     */
    public String render(String template, String fragment, Map<String, ?> variables, Object content) {
        return content == null ? rendered(template, fragment, variables, LocaleContextHolder.getLocale())
                : render(template, fragment, content, null, () -> variables);
    }

    /**
     * The fragment kept under {@code key} for at most {@code maxAge} (null: as long as it
     * fits), rendered with the variables from the supplier when there is none.
     */
    public String render(String template, String fragment, Object key, Duration maxAge,
            Supplier<? extends Map<String, ?>> variables) {
        Locale locale = LocaleContextHolder.getLocale();
        long now = System.nanoTime();
        String[] rendered = new String[1];
        Kept kept = caches.get(CacheConfiguration.FRAGMENTS, new Key(template, fragment, locale, key), () -> {
            rendered[0] = rendered(template, fragment, variables.get(), locale);
            return rendered[0].length() > MAX_FRAGMENT_CHARS ? null // shown, not kept
                    : new Kept(rendered[0], now, maxAge == null ? Long.MAX_VALUE : maxAge.toNanos());
        }, k -> k.freshAt(now));
        if (rendered[0] != null) {
            return rendered[0];
        }
        hits.incrementAndGet();
        return kept.html();
    }

    private String rendered(String template, String fragment, Map<String, ?> variables, Locale locale) {
        renders.incrementAndGet();
        return process(template, fragment, variables, locale);
    }

    public Stats stats() {
        return new Stats(hits.get(), renders.get());
    }

    /**
     * What Thymeleaf's own view does for a page, for one fragment of it, into a string.
     */
    private String process(String template, String fragment, Map<String, ?> variables, Locale locale) {
        ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder
            .currentRequestAttributes();
        HttpServletRequest request = attributes.getRequest();
        HttpServletResponse response = attributes.getResponse();
        Map<String, Object> model = new HashMap<>(variables);
        RequestContext requestContext = new RequestContext(request, response, request.getServletContext(), model);
        model.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
        model.put(AbstractTemplateView.SPRING_MACRO_REQUEST_CONTEXT_ATTRIBUTE, requestContext);
        model.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
                new SpringWebMvcThymeleafRequestContext(requestContext, request));
        model.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext,
                        (ConversionService) request.getAttribute(ConversionService.class.getName())));
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
            .buildExchange(request, response);
        return engine.process(template, Set.of(fragment),
                new WebExpressionContext(engine.getConfiguration(), exchange, locale, model));
    }

}
