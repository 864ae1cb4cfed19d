package pl.wspolnie.competitions.domain.contract;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * A recommendation after a control, with the deadline by which the contractor carries it
 * out.
 */
public class RecommendationForm {

    @Size(max = 2000, message = "{competitions.field.tooLong}")
    private String text = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    public String getText() {
        return text;
    }

    public void setText(String v) {
        this.text = v;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate v) {
        this.deadline = v;
    }

}
