package pl.wspolnie.competitions.domain.contract;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The official's set-up of a task's evaluation: until when the beneficiaries answer. */
public class EvaluationForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

}
