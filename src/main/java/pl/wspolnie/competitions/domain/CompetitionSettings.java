package pl.wspolnie.competitions.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Statutory numbers of open competitions ({@code wspolnie.competitions.*}), with the legal values as defaults.
 *
 * @param minDaysToDeadline the offer deadline is at least this many days after publication (art. 13 ust. 1: 21)
 * @param correctionDays    default days for correcting formal errors after a call for corrections (7)
 */
@ConfigurationProperties("wspolnie.competitions")
public record CompetitionSettings(Integer minDaysToDeadline, Integer correctionDays) {

    public CompetitionSettings {
        minDaysToDeadline = minDaysToDeadline == null ? 21 : minDaysToDeadline;
        correctionDays = correctionDays == null ? 7 : correctionDays;
    }
}
