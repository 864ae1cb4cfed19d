package pl.wspolnie.competitions.domain.announcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The content of a competition's announcement, already parsed and checked for format (the
 * form does that).
 *
 * @param offerDeadline local time in Europe/Warsaw
 * @param evaluationRequired whether each contracted task is evaluated with its
 * beneficiaries (issue 19 point 3)
 */
public record Announcement(String title, String description, CompetitionMode mode, BigDecimal minOwnContributionPct,
        BigDecimal minGrant, BigDecimal maxGrant, BigDecimal adminCostCapPct, LocalDate periodFrom, LocalDate periodTo,
        LocalDateTime offerDeadline, BigDecimal fundingLastYear, BigDecimal fundingThisYear, String choiceProcedure,
        LocalDate choiceDate, String conditions, String grantRules, List<String> requiredAttachments, List<Task> tasks,
        List<Criterion> criteria, List<String> formalCriteria, boolean evaluationRequired) {

    /** An announcement that does not require an evaluation with the beneficiaries. */
    public Announcement(String title, String description, CompetitionMode mode, BigDecimal minOwnContributionPct,
            BigDecimal minGrant, BigDecimal maxGrant, BigDecimal adminCostCapPct, LocalDate periodFrom,
            LocalDate periodTo, LocalDateTime offerDeadline, BigDecimal fundingLastYear, BigDecimal fundingThisYear,
            String choiceProcedure, LocalDate choiceDate, String conditions, String grantRules,
            List<String> requiredAttachments, List<Task> tasks, List<Criterion> criteria, List<String> formalCriteria) {
        this(title, description, mode, minOwnContributionPct, minGrant, maxGrant, adminCostCapPct, periodFrom, periodTo,
                offerDeadline, fundingLastYear, fundingThisYear, choiceProcedure, choiceDate, conditions, grantRules,
                requiredAttachments, tasks, criteria, formalCriteria, false);
    }

    public record Task(String name, String sphereCode, BigDecimal funds) {
    }

    /**
     * @param statutoryPoint the point of art. 15 ust. 1 of the Act this criterion is
     * (1–6), or null for a criterion of the JST's own
     */
    public record Criterion(String name, int maxPoints, Integer statutoryPoint) {

        public Criterion(String name, int maxPoints) {
            this(name, maxPoints, null);
        }
    }
}
