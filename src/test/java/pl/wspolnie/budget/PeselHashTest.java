package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.budget.domain.BudgetSettings;
import pl.wspolnie.support.WebClient;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PESEL's keyed hash: an edition whose voting starts with the pepper set (outside the
 * database) hashes with the key HMAC(pepper, secret), so the database alone does not test
 * PESELs; an edition whose secret was stored before (no check value) keeps hashing with
 * the secret alone, so a person who voted before the pepper was set still cannot vote
 * again.
 */
class PeselHashTest extends VotingSupport {

    @Autowired
    BudgetSettings settings;

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private String voterHash(long editionId) {
        return jdbc.sql("select pesel_hash from budget_voter where edition_id = ?")
            .param(editionId)
            .query(String.class)
            .single();
    }

    private byte[] secret(long editionId) {
        return jdbc.sql("select secret from budget_voting_secret where edition_id = ?")
            .param(editionId)
            .query(byte[].class)
            .single();
    }

    @Test
    void aNewEditionHashesWithThePepperFromTheSettings() throws Exception {
        assertThat(settings.peselPepper()).isNotNull();
        Ballot b = votingEdition();
        String pesel = Voters.pesel(adult());
        assertThat(loggedIn(plainUser())
            .submit(b.path(), b.path(), with(vote(pesel, adult(), b.area1()), "action", "cast"))
            .status()).isEqualTo(200);
        assertThat(jdbc.sql("select pepper_check from budget_voting_secret where edition_id = ?")
            .param(b.id())
            .query(String.class)
            .single()).hasSize(16);
        byte[] digits = pesel.getBytes(StandardCharsets.US_ASCII);
        byte[] secret = secret(b.id());
        byte[] key = hmac(settings.peselPepper().getBytes(StandardCharsets.UTF_8), secret);
        assertThat(voterHash(b.id())).isEqualTo(HexFormat.of().formatHex(hmac(key, digits)))
            .isNotEqualTo(HexFormat.of().formatHex(hmac(secret, digits)));
    }

    @Test
    void anEditionWhoseSecretPredatesThePepperKeepsItsKeyAndStillRefusesASecondVote() throws Exception {
        Ballot b = votingEdition();
        byte[] secret = new byte[32];
        secret[0] = 7;
        jdbc.sql("insert into budget_voting_secret (edition_id, secret) values (?, ?)").params(b.id(), secret).update();
        String pesel = Voters.pesel(adult());
        assertThat(loggedIn(plainUser())
            .submit(b.path(), b.path(), with(vote(pesel, adult(), b.area1()), "action", "cast"))
            .status()).isEqualTo(200);
        assertThat(voterHash(b.id()))
            .isEqualTo(HexFormat.of().formatHex(hmac(secret, pesel.getBytes(StandardCharsets.US_ASCII))));
        WebClient again = loggedIn(plainUser());
        var second = again.submit(b.path(), b.path(), with(vote(pesel, adult(), b.area2()), "action", "cast"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(ballots(b.id())).isEqualTo(1);
    }

}
