package pl.wspolnie.budget.web;

import lombok.Getter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A paper card as a staff member types it: its printed number and the ballot's fields.
 */
@Getter
public class PaperCardForm extends VoteForm {

    @NotBlank
    @Size(max = 40, message = "{budget.field.tooLong}")
    private String number = "";

    public void setNumber(String number) {
        this.number = number == null ? "" : number.strip();
    }

}
