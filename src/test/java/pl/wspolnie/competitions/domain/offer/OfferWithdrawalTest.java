package pl.wspolnie.competitions.domain.offer;

import pl.wspolnie.competitions.domain.announcement.Announcement;
import pl.wspolnie.competitions.domain.announcement.AnnouncementGateTest;
import pl.wspolnie.competitions.domain.announcement.Competition;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.wspolnie.shared.domain.DomainException;

import java.time.Instant;
import java.util.function.Consumer;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * Withdrawing an offer and reopening a withdrawn one: allowed while the call accepts
 * offers (the deadline second itself counts); the offer page asks the same methods that
 * the actions obey.
 */
class OfferWithdrawalTest {

    private static final ZonedDateTime PUBLISHED = ZonedDateTime.of(2027, 3, 1, 12, 0, 0, 0, WARSAW);

    @ParameterizedTest(name = "{0} offer, {1} s from the deadline: withdraw {2}, reopen {3}")
    @CsvSource(delimiter = '|', nullValues = "null",
            textBlock = """
                    draft     | -1 | true  | false | null                                | competitions.conflict.offerNotWithdrawn
                    draft     |  0 | true  | false | null                                | competitions.conflict.offerNotWithdrawn
                    draft     |  1 | false | false | competitions.withdraw.afterDeadline | competitions.reopen.afterDeadline
                    withdrawn | -1 | false | true  | competitions.conflict.offerWithdrawn | null
                    withdrawn |  0 | false | true  | competitions.conflict.offerWithdrawn | null
                    withdrawn |  1 | false | false | competitions.withdraw.afterDeadline | competitions.reopen.afterDeadline
                    """)
    void mayBeWithdrawnOrReopenedExactlyWhenTheActionIsAllowed(String state, long fromDeadline, boolean mayWithdraw,
            boolean mayReopen, String withdrawRefusal, String reopenRefusal) {
        Announcement a = AnnouncementGateTest.complete()
            .offerDeadline(PUBLISHED.plusDays(30).toLocalDateTime())
            .build();
        Competition c = new Competition(1, 1, PUBLISHED.toInstant(), a);
        c.publish(PUBLISHED, 21);
        Instant now = c.getOfferDeadline().plusSeconds(fromDeadline);

        assertThat(offer(state, c).mayBeWithdrawn(c, now)).isEqualTo(mayWithdraw);
        assertThat(offer(state, c).mayBeReopened(c, now)).isEqualTo(mayReopen);
        act(offer(state, c), o -> o.withdraw(c, now), withdrawRefusal, OfferStatus.WITHDRAWN);
        act(offer(state, c), o -> o.reopen(c, now), reopenRefusal, OfferStatus.DRAFT);
    }

    /** Either the action refuses with {@code refusal} or the offer ends {@code after}. */
    private static void act(Offer offer, Consumer<Offer> action, String refusal, OfferStatus after) {
        if (refusal == null) {
            action.accept(offer);
            assertThat(offer.getStatus()).isEqualTo(after);
            return;
        }
        assertThatThrownBy(() -> action.accept(offer)).isInstanceOf(DomainException.class)
            .extracting(e -> ((DomainException) e).messageKey())
            .isEqualTo(refusal);
    }

    private static Offer offer(String state, Competition c) {
        Offer offer = new Offer(1, 1, "Oferta", "{}", 1, PUBLISHED.toInstant());
        if (state.equals("withdrawn")) {
            offer.withdraw(c, PUBLISHED.toInstant());
        }
        return offer;
    }

}
