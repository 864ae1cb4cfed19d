package pl.wspolnie.shared.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.format.FormatterRegistry;
import pl.wspolnie.shared.text.TypedDates;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import pl.wspolnie.shared.cache.Caches;

/**
 * Polish by default; {@code ?lang=en} switches to English and is remembered in a cookie.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfig implements WebMvcConfigurer {

    public static final Locale POLISH = Locale.forLanguageTag("pl");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("wsp_lang") {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, supported(locale));
            }

            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return supported(super.resolveLocale(request));
            }
        };
        resolver.setDefaultLocale(POLISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /**
     * Polish and English are the platform's languages; anything else falls back to
     * Polish.
     */
    static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : POLISH;
    }

    /**
     * Static files only under their own prefixes
     * (spring.web.resources.add-mappings=false). With Boot's default "/**" mapping every
     * link on every page was looked up as a classpath resource while rendering, which
     * cost more than the rest of the page.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl cache = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
        for (String folder : new String[] { "css", "js", "img", "fonts" }) {
            registry.addResourceHandler("/" + folder + "/**")
                .addResourceLocations("classpath:/static/" + folder + "/")
                .setCacheControl(cache)
                .resourceChain(true);
        }
        registry.addResourceHandler("/webjars/**")
            .addResourceLocations("classpath:/META-INF/resources/webjars/")
            .setCacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
            .resourceChain(true)
            .addResolver(new LiteWebJarsResourceResolver());
    }

    /**
     * Dates of forms: ISO from a date input or dd.MM.yyyy typed by hand (registered after
     * Spring's own ISO-only parser, so it is the one used).
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(TypedDates.fields());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        // Not on the error page: a refused request's body must not be read to find "lang"
        // (RequestSizeFilter).
        registry.addInterceptor(lang).excludePathPatterns("/error");
        registry.addInterceptor(new FormErrorStatus());
    }

    @Bean
    PublicPageCache publicPageCache(Caches caches, ObjectProvider<PublicPageCache.PublicPage> pages,
            @Value("${wspolnie.cache.enabled:true}") boolean enabled) {
        return new PublicPageCache(caches, enabled ? pages.orderedStream().toList() : List.of());
    }

    /**
     * Before Spring Security: a cached anonymous page needs none of its work (its headers
     * are replayed).
     */
    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(PublicPageCache cache) {
        FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    /**
     * Right after the character encoding filter (UTF-8 must be set before the form is
     * parsed): a request larger than its path takes is refused before anything reads it.
     */
    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(RequestLimits limits, List<UploadLimit> uploads) {
        FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeFilter(limits, uploads));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    PublicPaths sharedPublicPaths() {
        return PublicPaths.get("/css/**", "/js/**", "/img/**", "/fonts/**", "/webjars/**", "/favicon.ico", "/error",
                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");
    }

}
