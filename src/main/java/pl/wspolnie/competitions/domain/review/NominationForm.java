package pl.wspolnie.competitions.domain.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a representative of an organisation types to nominate a person to a competition's
 * commission.
 */
public class NominationForm {

    @NotNull(message = "{competitions.nomination.organization.required}")
    private Long organizationId;

    @NotBlank(message = "{competitions.nomination.name.required}")
    @Size(max = 200, message = "{competitions.field.tooLong}")
    private String nomineeName = "";

    @NotBlank(message = "{competitions.nomination.email.required}")
    @Size(max = 254, message = "{competitions.field.tooLong}")
    private String nomineeEmail = "";

    @NotBlank(message = "{competitions.nomination.justification.required}")
    @Size(max = 2000, message = "{competitions.field.tooLong}")
    private String justification = "";

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long v) {
        organizationId = v;
    }

    public String getNomineeName() {
        return nomineeName;
    }

    public void setNomineeName(String v) {
        nomineeName = v;
    }

    public String getNomineeEmail() {
        return nomineeEmail;
    }

    public void setNomineeEmail(String v) {
        nomineeEmail = v;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String v) {
        justification = v;
    }

}
