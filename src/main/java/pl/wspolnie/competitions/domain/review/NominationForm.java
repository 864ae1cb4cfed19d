package pl.wspolnie.competitions.domain.review;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a representative of an organisation types to nominate a person to a competition's
 * commission.
 */
@Getter
@Setter
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

}
