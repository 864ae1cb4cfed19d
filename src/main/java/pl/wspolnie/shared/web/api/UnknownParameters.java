package pl.wspolnie.shared.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a query parameter that a {@link PublicApi} handler does not take (a misspelt
 * filter would otherwise silently return everything): 400 naming it. A handler takes its
 * {@code @RequestParam}s and the components of its {@link Paging} and {@link ApiFilter}
 * arguments.
 */
class UnknownParameters implements HandlerInterceptor {

    private static final DefaultParameterNameDiscoverer DISCOVERER = new DefaultParameterNameDiscoverer();

    private final Map<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.getBeanType().isAnnotationPresent(PublicApi.class)) {
            Set<String> names = known.computeIfAbsent(method, UnknownParameters::namesOf);
            for (String name : request.getParameterMap().keySet()) {
                if (!names.contains(name)) {
                    throw new BadParameter(name, "unknown parameter");
                }
            }
        }
        return true;
    }

    private static Set<String> namesOf(HandlerMethod method) {
        Set<String> names = new HashSet<>();
        for (MethodParameter p : method.getMethodParameters()) {
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                p.initParameterNameDiscovery(DISCOVERER);
                names.add(!param.name().isEmpty() ? param.name() : p.getParameterName());
            }
            else if (p.getParameterType() == Paging.class || p.getParameterType() == ApiFilter.class) {
                Arrays.stream(p.getParameterType().getRecordComponents())
                    .map(RecordComponent::getName)
                    .forEach(names::add);
            }
        }
        return names;
    }

}
