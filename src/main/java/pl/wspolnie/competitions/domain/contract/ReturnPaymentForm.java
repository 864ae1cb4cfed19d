package pl.wspolnie.competitions.domain.contract;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** What the official records of a returned grant: the day and the sum paid. */
public class ReturnPaymentForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate paidOn;

    @Size(max = 30, message = "{competitions.field.tooLong}")
    private String paidAmount = "";

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate v) {
        this.paidOn = v;
    }

    public String getPaidAmount() {
        return paidAmount;
    }

    public void setPaidAmount(String v) {
        this.paidAmount = v;
    }

}
