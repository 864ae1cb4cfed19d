package pl.wspolnie.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bounds every request before anything reads it: a body larger than the path allows
 * (small forms everywhere, the big limits only on the declared {@link UploadLimit} paths)
 * gets the 413 page at once, from its Content-Length, without being parsed; a body
 * without a length (chunked) gets 411. A URL-encoded form the container could not take
 * whole (too many parameters, too large, malformed) gets 400/413 here instead of reaching
 * the application with fields silently missing.
 */
public class RequestSizeFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestSizeFilter.class);

    private record Upload(PathPattern pattern, long maxBytes) {
    }

    private final long maxFormBytes;

    private final long maxMultipartBytes;

    private final List<Upload> uploads = new ArrayList<>();

    public RequestSizeFilter(RequestLimits limits, List<UploadLimit> uploadLimits) {
        this.maxFormBytes = limits.maxFormSize().toBytes();
        this.maxMultipartBytes = limits.maxMultipartSize().toBytes();
        for (UploadLimit limit : uploadLimits) {
            for (String pattern : limit.patterns()) {
                uploads.add(new Upload(PathPatternParser.defaultInstance.parse(pattern), limit.maxRequest().toBytes()));
            }
        }
    }

    /** The largest body this path takes with this content type. */
    long limitFor(String path, String contentType) {
        boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (!multipart) {
            return maxFormBytes;
        }
        PathContainer container = PathContainer.parsePath(path);
        long limit = maxMultipartBytes;
        for (Upload upload : uploads) {
            if (upload.pattern().matches(container)) {
                limit = Math.max(limit, upload.maxBytes());
            }
        }
        return limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        String transferEncoding = request.getHeader("Transfer-Encoding");
        if (length < 0 && transferEncoding != null) {
            response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
            return;
        }
        if (length > 0) {
            long limit = limitFor(request.getRequestURI().substring(request.getContextPath().length()),
                    request.getContentType());
            if (length > limit) {
                log.info("Refused {} {}: body of {} bytes, this path takes {}", request.getMethod(),
                        request.getRequestURI(), length, limit);
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            String type = request.getContentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                try {
                    // the container parses the (now bounded) form; linear
                    request.getParameterNames();
                }
                catch (IllegalStateException e) {
                    // Tomcat refuses more than server.tomcat.max-parameter-count
                    // parameters, or a malformed body
                    String reason = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
                    log.info("Refused {} {}: form not parsed ({})", request.getMethod(), request.getRequestURI(),
                            e.getMessage());
                    response.sendError(
                            reason.contains("maximum") || reason.contains("too large") || reason.contains("limit")
                                    ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                                    : HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

}
