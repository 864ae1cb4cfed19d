package pl.wspolnie.competitions.domain.review;

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
public class MeetingForm {

    @NotNull(message = "{competitions.meeting.heldOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotBlank(message = "{competitions.meeting.place.required}")
    @Size(max = 300, message = "{competitions.field.tooLong}")
    private String place = "";

    private Map<Long, Boolean> present = new HashMap<>();

    private Map<Long, String> absenceReason = new HashMap<>();

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate v) {
        heldOn = v;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String v) {
        place = v;
    }

    public Map<Long, Boolean> getPresent() {
        return present;
    }

    public void setPresent(Map<Long, Boolean> v) {
        present = v;
    }

    public Map<Long, String> getAbsenceReason() {
        return absenceReason;
    }

    public void setAbsenceReason(Map<Long, String> v) {
        absenceReason = v;
    }

    /** Whether the member is marked present. */
    public boolean isPresent(long memberId) {
        return Boolean.TRUE.equals(present.get(memberId));
    }

}
