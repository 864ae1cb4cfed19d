package pl.wspolnie.competitions.domain.contract;

import jakarta.validation.constraints.Size;

/** The reason the other party gives when it refuses a proposed annex. */
public class AnnexRefusalForm {

    @Size(max = 2000, message = "{competitions.field.tooLong}")
    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(String v) {
        this.reason = v;
    }

}
