package pl.wspolnie.shared.web;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.springframework.util.unit.DataSize;

/**
 * Requests are bounded before anything parses them, and a too-large one gets the 413
 * page, not a 500 or a reset.
 */
class RequestSizeTest extends IntegrationTest {

    @Test
    void hundredThousandCharactersOfLinkedOrganisationsAnswerAtOnceWithAFieldError() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jstId", String.valueOf(jstId(KLUCZEWSKO)));
        form.put("title", "Długie pole");
        form.put("lead", "Wstęp");
        form.put("body", "<p>Treść</p>");
        form.put("spheres", "kultura");
        form.put("linkedOrganizations", "a".repeat(100_000));
        String token = official.get("/news/new").csrf();
        long start = System.nanoTime();
        Page page = official.post("/news/new", form, token);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("aria-invalid=\"true\"");
        assertThat(millis).as("answered in %d ms", millis).isLessThan(2_000);
    }

    @Test
    void aFormLargerThanTwoMegabytesGetsThe413PageBeforeItIsRead() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        String token = official.get("/news/new").csrf();
        Page page = official.post("/news/new", Map.of("title", "x".repeat(3 * 1024 * 1024)), token);
        assertThat(page.status()).isEqualTo(413);
        assertThat(page.text()).contains("Przesłane dane są za duże");
    }

    @Test
    void aMultipartRequestOnAPathWithoutUploadsIsSmallWhileTheAttachmentFormTakesItsFiles() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        String token = official.get("/news/new").csrf();
        Page notAnUpload = official.postMultipart("/news/new", Map.of("title", "x"),
                Map.of("file", new WebClient.FilePart("big.pdf", "application/pdf", new byte[5 * 1024 * 1024])), token);
        assertThat(notAnUpload.status()).isEqualTo(413);

        RequestSizeFilter filter = new RequestSizeFilter(new RequestLimits(null, null),
                List.of(UploadLimit.of(DataSize.ofMegabytes(25), "/news/{id}/attachments")));
        assertThat(filter.limitFor("/news/12/attachments", "multipart/form-data; boundary=x"))
            .isEqualTo(25L * 1024 * 1024);
        assertThat(filter.limitFor("/news/12/edit", "multipart/form-data; boundary=x")).isEqualTo(2L * 1024 * 1024);
        assertThat(filter.limitFor("/news/12/attachments", "application/x-www-form-urlencoded"))
            .isEqualTo(2L * 1024 * 1024);
    }

    @Test
    void tooManyParametersGetA4xxNotA500() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        String token = official.get("/news/new").csrf();
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 1500; i++) {
            many.put("p" + i, "x");
        }
        Page page = official.post("/news/new", many, token);
        assertThat(page.status()).isBetween(400, 499);
    }

    @Test
    void aBodyWithoutALengthIsRefused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        byte[] body = "title=x".getBytes();
        HttpResponse<String> response = http
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/news/new"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(411);
    }

}
