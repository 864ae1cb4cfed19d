package pl.wspolnie.diagnosis.web;

import jakarta.validation.constraints.Size;

/** The working group's agreed score of an indicator and its justification. */
record ScoreForm(Integer score, @Size(max = 4000, message = "{diagnosis.field.tooLong}") String justification) {
}
