package pl.wspolnie.competitions.domain.contract;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.Size;

/** What the official records after a control: what was checked and the findings. */
@Getter
@Setter
public class ControlRecordForm {

    @Size(max = 5000, message = "{competitions.field.tooLong}")
    private String checkedDocuments = "";

    @Size(max = 5000, message = "{competitions.field.tooLong}")
    private String checkedOnSite = "";

    @Size(max = 5000, message = "{competitions.field.tooLong}")
    private String checkedResults = "";

    @Size(max = 10000, message = "{competitions.field.tooLong}")
    private String findings = "";

}
