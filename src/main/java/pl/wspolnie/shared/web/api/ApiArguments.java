package pl.wspolnie.shared.web.api;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@link Paging} and {@link ApiFilter} arguments from the query string: a malformed
 * or out-of-range value is a {@link BadParameter} naming it (400), never a 500.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiArguments implements HandlerMethodArgumentResolver {

    private final ApiSettings settings;

    private final KnownJsts jsts;

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Paging.class || parameter.getParameterType() == ApiFilter.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) {
        if (parameter.getParameterType() == Paging.class) {
            int page = number(request, "page", 0, 0, Integer.MAX_VALUE / settings.maxPageSize());
            int size = number(request, "size", settings.defaultPageSize(), 1, settings.maxPageSize());
            return new Paging(page, size);
        }
        String jstText = request.getParameter("jst");
        Long jst = null;
        if (jstText != null) {
            jst = parse("jst", jstText);
            if (!jsts.exists(jst)) {
                throw new BadParameter("jst", "no such JST");
            }
        }
        String year = request.getParameter("year");
        return new ApiFilter(jst,
                year == null ? null : number(request, "year", 0, ApiFilter.MIN_YEAR, ApiFilter.MAX_YEAR));
    }

    private static int number(NativeWebRequest request, String name, int absent, int min, int max) {
        String text = request.getParameter(name);
        if (text == null) {
            return absent;
        }
        long value = parse(name, text);
        if (value < min || value > max) {
            throw new BadParameter(name, "must be between " + min + " and " + max);
        }
        return (int) value;
    }

    private static long parse(String name, String text) {
        if (!text.matches("-?\\d{1,18}")) {
            throw new BadParameter(name, "not a whole number");
        }
        return Long.parseLong(text);
    }

}
