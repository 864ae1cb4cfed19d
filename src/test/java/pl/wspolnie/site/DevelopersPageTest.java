package pl.wspolnie.site;

import org.junit.jupiter.api.Test;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/** The developers' page, in Polish and English, linked from every page's footer. */
class DevelopersPageTest extends IntegrationTest {

    @Test
    void theDevelopersPageExplainsTheApiAndIsLinkedFromTheFooter() {
        Page home = visitor().get("/");
        assertThat(home.body()).contains("href=\"/developers\"");

        Page pl = visitor().get("/developers");
        assertThat(pl.status()).isEqualTo(200);
        assertThat(pl.text()).contains("Dla programistów: otwarte dane", "/api/v1/competition-results",
                "application/problem+json", "Retry-After", "DCAT-AP PL");
        assertThat(pl.text()).contains("/api/v1/contracts", "/api/v1/small-grant-register", "/api/v1/programme-reports",
                "/api/v1/council-opinions", "/api/v1/trainings", "/api/v1/budget-editions/{id}/results");

        Page en = visitor().get("/developers?lang=en");
        assertThat(en.status()).isEqualTo(200);
        assertThat(en.text()).contains("For developers: open data", "If-None-Match", "429", "anonymised ballot file");
    }

}
