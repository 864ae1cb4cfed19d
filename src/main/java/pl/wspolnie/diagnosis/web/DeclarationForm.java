package pl.wspolnie.diagnosis.web;

import jakarta.validation.constraints.Size;

/** A declared indicator's yes or no and the link to its evidence. */
record DeclarationForm(Boolean declared, @Size(max = 1000, message = "{diagnosis.field.tooLong}") String evidenceUrl) {
}
