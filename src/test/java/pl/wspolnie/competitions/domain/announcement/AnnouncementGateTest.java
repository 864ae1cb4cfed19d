package pl.wspolnie.competitions.domain.announcement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The publication gate of art. 13 (and the statutory criteria of art. 15 ust. 1): one row
 * per element or inconsistency, each refused next to its field with its own message.
 */
public class AnnouncementGateTest {

    private static final LocalDate PUBLICATION = LocalDate.of(2027, 3, 1);

    static Stream<Arguments> refusals() {
        return Stream.of(
                row("no funds for the task (pkt 2)", b -> b.taskFunds = BigDecimal.ZERO, "tasks[0].funds",
                        "competitions.announcement.missing.funds"),
                row("no rules of granting (pkt 3)", b -> b.grantRules = " ", "grantRules",
                        "competitions.announcement.missing.grantRules"),
                row("no conditions of carrying out (pkt 4)", b -> b.conditions = "", "conditions",
                        "competitions.announcement.missing.conditions"),
                row("no mode and criteria of choice (pkt 6)", b -> b.choiceProcedure = "", "choiceProcedure",
                        "competitions.announcement.missing.choiceProcedure"),
                row("no date of choice (pkt 6)", b -> b.choiceDate = null, "choiceDate",
                        "competitions.announcement.missing.choiceDate"),
                row("no grants of this year (pkt 7)", b -> b.fundingThisYear = null, "fundingThisYear",
                        "competitions.announcement.missing.fundingThisYear"),
                row("no grants of last year (pkt 7)", b -> b.fundingLastYear = null, "fundingLastYear",
                        "competitions.announcement.missing.fundingLastYear"),
                row("a statutory criterion removed (art. 15 ust. 1 pkt 3)", b -> b.withoutStatutory(3), "criteria",
                        "competitions.announcement.missing.criterion"),
                row("own funds criterion removed in supporting mode (pkt 4)", b -> b.withoutStatutory(4), "criteria",
                        "competitions.announcement.missing.criterion"),
                row("deadline 20 days after the day of publication (art. 13 ust. 1)",
                        b -> b.offerDeadline = LocalDateTime.of(2027, 3, 21, 23, 59), "offerDeadline",
                        "competitions.publish.deadlineTooEarly"),
                row("choice on the deadline day", b -> b.choiceDate = LocalDate.of(2027, 3, 31), "choiceDate",
                        "competitions.announcement.choiceDate.notAfterDeadline"),
                row("task starting before the deadline", b -> b.periodFrom = LocalDate.of(2027, 3, 30), "periodFrom",
                        "competitions.announcement.period.beforeDeadline"),
                row("maximum grant above the task's funds", b -> b.maxGrant = new BigDecimal("60000.00"), "maxGrant",
                        "competitions.announcement.maxGrant.aboveFunds"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void publicationIsRefusedNextToTheField(String story, Consumer<Builder> change, String field, String key) {
        Competition c = new Competition(1, 1, Instant.EPOCH, complete().with(change).build());
        List<RuleViolation> violations = AnnouncementGate.check(c, PUBLICATION, 21);
        assertThat(violations).as(story).hasSize(1);
        assertThat(violations.get(0).field()).isEqualTo(field);
        assertThat(violations.get(0).messageKey()).isEqualTo(key);
    }

    @Test
    void aCompleteAnnouncementPasses() {
        assertThat(AnnouncementGate.check(new Competition(1, 1, Instant.EPOCH, complete().build()), PUBLICATION, 21))
            .isEmpty();
    }

    @Test
    void anEntrustedTaskNeedsNoOwnFundsCriterionButTheOtherFive() {
        Competition c = new Competition(1, 1, Instant.EPOCH,
                complete().with(b -> b.mode = CompetitionMode.ENTRUSTING).withoutStatutory(4).build());
        assertThat(AnnouncementGate.check(c, PUBLICATION, 21)).isEmpty();
        Competition five = new Competition(1, 1, Instant.EPOCH,
                complete().with(b -> b.mode = CompetitionMode.ENTRUSTING).withoutStatutory(5).build());
        assertThat(AnnouncementGate.check(five, PUBLICATION, 21)).extracting(RuleViolation::messageKey)
            .containsExactly("competitions.announcement.missing.criterion");
    }

    @Test
    void aBareAnnouncementIsRefusedWithEveryMissingElementAtOnce() {
        Builder bare = complete().with(b -> {
            b.grantRules = "";
            b.conditions = "";
            b.choiceProcedure = "";
            b.choiceDate = null;
            b.fundingThisYear = null;
            b.fundingLastYear = null;
        });
        for (int p = 2; p <= 6; p++) {
            bare.withoutStatutory(p);
        }
        List<RuleViolation> violations = AnnouncementGate.check(new Competition(1, 1, Instant.EPOCH, bare.build()),
                PUBLICATION, 21);
        assertThat(violations).extracting(RuleViolation::field)
            .contains("grantRules", "conditions", "choiceProcedure", "choiceDate", "fundingThisYear", "fundingLastYear",
                    "criteria");
        assertThat(violations).filteredOn(v -> v.field().equals("criteria")).hasSize(5);
    }

    private static Arguments row(String story, Consumer<Builder> change, String field, String key) {
        return arguments(story, change, field, key);
    }

    /**
     * A complete announcement published on 1 March 2027: deadline 31 March 15:00, choice
     * 15 April, task from 1 May, one task of 50 000 zł, grants up to 20 000 zł.
     */
    public static Builder complete() {
        return new Builder();
    }

    public static final class Builder {

        CompetitionMode mode = CompetitionMode.SUPPORTING;

        BigDecimal taskFunds = new BigDecimal("50000.00");

        BigDecimal maxGrant = new BigDecimal("20000.00");

        String grantRules = "Dotację przyznaje Zarząd po opinii komisji.";

        String conditions = "Na terenie powiatu.";

        String choiceProcedure = "Komisja ocenia według kryteriów.";

        LocalDate choiceDate = LocalDate.of(2027, 4, 15);

        LocalDate periodFrom = LocalDate.of(2027, 5, 1);

        LocalDateTime offerDeadline = LocalDateTime.of(2027, 3, 31, 15, 0);

        BigDecimal fundingThisYear = new BigDecimal("50000.00");

        BigDecimal fundingLastYear = BigDecimal.ZERO.setScale(2);

        private final List<Integer> statutory = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));

        /** Changes what the test is about, on top of the complete announcement. */
        Builder with(Consumer<Builder> change) {
            change.accept(this);
            return this;
        }

        public Builder offerDeadline(LocalDateTime v) {
            offerDeadline = v;
            return this;
        }

        Builder withoutStatutory(int point) {
            statutory.remove(Integer.valueOf(point));
            return this;
        }

        public Announcement build() {
            List<Announcement.Criterion> criteria = new ArrayList<>(
                    statutory.stream().map(p -> new Announcement.Criterion("Kryterium " + p, 10, p)).toList());
            criteria.add(new Announcement.Criterion("Kryterium własne", 5));
            return new Announcement("Konkurs", "", mode, new BigDecimal("10.00"), null, maxGrant, null, periodFrom,
                    LocalDate.of(2027, 10, 31), offerDeadline, fundingLastYear, fundingThisYear, choiceProcedure,
                    choiceDate, conditions, grantRules, List.of(),
                    List.of(new Announcement.Task("Zadanie", "kultura", taskFunds)), criteria,
                    List.of("Oferta złożona w terminie"));
        }

    }

}
