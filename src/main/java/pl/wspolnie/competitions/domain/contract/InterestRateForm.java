package pl.wspolnie.competitions.domain.contract;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * A new rate of interest for a late return: from which day, the yearly rate in percent
 * (as typed) and where it comes from (the Minister of Finance's announcement).
 */
@Getter
@Setter
public class InterestRateForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    @Size(max = 20, message = "{competitions.field.tooLong}")
    private String rate = "";

    @Size(max = 500, message = "{competitions.field.tooLong}")
    private String source = "";

}
