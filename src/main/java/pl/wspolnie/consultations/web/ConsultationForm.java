package pl.wspolnie.consultations.web;

import pl.wspolnie.shared.text.TypedDates;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import pl.wspolnie.consultations.domain.ConsultationDetails;
import pl.wspolnie.consultations.domain.Participation;
import pl.wspolnie.consultations.domain.ParticipationForm;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.validation.BindingResult;
import pl.wspolnie.shared.web.FormInput;

/**
 * The consultation form of an official; the draft is typed as text (see DraftText for its
 * syntax).
 */
public record ConsultationForm(@NotNull(message = "{consultations.jst.required}") Long jstId,
        @NotBlank(message = "{consultations.field.required}") @Size(max = 300,
                message = "{consultations.field.tooLong}") String subject,
        @NotBlank(message = "{consultations.field.required}") @Size(max = 2000,
                message = "{consultations.field.tooLong}") String legalBasis,
        @NotNull(message = "{consultations.participation.required}") Participation participation,
        @NotEmpty(message = "{consultations.forms.required}") Set<ParticipationForm> forms, List<String> sphereCodes,
        @Size(max = 1000, message = "{consultations.field.tooLong}") String announcedIn,
        @NotBlank(message = "{consultations.date.required}") String startsOn,
        @NotBlank(message = "{consultations.date.required}") String endsOn,
        @NotBlank(message = "{consultations.field.required}") @Size(max = 300,
                message = "{consultations.field.tooLong}") String responsiblePerson,
        @NotNull(message = "{consultations.remarksPublic.required}") Boolean remarksPublic,
        @NotBlank(message = "{consultations.field.required}") @Size(max = 200_000,
                message = "{consultations.draft.tooLong}") String draft) {

    static ConsultationForm empty(Long jstId, LocalDate today) {
        return new ConsultationForm(jstId, "", "", Participation.EVERYONE, Set.of(ParticipationForm.ELECTRONIC_REMARKS),
                List.of(), "", today.toString(), today.plusDays(13).toString(), "", Boolean.TRUE, "");
    }

    ConsultationDetails details() {
        return new ConsultationDetails(subject.strip(), legalBasis.strip(), participation, forms,
                sphereCodes == null ? List.of() : sphereCodes,
                announcedIn == null || announcedIn.isBlank() ? null : announcedIn.strip(), TypedDates.parse(startsOn),
                TypedDates.parse(endsOn), responsiblePerson.strip(), remarksPublic);
    }

    /**
     * Dates are bound as text so that a mistyped date comes back as a field error with
     * everything typed kept.
     */
    void checkDates(BindingResult result) {
        FormInput.date(startsOn, "startsOn", result);
        FormInput.date(endsOn, "endsOn", result);
    }

    public boolean hasSphere(String code) {
        return sphereCodes != null && sphereCodes.contains(code);
    }
}
