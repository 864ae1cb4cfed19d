package pl.wspolnie.governance;

import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.governance.GovernanceFixtures.appoint;
import static pl.wspolnie.governance.GovernanceFixtures.partyId;

/**
 * What the tests of the register and the documents share: an agreement's Council of two
 * and a Council meeting held today, at which resolutions are adopted.
 */
abstract class CouncilMeetingSupport extends IntegrationTest {

    /**
     * Opens a Council term, appoints two city-office members, calls a Council meeting
     * held today at midnight; returns the meeting's path.
     */
    String councilMeetingToday(WebClient coordinator, long id, String w) {
        LocalDate today = LocalDate.now(clock);
        String path = "/governance/" + id;
        String council = path + "/council";
        coordinator.post(council + "/terms",
                Map.of("startsOn", today.toString(), "endsOn", today.plusYears(3).toString()),
                coordinator.get(council).csrf());
        long powiat = partyId(loggedIn(userWithRole(Role.JST_ADMIN, POWIAT)).get(path).body(), "Powiat włoszczowski");
        for (int i = 0; i < 2; i++) {
            String email = uniqueEmail("radna" + i);
            provisioning.ensureConfirmedUser(email, "Radna " + i + " " + w, DEMO_PASSWORD);
            assertThat(appoint(coordinator, id, "CITY_OFFICE", powiat, email, today.toString()).status())
                .isEqualTo(302);
        }
        return coordinator
            .submit(path + "/meetings/new", path + "/meetings/new", Map.of("body", "COUNCIL", "startsAt",
                    today + "T00:00", "place", "Starostwo", "agenda", "1. Regulamin"))
            .redirectPath();
    }

    /** The Council's two members, in the order appointed. */
    long[] memberIds(long agreementId) {
        return jdbc.sql("""
                select s.user_id from governance_council_seat s join governance_council_term t on t.id = s.term_id
                where t.agreement_id = ? order by s.id""")
            .param(agreementId)
            .query(Long.class)
            .list()
            .stream()
            .mapToLong(Long::longValue)
            .toArray();
    }

    String emailOf(long userId) {
        return jdbc.sql("select email from user_account where id = ?").param(userId).query(String.class).single();
    }

    /** Records a resolution with both members present voting for it; returns its path. */
    String adoptResolution(WebClient who, String meeting, long[] members, String title) {
        return who
            .submit(meeting + "/resolutions/new", meeting + "/resolutions/new",
                    Map.of("title", title, "text", "Uchwała " + title, "vote-" + members[0], "FOR",
                            "vote-" + members[1], "FOR"))
            .redirectPath();
    }

    /** Ticks both members present. */
    void bothPresent(WebClient coordinator, String meeting, long[] members) {
        coordinator.post(meeting + "/attendance?present=" + members[0] + "&present=" + members[1], Map.of(),
                coordinator.get(meeting).csrf());
        coordinator.get(meeting);
    }

    static String idOf(String resolutionPath) {
        Matcher m = Pattern.compile("/(\\d+)$").matcher(resolutionPath);
        assertThat(m.find()).as(resolutionPath).isTrue();
        return m.group(1);
    }

}
