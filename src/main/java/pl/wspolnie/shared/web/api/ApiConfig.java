package pl.wspolnie.shared.web.api;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import pl.wspolnie.shared.web.PublicPaths;

import java.util.List;
import java.util.Map;

/**
 * The foundation of the public read API (/api/v1, {@link PublicApi}): no login for GET,
 * the {@link Paging} and {@link ApiFilter} arguments, unknown parameters refused, the
 * rate limit per client address, and the errors every operation may answer documented in
 * the OpenAPI document.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiConfig implements WebMvcConfigurer {

    static final String PROBLEM_JSON = "application/problem+json";

    private final ApiSettings settings;

    private final KnownJsts jsts;

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ApiArguments(settings, jsts));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new UnknownParameters()).addPathPatterns("/api/**");
    }

    @Bean
    FilterRegistrationBean<ApiRateLimit> apiRateLimit() {
        FilterRegistrationBean<ApiRateLimit> registration = new FilterRegistrationBean<>(
                new ApiRateLimit(settings.rateLimit()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    PublicPaths apiPublicPaths() {
        return PublicPaths.get("/api/v1/**");
    }

    /**
     * Every operation of /api/v1 documents the answers the foundation gives: 304 (the
     * client's copy is current), 400 (a parameter cannot be used), 404 when it has a path
     * variable, 429 (rate limit, with Retry-After), all errors as problem details.
     */
    @Bean
    OpenApiCustomizer apiErrorResponses() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            if (components.getSchemas() == null || !components.getSchemas().containsKey("ProblemDetail")) {
                Map<String, Schema> problem = ModelConverters.getInstance(true).readAll(ProblemDetail.class);
                problem.forEach(components::addSchemas);
            }
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/v1/") && item.getGet() != null) {
                    document(item.getGet(), path.contains("{"));
                }
            });
        };
    }

    private static void document(Operation operation, boolean hasPathVariable) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses.computeIfAbsent("304", k -> new ApiResponse()
            .description("Not modified: the client's copy (If-None-Match or " + "If-Modified-Since) is current"));
        responses.computeIfAbsent("400", k -> problem("A parameter cannot be used (its name in \"parameter\")"));
        if (hasPathVariable) {
            responses.computeIfAbsent("404", k -> problem("No such public record"));
        }
        responses.computeIfAbsent("429", k -> problem("Too many requests from this address")
            .addHeaderObject("Retry-After", new Header().description("Seconds to wait").schema(new IntegerSchema())));
        ApiResponse ok = responses.get("200");
        if (ok != null) {
            ok.addHeaderObject("ETag",
                    new Header().description("Validator for If-None-Match").schema(new StringSchema()));
            ok.addHeaderObject("Last-Modified",
                    new Header().description("Latest change of the records shown, when known")
                        .schema(new StringSchema()));
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
            .content(new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
    }

}
