package pl.wspolnie.budget.web;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import pl.wspolnie.budget.domain.InvalidCardReason;

/**
 * A paper card a staff member enters as invalid: its printed number and why it is invalid
 * (nothing else of the card is typed or kept).
 */
@Getter
@Setter
public class InvalidCardForm {

    @NotBlank
    @Size(max = 40, message = "{budget.field.tooLong}")
    private String invalidNumber = "";

    @NotNull
    private InvalidCardReason reason;

    public void setInvalidNumber(String invalidNumber) {
        this.invalidNumber = invalidNumber == null ? "" : invalidNumber.strip();
    }

}
