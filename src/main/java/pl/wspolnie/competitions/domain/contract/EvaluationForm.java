package pl.wspolnie.competitions.domain.contract;

import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The official's set-up of a task's evaluation: until when the beneficiaries answer. */
@Getter
@Setter
public class EvaluationForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

}
