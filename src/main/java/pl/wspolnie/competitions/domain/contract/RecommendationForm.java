package pl.wspolnie.competitions.domain.contract;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * A recommendation after a control, with the deadline by which the contractor carries it
 * out.
 */
@Getter
@Setter
public class RecommendationForm {

    @Size(max = 2000, message = "{competitions.field.tooLong}")
    private String text = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

}
