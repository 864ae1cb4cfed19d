package pl.wspolnie.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.ByteArrayOutputStream;
import java.net.HttpCookie;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scripted visitor over real HTTP: keeps cookies like a browser, reads the CSRF token
 * from the page's forms and posts forms as a browser would. Does not follow redirects, so
 * tests see them.
 */
public class WebClient {

    public record Page(int status, String body, Map<String, List<String>> headers) {
        public String location() {
            List<String> l = headers.get("location");
            return l == null ? null : l.get(0);
        }

        /**
         * The path (without scheme and host) this answer redirects to; fails, showing the
         * page, unless the answer is a 302 redirect.
         */
        public String redirectPath() {
            assertThat(status).as(body).isEqualTo(302);
            return location().replaceAll("^https?://[^/]+", "");
        }

        public String header(String name) {
            List<String> l = headers.get(name.toLowerCase());
            return l == null ? null : l.get(0);
        }

        /** The hidden CSRF token of the first form on the page. */
        public String csrf() {
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
            if (!m.find()) {
                throw new AssertionError("No CSRF token on page:\n" + body);
            }
            return m.group(1);
        }

        /**
         * The value of an input by id, HTML-unescaped (for "the typed value is kept"
         * checks).
         */
        public String inputValue(String id) {
            Matcher m = Pattern.compile("<input[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(body);
            if (!m.find()) {
                throw new AssertionError("No input #" + id);
            }
            Matcher v = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(m.group());
            return v.find() ? unescape(v.group(1)) : "";
        }

        /**
         * Text of the page with tags removed and entities decoded, for "contains" checks.
         */
        public String text() {
            return unescape(body.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " "))
                .replaceAll("\\s+", " ");
        }
    }

    private static final AtomicInteger VISITORS = new AtomicInteger();

    private final String base;

    private final HttpClient http;

    private final CookieManager cookies;

    /**
     * Each visitor appears to come from its own address (through the trusted local proxy
     * header), so failed-login limits per IP of one test never lock out another.
     */
    private final String address;

    public WebClient(int port) {
        int n = VISITORS.incrementAndGet();
        this.address = "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
        this.base = "http://localhost:" + port;
        this.cookies = new CookieManager();
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private WebClient(WebClient same, int port) {
        this.address = same.address;
        this.base = "http://localhost:" + port;
        this.cookies = same.cookies;
        this.http = same.http;
    }

    /**
     * The same visitor (same cookies, same address) talking to another instance of the
     * application on this port.
     */
    public WebClient samePersonOn(int port) {
        return new WebClient(this, port);
    }

    /** The value of a cookie this visitor holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore()
            .getCookies()
            .stream()
            .filter(c -> c.getName().equals(name))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElse(null);
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    public Page getWithAccept(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    /** GETs the form page for its CSRF token, then posts the fields to the action. */
    public Page submit(String formPage, String action, Map<String, String> fields) {
        String token = get(formPage).csrf();
        return post(action, fields, token);
    }

    public Page post(String action, Map<String, String> fields, String csrfToken) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            all.put("_csrf", csrfToken);
        }
        StringBuilder form = new StringBuilder();
        all.forEach((k, v) -> {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8));
        });
        return send(HttpRequest.newBuilder(uri(action))
            .header("Accept", "text/html")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    /**
     * Multipart POST (file uploads): each file part is name → (filename, content type,
     * bytes).
     */
    public Page postMultipart(String action, Map<String, String> fields, Map<String, FilePart> files,
            String csrfToken) {
        String boundary = "----wspolnie" + UUID.randomUUID();
        var out = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfToken);
        all.forEach((k, v) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + (v == null ? "" : v) + "\r\n"));
        files.forEach((k, f) -> {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"; filename=\""
                    + f.filename() + "\"\r\nContent-Type: " + f.contentType() + "\r\n\r\n");
            out.writeBytes(f.bytes());
            write(out, "\r\n");
        });
        write(out, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(uri(action))
            .header("Accept", "text/html")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    public record FilePart(String filename, String contentType, byte[] bytes) {
    }

    /** Logs in through the login form; fails the test unless the login succeeded. */
    public WebClient login(String email, String password) {
        Page result = submit("/login", "/login", Map.of("email", email, "password", password));
        if (result.status() != 302 || result.location() == null || result.location().contains("/login")) {
            throw new AssertionError("Login failed for " + email + ": " + result.status() + " " + result.location());
        }
        return this;
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", address).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    public String address() {
        return address;
    }

    private Page send(HttpRequest.Builder request) {
        request.header("X-Forwarded-For", address);
        try {
            HttpResponse<String> r = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(r.statusCode(), r.body(), r.headers().map());
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    static String unescape(String s) {
        return s.replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&#x27;", "'")
            .replace("&amp;", "&");
    }

}
