package pl.wspolnie.diagnosis;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person named to a LIJW working group is told by mail; when the coordinator publishes
 * the report, the JST's officials, the coordinator and the group are told with its link.
 */
class LijwMailsTest extends IntegrationTest {

    @Test
    void theNamedMemberAndThenTheOfficialsAndTheGroupAreTold() {
        long jst = jstId(KLUCZEWSKO);
        String coordinatorEmail = userWithRole(Role.LIAISON_OFFICER, KLUCZEWSKO);
        WebClient coordinator = loggedIn(coordinatorEmail);
        String official = userWithRole(Role.OFFICIAL, KLUCZEWSKO);
        String path = LijwDiagnosisTest.open(coordinator, jst, 2016);
        coordinator.post(path + "/freeze", Map.of(), coordinator.get(path).csrf());
        String memberEmail = plainUser();
        assertThat(coordinator.post(path + "/members", Map.of("email", memberEmail), coordinator.get(path).csrf())
            .redirectPath()).isEqualTo(path);

        String named = TestMailServer.awaitMail(memberEmail, "Zespół oceny jakości współpracy");
        assertThat(named).contains("rok 2016", path);

        WebClient member = loggedIn(memberEmail);
        String csrf = member.get(path).csrf();
        List<Long> indicators = jdbc.sql("select id from lijw_indicator where diagnosis_id = ? and enabled order by id")
            .param(Long.parseLong(path.replaceAll("\\D", "")))
            .query(Long.class)
            .list();
        for (long id : indicators) {
            assertThat(member
                .post(path + "/indicators/" + id + "/score", Map.of("score", "1", "justification", "Ocena zespołu"),
                        csrf)
                .status()).isEqualTo(302);
        }
        assertThat(coordinator.post(path + "/publish", Map.of(), coordinator.get(path).csrf()).status()).isEqualTo(302);

        for (String told : List.of(memberEmail, official, coordinatorEmail)) {
            assertThat(TestMailServer.awaitMail(told, "Opublikowano raport o jakości współpracy")).contains("rok 2016",
                    path + "/report");
        }
    }

}
