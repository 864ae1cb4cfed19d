package pl.wspolnie.competitions.domain.contract;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * What the official types to plan a control of a contracted task (art. 17 of the Act).
 */
public class ControlPlanForm {

    private ControlPhase phase = ControlPhase.DURING;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedTo;

    @Size(max = 2000, message = "{competitions.field.tooLong}")
    private String scope = "";

    public ControlPhase getPhase() {
        return phase;
    }

    public void setPhase(ControlPhase v) {
        this.phase = v;
    }

    public LocalDate getPlannedFrom() {
        return plannedFrom;
    }

    public void setPlannedFrom(LocalDate v) {
        this.plannedFrom = v;
    }

    public LocalDate getPlannedTo() {
        return plannedTo;
    }

    public void setPlannedTo(LocalDate v) {
        this.plannedTo = v;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String v) {
        this.scope = v;
    }

}
