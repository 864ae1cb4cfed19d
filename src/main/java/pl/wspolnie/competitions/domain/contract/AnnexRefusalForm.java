package pl.wspolnie.competitions.domain.contract;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.Size;

/** The reason the other party gives when it refuses a proposed annex. */
@Getter
@Setter
public class AnnexRefusalForm {

    @Size(max = 2000, message = "{competitions.field.tooLong}")
    private String reason = "";

}
