package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.competitions.domain.smallgrant.SmallGrantSeeding;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.ApiClient;
import pl.wspolnie.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contracts with their settlement totals and small grants through the public API: what
 * the results and the register show, never the bank account, the contract's number, a
 * report not accepted, a small grant not published or the remarks' authors.
 */
class GrantApiTest extends IntegrationTest {

    @Autowired
    CompetitionSeeding competitions;

    @Autowired
    SmallGrantSeeding smallGrants;

    @Autowired
    OrganizationSeeding organizations;

    @Test
    void contractShowsItsAmountAndTheSettlementOnlyOnceTheFinalReportIsAccepted() {
        String word = TestOrganizations.word();
        World w = world("Fundacja Umowy " + word);
        long jst = w.jst();
        LocalDate today = LocalDate.now(clock);
        competitions.ensureDecidedWithContract(jst, w.official(), w.ngo(), w.ngo(), w.org(), "Konkurs Umowy " + word,
                "Oferta Umowy " + word, "UM/" + word, today.minusDays(100), today.plusDays(60), false);
        long offer = jdbc.sql("select id from offer where title = ?")
            .param("Oferta Umowy " + word)
            .query(Long.class)
            .single();
        Object[] contract = jdbc
            .sql("select grant_amount, bank_account, period_from from competition_contract where offer_id = ?")
            .param(offer)
            .query((rs, n) -> new Object[] { rs.getBigDecimal(1), rs.getString(2), rs.getObject(3, LocalDate.class) })
            .single();
        BigDecimal grant = (BigDecimal) contract[0];
        ApiClient api = new ApiClient(port);

        JsonNode c = api.json("/api/v1/contracts/" + offer);
        assertThat(c.get("offerTitle").asString()).isEqualTo("Oferta Umowy " + word);
        assertThat(c.get("taskName").asString()).isEqualTo("Warsztaty rękodzieła ludowego");
        assertThat(c.get("organizations").get(0).get("name").asString()).isEqualTo("Fundacja Umowy " + word);
        assertThat(c.get("grantAmount").decimalValue()).isEqualByComparingTo(grant);
        assertThat(c.get("settled").asBoolean()).isFalse();
        assertThat(c.get("toReturn").isNull()).isTrue();
        assertThat(c.toString()).doesNotContain((String) contract[1], "UM/" + word);

        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into competition_report (offer_id, jst_id, kind, status, content, created_at, submitted_at)
                values (?, ?, 'FINAL', 'SUBMITTED', '{}', ?, ?)""").params(offer, jst, now, now).update();
        assertThat(api.json("/api/v1/contracts/" + offer).get("settled").asBoolean()).isFalse();
        jdbc.sql("""
                update competition_report set status = 'ACCEPTED', decided_at = ?, unused_grant = 300.00,
                above_share = 200.00, to_return = 500.00 where offer_id = ?""").params(now, offer).update();
        JsonNode settled = api.json("/api/v1/contracts/" + offer);
        assertThat(settled.get("settled").asBoolean()).isTrue();
        assertThat(settled.get("toReturn").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(settled.get("unusedGrant").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(settled.get("settledAmount").decimalValue())
            .isEqualByComparingTo(grant.subtract(new BigDecimal("500")));

        int year = ((LocalDate) contract[2]).getYear();
        assertThat(api.json("/api/v1/contracts?size=100&jst=" + jst + "&year=" + year).toString())
            .contains("Oferta Umowy " + word);
        assertThat(api.json("/api/v1/contracts?size=100&jst=" + jst + "&year=" + (year - 5)).toString())
            .doesNotContain(word);
        assertThat(api.get("/api/v1/contracts/999999999").status()).isEqualTo(404);
    }

    @Test
    void smallGrantsAppearOncePublishedAndTheRegisterHoldsTheAwardedOnes() {
        String word = TestOrganizations.word();
        World w = world("Fundacja Grantu " + word);
        long jst = w.jst();
        LocalDate today = LocalDate.now(clock);
        smallGrants.ensure(jst, w.official(), w.ngo(), w.org(), "Przyznany " + word, "Świetlica", "kultura",
                new BigDecimal("6000.00"), new BigDecimal("5000.00"), today.minusDays(20), today.minusDays(5),
                today.plusDays(30), "Uwaga Kowalskiego " + word, 9);
        smallGrants.ensure(jst, w.official(), w.ngo(), w.org(), "Do uwag " + word, "Świetlica", "kultura",
                new BigDecimal("4000.00"), new BigDecimal("3000.00"), today.minusDays(1), today.plusDays(10),
                today.plusDays(40), null, null);
        smallGrants.ensure(jst, w.official(), w.ngo(), w.org(), "Przed oceną " + word, "Świetlica", "kultura",
                new BigDecimal("4000.00"), new BigDecimal("3000.00"), today.minusDays(1), today.plusDays(10),
                today.plusDays(40), null, null);
        long hidden = offerId("Przed oceną " + word);
        jdbc.sql("update small_grant set status = 'SUBMITTED', published_on = null, remarks_until = null,"
                + " judged_at = null where offer_id = ?")
            .param(hidden)
            .update();
        long awarded = offerId("Przyznany " + word);
        ApiClient api = new ApiClient(port);

        JsonNode g = api.json("/api/v1/small-grants/" + awarded);
        assertThat(g.get("status").asString()).isEqualTo("AWARDED");
        assertThat(g.get("organization").get("name").asString()).isEqualTo("Fundacja Grantu " + word);
        assertThat(g.get("amount").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(g.get("decisionReason").asString()).isNotBlank();
        assertThat(api.get("/api/v1/small-grants/" + hidden).status()).isEqualTo(404);

        int year = today.minusDays(20).getYear();
        String list = api.json("/api/v1/small-grants?size=100&jst=" + jst).toString();
        assertThat(list).contains("Przyznany " + word, "Do uwag " + word)
            .doesNotContain("Przed oceną " + word, "Kowalskiego", "Mieszkaniec gminy");
        String register = api.json("/api/v1/small-grant-register?size=100&jst=" + jst + "&year=" + year).toString();
        assertThat(register).contains("Przyznany " + word).doesNotContain("Do uwag " + word, "Przed oceną " + word);
    }

    record World(long jst, long official, long ngo, long org) {
    }

    private World world(String organization) {
        long jst = jstId(SECEMIN);
        long ngo = userId(plainUser());
        long org = organizations.ensure(TestOrganizations.details(organization, jst, List.of("kultura"), null), ngo,
                true, true);
        return new World(jst, userId(userWithRole(Role.OFFICIAL, SECEMIN)), ngo, org);
    }

    private long offerId(String title) {
        return jdbc.sql("select id from offer where title = ?").param(title).query(Long.class).single();
    }

    private long userId(String email) {
        return jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
    }

}
