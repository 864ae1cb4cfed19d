package pl.wspolnie.competitions.domain.contract;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * What the official types to plan a control of a contracted task (art. 17 of the Act).
 */
@Getter
@Setter
public class ControlPlanForm {

    private ControlPhase phase = ControlPhase.DURING;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedTo;

    @Size(max = 2000, message = "{competitions.field.tooLong}")
    private String scope = "";

}
