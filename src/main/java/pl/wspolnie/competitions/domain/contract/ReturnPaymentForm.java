package pl.wspolnie.competitions.domain.contract;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** What the official records of a returned grant: the day and the sum paid. */
@Getter
@Setter
public class ReturnPaymentForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate paidOn;

    @Size(max = 30, message = "{competitions.field.tooLong}")
    private String paidAmount = "";

}
