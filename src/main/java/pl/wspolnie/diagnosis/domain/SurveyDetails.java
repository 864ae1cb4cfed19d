package pl.wspolnie.diagnosis.domain;

import java.time.LocalDate;

/** What the builder types about a survey as a whole. */
public record SurveyDetails(String title, String intro, Audience audience, boolean anonymous, LocalDate startsOn,
        LocalDate endsOn) {
}
