package pl.wspolnie.initiatives.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An application as its applicants type it: amounts and hours as text ("1 234,56",
 * "7,5"), the area and the kinds of requests as codes, all read and checked by
 * {@link ApplicationRules}.
 */
public record InitiativeDetails(String title, String area, String description, String place, String schedule,
        LocalDate startsOn, LocalDate endsOn, List<RequestInput> requests, String socialWorkHours,
        String socialWorkDescription, String inKindDescription, String inKindValue, String cash) {

    /** A row of what the JST is asked to provide. */
    public record RequestInput(String kind, String description, String value) {

        public boolean blank() {
            return (kind == null || kind.isBlank()) && (description == null || description.isBlank())
                    && (value == null || value.isBlank());
        }

    }

}
