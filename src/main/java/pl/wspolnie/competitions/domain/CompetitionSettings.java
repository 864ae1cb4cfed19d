package pl.wspolnie.competitions.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import java.math.BigDecimal;

/**
 * Statutory numbers of open competitions ({@code wspolnie.competitions.*}), with the
 * legal values as defaults.
 *
 * @param minDaysToDeadline the offer deadline is at least this many days after
 * publication (art. 13 ust. 1: 21)
 * @param correctionDays default days for correcting formal errors after a call for
 * corrections (7)
 * @param costLineDeviationPercent a report's cost line may exceed the contract by this
 * many % without a flag (10)
 * @param resultsThresholdPercent a result below this % of its target is flagged (80)
 * @param finalReportDays the final report is due this many days after the end of the task
 * (30)
 * @param reminderDaysBefore the reminder of the final report goes out this many days
 * before it is due (7)
 * @param attachmentMaxMb the largest attachment to an offer, in MB (10)
 */
@ConfigurationProperties("wspolnie.competitions")
public record CompetitionSettings(Integer minDaysToDeadline, Integer correctionDays,
        BigDecimal costLineDeviationPercent, BigDecimal resultsThresholdPercent, Integer finalReportDays,
        Integer reminderDaysBefore, Integer attachmentMaxMb) {

    public CompetitionSettings {
        minDaysToDeadline = minDaysToDeadline == null ? 21 : minDaysToDeadline;
        correctionDays = correctionDays == null ? 7 : correctionDays;
        costLineDeviationPercent = costLineDeviationPercent == null ? BigDecimal.TEN : costLineDeviationPercent;
        resultsThresholdPercent = resultsThresholdPercent == null ? new BigDecimal("80") : resultsThresholdPercent;
        finalReportDays = finalReportDays == null ? 30 : finalReportDays;
        reminderDaysBefore = reminderDaysBefore == null ? 7 : reminderDaysBefore;
        attachmentMaxMb = attachmentMaxMb == null ? 10 : attachmentMaxMb;
    }
}
