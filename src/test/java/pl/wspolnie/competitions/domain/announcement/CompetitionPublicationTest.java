package pl.wspolnie.competitions.domain.announcement;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * The statutory minimum between publication and deadline (a setting), counted in calendar
 * days from the day of publication, and the deadline second itself.
 */
class CompetitionPublicationTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2027, 3, 1, 12, 0, 0, 0, WARSAW);

    @Test
    void deadlineMustBeAtLeastTheConfiguredNumberOfDaysAfterPublication() {
        Competition c = competition(NOW.plusDays(15).toLocalDateTime());
        assertThatThrownBy(() -> c.publish(NOW, 21)).isInstanceOf(RuleViolation.class)
            .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("offerDeadline"))
            .hasMessage("competitions.publish.deadlineTooEarly");
        assertThat(c.isPublished()).isFalse();
        c.publish(NOW, 14); // a JST configured a shorter minimum
                            // (wspolnie.competitions.min-days-to-deadline)
        assertThat(c.isPublished()).isTrue();
    }

    @Test
    void twentyOneCalendarDaysAfterTheDayOfPublicationIsEnoughWhateverTheHour() {
        // Published at noon on 1 March; a deadline at 9:00 on 22 March is 21 days after
        // the
        // day of publication (though 20 days and 21 hours after the minute).
        Competition c = competition(LocalDateTime.of(2027, 3, 22, 9, 0));
        c.publish(NOW, 21);
        assertThat(c.getStatus()).isEqualTo(CompetitionStatus.PUBLISHED);
        Competition early = competition(LocalDateTime.of(2027, 3, 21, 23, 59));
        assertThatThrownBy(() -> early.publish(NOW, 21)).isInstanceOf(RuleViolation.class)
            .hasMessage("competitions.publish.deadlineTooEarly");
    }

    @Test
    void offersAreAcceptedUpToAndIncludingTheDeadlineSecond() {
        Competition c = competition(NOW.plusDays(30).toLocalDateTime());
        c.publish(NOW, 21);
        Instant deadline = c.getOfferDeadline();
        assertThat(c.acceptsOffers(deadline.minusSeconds(1))).isTrue();
        assertThat(c.acceptsOffers(deadline)).isTrue();
        assertThat(c.acceptsOffers(deadline.plusSeconds(1))).isFalse();
        assertThat(c.acceptsOffers(deadline.plusMillis(1))).isFalse();
        assertThat(c.phase(deadline, LocalDate.of(2027, 6, 1))).isEqualTo(Phase.OPEN);
        assertThat(c.phase(deadline.plusSeconds(1), LocalDate.of(2027, 6, 1))).isEqualTo(Phase.EVALUATION);
    }

    private static Competition competition(LocalDateTime deadline) {
        return new Competition(1, 1, NOW.toInstant(), AnnouncementGateTest.complete().offerDeadline(deadline).build());
    }

}
