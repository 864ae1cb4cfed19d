package pl.wspolnie.competitions.domain.contract;

import jakarta.validation.constraints.Size;

/** The contractor's answer to a recommendation after a control. */
public class AnswerForm {

    @Size(max = 5000, message = "{competitions.field.tooLong}")
    private String answer = "";

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String v) {
        this.answer = v;
    }

}
