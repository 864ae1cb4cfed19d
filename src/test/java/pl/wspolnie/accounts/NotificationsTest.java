package pl.wspolnie.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice reaches the person by mail unless they turned its kind off; a mandatory kind
 * always does.
 */
class NotificationsTest extends IntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aNoticeIsMailedWithTheNameAndArgumentsAndNotWhenTheKindIsTurnedOff() {
        String email = plainUser();
        long userId = accountId(email);

        transactions.executeWithoutResult(status -> notifications.tell(userId,
                Notification.of("test.seat", "centre.mail.promoted")
                    .subject("Warsztaty A")
                    .body("Warsztaty A", notifications.link("/centre/trainings/1"))));

        String body = TestMailServer.awaitMail(email, "Zwolniło się miejsce: Warsztaty A");
        assertThat(body).contains("Dzień dobry Test User").contains("„Warsztaty A”").contains("/centre/trainings/1");
        assertThat(notifications.wants(userId, "test.seat")).isTrue();

        jdbc.sql("insert into notification_opt_out (user_id, kind) values (?, 'test.seat')").param(userId).update();
        assertThat(notifications.wants(userId, "test.seat")).isFalse();
        transactions.executeWithoutResult(status -> notifications.tell(userId,
                Notification.of("test.seat", "centre.mail.promoted").subject("Warsztaty B").body("Warsztaty B", "x")));
        transactions.executeWithoutResult(status -> notifications.tell(userId,
                Notification.of("test.other", "centre.mail.promoted").subject("Warsztaty C").body("Warsztaty C", "x")));

        TestMailServer.awaitMail(email, "Warsztaty C");
        assertThat(TestMailServer.mailsTo(email)).extracting(m -> {
            try {
                return m.getSubject();
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).noneMatch(subject -> subject.contains("Warsztaty B"));
    }

    @Test
    void aMandatoryKindReachesEvenAPersonWhoTurnedItOffAndIsNotOfferedInTheSettings() {
        String email = plainUser();
        long userId = accountId(email);
        jdbc.sql("insert into notification_opt_out (user_id, kind) values (?, 'competitions.offerReceipt')")
            .param(userId)
            .update();

        assertThat(notifications.mandatory("competitions.offerReceipt")).isTrue();
        assertThat(notifications.wants(userId, "competitions.offerReceipt")).isTrue();
        assertThat(notifications.kinds()).doesNotContain("competitions.offerReceipt", "centre.adviceBooked")
            .contains("competitions.corrections", "competitions.reportDecided", "competitions.reasonAnswered",
                    "competitions.reportReminder", "organizations.joinRequested", "organizations.joinDecided",
                    "centre.booking", "centre.adviceReminder");
        transactions.executeWithoutResult(status -> notifications.setTurnedOff(userId, List.of("centre.adviceBooked")));
        assertThat(notifications.turnedOff(userId)).doesNotContain("centre.adviceBooked");

        transactions.executeWithoutResult(status -> notifications.tell(userId,
                Notification.of("competitions.offerReceipt", "centre.mail.promoted")
                    .subject("Warsztaty D")
                    .body("Warsztaty D", "x")));
        TestMailServer.awaitMail(email, "Zwolniło się miejsce: Warsztaty D");
    }

    private long accountId(String email) {
        return jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
    }

}
