package pl.wspolnie.competitions.domain.review;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What the chair or the official types to record a commission meeting: the date, the
 * place, and per member (by the member's id) whether present and, if absent, why.
 */
@Getter
@Setter
public class MeetingForm {

    @NotNull(message = "{competitions.meeting.heldOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotBlank(message = "{competitions.meeting.place.required}")
    @Size(max = 300, message = "{competitions.field.tooLong}")
    private String place = "";

    private Map<Long, Boolean> present = new HashMap<>();

    private Map<Long, String> absenceReason = new HashMap<>();

    /** Whether the member is marked present. */
    public boolean isPresent(long memberId) {
        return Boolean.TRUE.equals(present.get(memberId));
    }

}
