package pl.wspolnie.diagnosis.web;

import jakarta.validation.constraints.Size;

/** The working group's recommendations, one text a plane. */
record RecommendationsForm(@Size(max = 10000, message = "{diagnosis.field.tooLong}") String plane1,
        @Size(max = 10000, message = "{diagnosis.field.tooLong}") String plane2,
        @Size(max = 10000, message = "{diagnosis.field.tooLong}") String plane3) {
}
