package pl.wspolnie.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo partnership of seed 002 is there on first start, every demo login works, and a
 * second start seeds nothing.
 */
class DemoDataTest extends IntegrationTest {

    @Autowired
    DemoData demoData;

    @Test
    void partnershipOfAPowiatAndTwoGminasWithTerytCodes() {
        assertThat(jsts.members()).extracting(j -> j.teryt()).contains("2613", "2613012", "2613052");
        assertThat(jsts.get(jstId(KLUCZEWSKO)).parentId()).isEqualTo(jstId(POWIAT));
    }

    @Test
    void everyDemoLoginWorks() {
        for (DemoData.DemoLogin login : DemoData.LOGINS) {
            assertThat(loggedIn(login.email()).get("/account").text()).contains(login.name());
        }
    }

    @Test
    void secondStartDoesNotSeedAgain() throws Exception {
        long users = jdbc.sql("select count(*) from user_account where email like '%@wspolnie.demo'")
            .query(Long.class)
            .single();
        long jstCount = jdbc.sql("select count(*) from jst").query(Long.class).single();
        assertThat(demoData.seedUnlessPresent()).isFalse();
        assertThat(jdbc.sql("select count(*) from user_account where email like '%@wspolnie.demo'")
            .query(Long.class)
            .single()).isEqualTo(users);
        assertThat(jdbc.sql("select count(*) from jst").query(Long.class).single()).isEqualTo(jstCount);
    }

}
