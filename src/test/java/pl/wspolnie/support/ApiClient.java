package pl.wspolnie.support;

import java.net.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program reading the public API over real HTTP. Each client comes from its own public
 * address (198.18.0.0/15, sent as X-Forwarded-For from the local proxy, which Tomcat
 * trusts), so the rate limit of one test never touches another's.
 */
public class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    private final String address;

    public ApiClient(int port) {
        this.port = port;
        ThreadLocalRandom r = ThreadLocalRandom.current();
        this.address = "198." + r.nextInt(18, 20) + "." + r.nextInt(0, 256) + "." + r.nextInt(1, 255);
    }

    public String address() {
        return address;
    }

    public record Answer(int status, String body, HttpResponseHeaders headers) {

        public String header(String name) {
            return headers.first(name);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public record HttpResponseHeaders(HttpHeaders headers) {
        String first(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** GET with optional header pairs (name, value, name, value...). */
    public Answer get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("X-Forwarded-For", address)
            .header("Accept", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), new HttpResponseHeaders(response.headers()));
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON of a 200 answer (fails, showing the body, otherwise). */
    public JsonNode json(String path) {
        Answer answer = get(path);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.json();
    }

}
