package pl.wspolnie.initiatives.web;

import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;
import pl.wspolnie.initiatives.domain.ApplicationRules;
import pl.wspolnie.initiatives.domain.InitiativeDetails;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The application form as typed: every value kept as text so a refused form comes back as
 * it was; {@code organizationId} (new applications only) is the NGO applied through,
 * empty for a group of residents.
 */
@Getter
@Setter
public class InitiativeForm {

    private Long organizationId;

    private String title = "";

    private String area = "";

    private String description = "";

    private String place = "";

    private String schedule = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    private List<RequestRow> requests = new ArrayList<>();

    private String socialWorkHours = "";

    private String socialWorkDescription = "";

    private String inKindDescription = "";

    private String inKindValue = "";

    private String cash = "";

    /** A row of what the JST is asked to provide. */
    @Getter
    @Setter
    public static class RequestRow {

        private String kind = "";

        private String description = "";

        private String value = "";

        public RequestRow() {
        }

        RequestRow(String kind, String description, String value) {
            this.kind = kind;
            this.description = description;
            this.value = value;
        }

    }

    static InitiativeForm of(InitiativeDetails d) {
        InitiativeForm f = new InitiativeForm();
        f.title = d.title();
        f.area = d.area() == null ? "" : d.area();
        f.description = d.description();
        f.place = d.place();
        f.schedule = d.schedule();
        f.startsOn = d.startsOn();
        f.endsOn = d.endsOn();
        d.requests().forEach(r -> f.requests.add(new RequestRow(r.kind(), r.description(), comma(r.value()))));
        f.socialWorkHours = comma(d.socialWorkHours());
        f.socialWorkDescription = d.socialWorkDescription();
        f.inKindDescription = d.inKindDescription();
        f.inKindValue = comma(d.inKindValue());
        f.cash = comma(d.cash());
        f.padRows();
        return f;
    }

    private static String comma(String plain) {
        return plain == null ? "" : plain.replace('.', ',');
    }

    void padRows() {
        while (requests.size() < ApplicationRules.MAX_REQUESTS) {
            requests.add(new RequestRow());
        }
    }

    InitiativeDetails details() {
        return new InitiativeDetails(title, area, description, place, schedule, startsOn, endsOn,
                requests.stream()
                    .limit(ApplicationRules.MAX_REQUESTS)
                    .map(r -> new InitiativeDetails.RequestInput(r.kind, r.description, r.value))
                    .toList(),
                socialWorkHours, socialWorkDescription, inKindDescription, inKindValue, cash);
    }

}
