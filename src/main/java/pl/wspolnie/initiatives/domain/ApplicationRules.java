package pl.wspolnie.initiatives.domain;

import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.money.AmountText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and checks an application as typed: the area from the act's closed list (art. 19b
 * ust. 1), what the JST is asked to provide (never money for the applicants), the amounts
 * and hours; a complete application (to be submitted) also needs every part of its
 * content and some contribution of the residents. Every refusal is at its field, all at
 * once.
 */
public final class ApplicationRules {

    /** The most rows of what the JST is asked to provide. */
    public static final int MAX_REQUESTS = 6;

    static final BigDecimal MONEY_LIMIT = new BigDecimal("100000000");

    static final BigDecimal HOURS_LIMIT = new BigDecimal("1000000");

    /** The application as read: values, not text. */
    public record Content(String title, Area area, String description, String place, String schedule,
            LocalDate startsOn, LocalDate endsOn, List<JstRequest> requests, BigDecimal socialWorkHours,
            String socialWorkDescription, String inKindDescription, BigDecimal inKindValue, BigDecimal cash) {

        /** The estimated value of what the JST provides. */
        public BigDecimal requested() {
            return requests.stream().map(JstRequest::value).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        }

    }

    private ApplicationRules() {
    }

    /** The content, or every refusal at its field. */
    static Content read(InitiativeDetails d, boolean complete) {
        List<RuleViolation> v = new ArrayList<>();
        String title = text(d.title(), "title", 200, true, v);
        Area area = null;
        if (d.area() == null || d.area().isBlank()) {
            if (complete) {
                v.add(new RuleViolation("area", "initiatives.required"));
            }
        }
        else {
            area = Area.of(d.area()).orElse(null);
            if (area == null) {
                v.add(new RuleViolation("area", "initiatives.area.outsideList"));
            }
        }
        String description = text(d.description(), "description", 6000, complete, v);
        String place = text(d.place(), "place", 500, complete, v);
        String schedule = text(d.schedule(), "schedule", 4000, complete, v);
        if (complete && d.startsOn() == null) {
            v.add(new RuleViolation("startsOn", "initiatives.required"));
        }
        if (complete && d.endsOn() == null) {
            v.add(new RuleViolation("endsOn", "initiatives.required"));
        }
        if (d.startsOn() != null && d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            v.add(new RuleViolation("endsOn", "initiatives.application.endsBeforeStart"));
        }
        List<JstRequest> requests = requests(d.requests(), v);
        if (complete && requests.isEmpty() && v.stream().noneMatch(x -> x.field().startsWith("requests"))) {
            v.add(new RuleViolation("requests", "initiatives.application.requestsRequired"));
        }
        BigDecimal hours = amount(d.socialWorkHours(), "socialWorkHours", HOURS_LIMIT, "initiatives.hours.invalid", v);
        String workDescription = text(d.socialWorkDescription(), "socialWorkDescription", 2000, false, v);
        if (hours.signum() > 0 && workDescription.isEmpty()) {
            v.add(new RuleViolation("socialWorkDescription", "initiatives.application.workDescriptionRequired"));
        }
        String inKindDescription = text(d.inKindDescription(), "inKindDescription", 2000, false, v);
        BigDecimal inKind = amount(d.inKindValue(), "inKindValue", MONEY_LIMIT, "initiatives.money.invalid", v);
        if (inKind.signum() > 0 && inKindDescription.isEmpty()) {
            v.add(new RuleViolation("inKindDescription", "initiatives.application.inKindDescriptionRequired"));
        }
        BigDecimal cash = amount(d.cash(), "cash", MONEY_LIMIT, "initiatives.money.invalid", v);
        if (complete && hours.signum() == 0 && inKind.signum() == 0 && cash.signum() == 0
                && v.stream().noneMatch(x -> List.of("socialWorkHours", "inKindValue", "cash").contains(x.field()))) {
            v.add(new RuleViolation("socialWorkHours", "initiatives.application.contributionRequired"));
        }
        RuleViolation.throwIfAny(v);
        return new Content(title, area, description, place, schedule, d.startsOn(), d.endsOn(), requests, hours,
                workDescription, inKindDescription, inKind, cash);
    }

    private static List<JstRequest> requests(List<InitiativeDetails.RequestInput> rows, List<RuleViolation> v) {
        List<JstRequest> requests = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            InitiativeDetails.RequestInput r = rows.get(i);
            if (r.blank()) {
                continue;
            }
            String at = "requests[" + i + "].";
            RequestKind kind = null;
            if (RequestKind.CASH_REQUEST.equals(r.kind())) {
                v.add(new RuleViolation(at + "kind", "initiatives.application.noCash"));
            }
            else if (r.kind() == null || r.kind().isBlank()) {
                v.add(new RuleViolation(at + "kind", "initiatives.required"));
            }
            else {
                kind = RequestKind.of(r.kind()).orElse(null);
                if (kind == null) {
                    v.add(new RuleViolation(at + "kind", "initiatives.application.requestKind.invalid"));
                }
            }
            String description = text(r.description(), at + "description", 500, true, v);
            BigDecimal value = amount(r.value(), at + "value", MONEY_LIMIT, "initiatives.money.invalid", v);
            if (kind != null && !description.isEmpty()) {
                requests.add(new JstRequest(kind, description, value));
            }
        }
        return requests;
    }

    private static String text(String value, String field, int max, boolean required, List<RuleViolation> v) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty() && required) {
            v.add(new RuleViolation(field, "initiatives.required"));
        }
        else if (s.length() > max) {
            v.add(new RuleViolation(field, "initiatives.tooLong"));
        }
        return s;
    }

    /** The amount typed (zero when empty). */
    static BigDecimal amount(String value, String field, BigDecimal limit, String key, List<RuleViolation> v) {
        AmountText.Parsed parsed = AmountText.parse(value, limit);
        if (!parsed.ok()) {
            v.add(new RuleViolation(field, key));
            return BigDecimal.ZERO.setScale(2);
        }
        return parsed.value() == null ? BigDecimal.ZERO.setScale(2) : parsed.value();
    }

}
