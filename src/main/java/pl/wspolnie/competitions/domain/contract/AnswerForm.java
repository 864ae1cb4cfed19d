package pl.wspolnie.competitions.domain.contract;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.Size;

/** The contractor's answer to a recommendation after a control. */
@Getter
@Setter
public class AnswerForm {

    @Size(max = 5000, message = "{competitions.field.tooLong}")
    private String answer = "";

}
