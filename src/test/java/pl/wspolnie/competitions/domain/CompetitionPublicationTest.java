package pl.wspolnie.competitions.domain;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * The statutory minimum between publication and deadline (a setting), and the deadline
 * second itself.
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
    void exactlyTwentyOneDaysIsEnough() {
        Competition c = competition(NOW.plusDays(21).toLocalDateTime());
        c.publish(NOW, 21);
        assertThat(c.getStatus()).isEqualTo(CompetitionStatus.PUBLISHED);
        Competition early = competition(NOW.plusDays(21).minusSeconds(60).toLocalDateTime());
        assertThatThrownBy(() -> early.publish(NOW, 21)).isInstanceOf(RuleViolation.class);
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
        assertThat(c.phase(deadline.plusSeconds(1), LocalDate.of(2027, 4, 1))).isEqualTo(Phase.EVALUATION);
    }

    private static Competition competition(LocalDateTime deadline) {
        Announcement a = new Announcement("Konkurs", "", CompetitionMode.SUPPORTING, new BigDecimal("10.00"), null,
                null, null, LocalDate.of(2027, 5, 1), LocalDate.of(2027, 10, 31), deadline, null, null, "", null, "",
                List.of(), List.of(new Announcement.Task("Zadanie", "kultura", new BigDecimal("1000.00"))),
                List.of(new Announcement.Criterion("Kryterium", 10)), List.of("Oferta złożona w terminie"));
        return new Competition(1, 1, NOW.toInstant(), a);
    }

}
