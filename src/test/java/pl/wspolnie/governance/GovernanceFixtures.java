package pl.wspolnie.governance;

import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps through the agreement's pages that several governance tests share. */
final class GovernanceFixtures {

    private GovernanceFixtures() {
    }

    static final String GOALS = "Promocja partnerstwa\nWzrost zatrudnienia w organizacjach";

    /** The coordinator makes an agreement of the JST; returns its id. */
    static long agreement(WebClient coordinator, long jstId, String title) {
        Page created = coordinator.submit("/governance/new", "/governance/new",
                Map.of("jstId", String.valueOf(jstId), "title", title, "mission", "Profesjonalizacja sektora NGO",
                        "goals", GOALS, "actions", "Centrum Organizacji Pozarządowych\nPlatforma wymiany informacji",
                        "principles", "Pomocniczość\nPartnerstwo\nJawność", "signedOn", "2026-01-15"));
        Matcher m = Pattern.compile("/governance/(\\d+)$").matcher(created.redirectPath());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /**
     * The id of the party of this name in the agreement's page (its row or application).
     */
    static long partyId(String page, String name) {
        Matcher m = Pattern
            .compile("/parties/(\\d+)/(?:decision|leave)\"(?:(?!/parties/)[\\s\\S])*?" + Pattern.quote(name))
            .matcher(page);
        assertThat(m.find()).as("party %s", name).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** An NGO applies through its representative; returns the answer. */
    static Page applyAsNgo(WebClient representative, long agreementId, long organizationId) {
        return representative.submit("/governance/" + agreementId + "/apply", "/governance/" + agreementId + "/apply",
                Map.of("kind", "NGO", "organizationId", String.valueOf(organizationId), "declaration", "true"));
    }

    static Page decide(WebClient decider, long agreementId, long partyId, String decision, String reason) {
        String token = decider.get("/governance/" + agreementId).csrf();
        return decider.post("/governance/" + agreementId + "/parties/" + partyId + "/decision",
                Map.of("decision", decision, "reason", reason), token);
    }

    /** A JST's administrator applies for its organisational unit. */
    static Page applyAsUnit(WebClient administrator, long agreementId, long jstId, String unit) {
        return administrator.submit("/governance/" + agreementId + "/apply", "/governance/" + agreementId + "/apply",
                Map.of("kind", "UNIT", "jstId", String.valueOf(jstId), "unitName", unit, "declaration", "true"));
    }

    /** The coordinator appoints a member of the Council; returns the answer. */
    static Page appoint(WebClient coordinator, long agreementId, String group, long partyId, String email,
            String fromOn) {
        String council = "/governance/" + agreementId + "/council";
        return coordinator.post(council + "/seats",
                Map.of("group", group, "partyId", String.valueOf(partyId), "email", email, "fromOn", fromOn),
                coordinator.get(council).csrf());
    }

    /** One who acts for the party names its representative or substitute from the day. */
    static Page mandate(WebClient who, long agreementId, long party, String role, String email, String from) {
        String forum = "/governance/" + agreementId + "/forum";
        return who.post(forum + "/mandates", Map.of("partyId", String.valueOf(party), "role", role, "email", email,
                "validFrom", from, "validTo", ""), who.get(forum).csrf());
    }

}
