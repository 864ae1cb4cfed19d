package pl.wspolnie.competitions.domain.announcement;

import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.text.Formats;
import pl.wspolnie.shared.time.ClockConfig;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What an announcement must have and agree on before it is published (art. 13 of the
 * Act). A draft may be saved incomplete; publication is refused with every missing or
 * inconsistent element named next to its field, each message citing its provision.
 * <ul>
 * <li>art. 13 ust. 2 pkt 1–7: type of task, public funds for it, rules of granting, dates
 * and conditions of carrying out, offer deadline, mode, criteria and date of the choice,
 * tasks of the same type this and last year with their amounts;</li>
 * <li>art. 15 ust. 1: the statutory criteria cannot be removed (pkt 4, own funds, only
 * when the task is supported);</li>
 * <li>art. 13 ust. 1: the offer deadline at least 21 (configurable) calendar days after
 * the day of publication;</li>
 * <li>consistency: the choice after the offer deadline, the task not starting before it,
 * the maximum grant not above any task's funds.</li>
 * </ul>
 */
final class AnnouncementGate {

    private static final Formats FORMATS = new Formats();

    private AnnouncementGate() {
    }

    /** Everything checked at publication on the given day (Europe/Warsaw). */
    static List<RuleViolation> check(Competition c, LocalDate publicationDay, int minDaysToDeadline) {
        List<RuleViolation> violations = new ArrayList<>(elements(c));
        LocalDate deadlineDay = deadlineDay(c);
        if (deadlineDay != null && deadlineDay.isBefore(publicationDay.plusDays(minDaysToDeadline))) {
            violations.add(new RuleViolation("offerDeadline", "competitions.publish.deadlineTooEarly",
                    minDaysToDeadline, FORMATS.date(publicationDay.plusDays(minDaysToDeadline))));
        }
        violations.addAll(consistency(c));
        return violations;
    }

    /** The elements of art. 13 ust. 2 and the statutory criteria of art. 15 ust. 1. */
    static List<RuleViolation> elements(Competition c) {
        List<RuleViolation> v = new ArrayList<>();
        if (c.getTasks().isEmpty()) {
            v.add(new RuleViolation("tasks", "competitions.announcement.missing.tasks"));
        }
        for (int i = 0; i < c.getTasks().size(); i++) {
            BigDecimal funds = c.getTasks().get(i).getFunds();
            if (funds == null || funds.signum() <= 0) {
                v.add(new RuleViolation("tasks[" + i + "].funds", "competitions.announcement.missing.funds"));
            }
        }
        if (blank(c.getGrantRules())) {
            v.add(new RuleViolation("grantRules", "competitions.announcement.missing.grantRules"));
        }
        if (c.getPeriodFrom() == null || c.getPeriodTo() == null) {
            v.add(new RuleViolation("periodFrom", "competitions.announcement.missing.period"));
        }
        if (blank(c.getConditions())) {
            v.add(new RuleViolation("conditions", "competitions.announcement.missing.conditions"));
        }
        if (c.getOfferDeadline() == null) {
            v.add(new RuleViolation("offerDeadline", "competitions.announcement.missing.offerDeadline"));
        }
        if (blank(c.getChoiceProcedure())) {
            v.add(new RuleViolation("choiceProcedure", "competitions.announcement.missing.choiceProcedure"));
        }
        if (c.getChoiceDate() == null) {
            v.add(new RuleViolation("choiceDate", "competitions.announcement.missing.choiceDate"));
        }
        for (int point : statutoryPoints(c.getMode())) {
            boolean present = c.getCriteria()
                .stream()
                .anyMatch(cr -> Integer.valueOf(point).equals(cr.getStatutoryPoint()) && !blank(cr.getName()));
            if (!present) {
                v.add(new RuleViolation("criteria", "competitions.announcement.missing.criterion", point));
            }
        }
        if (c.getFundingThisYear() == null) {
            v.add(new RuleViolation("fundingThisYear", "competitions.announcement.missing.fundingThisYear"));
        }
        if (c.getFundingLastYear() == null) {
            v.add(new RuleViolation("fundingLastYear", "competitions.announcement.missing.fundingLastYear"));
        }
        return v;
    }

    /**
     * The points of art. 15 ust. 1 the announcement must keep: all six when the task is
     * supported, without pkt 4 (own funds) when it is entrusted.
     */
    static List<Integer> statutoryPoints(CompetitionMode mode) {
        return IntStream.rangeClosed(1, 6).filter(p -> p != 4 || mode != CompetitionMode.ENTRUSTING).boxed().toList();
    }

    /** Dates and amounts that contradict each other. */
    static List<RuleViolation> consistency(Competition c) {
        List<RuleViolation> v = new ArrayList<>();
        LocalDate deadlineDay = deadlineDay(c);
        if (deadlineDay != null && c.getChoiceDate() != null && !c.getChoiceDate().isAfter(deadlineDay)) {
            v.add(new RuleViolation("choiceDate", "competitions.announcement.choiceDate.notAfterDeadline",
                    FORMATS.date(deadlineDay)));
        }
        if (deadlineDay != null && c.getPeriodFrom() != null && c.getPeriodFrom().isBefore(deadlineDay)) {
            v.add(new RuleViolation("periodFrom", "competitions.announcement.period.beforeDeadline",
                    FORMATS.date(deadlineDay)));
        }
        if (c.getMaxGrant() != null) {
            c.getTasks()
                .stream()
                .filter(t -> t.getFunds() != null && t.getFunds().signum() > 0
                        && c.getMaxGrant().compareTo(t.getFunds()) > 0)
                .findFirst()
                .ifPresent(t -> v.add(new RuleViolation("maxGrant", "competitions.announcement.maxGrant.aboveFunds",
                        FORMATS.money(c.getMaxGrant()), t.getName(), FORMATS.money(t.getFunds()))));
        }
        return v;
    }

    private static LocalDate deadlineDay(Competition c) {
        return c.getOfferDeadline() == null ? null : c.getOfferDeadline().atZone(ClockConfig.WARSAW).toLocalDate();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
