package pl.wspolnie.competitions.domain.announcement;

/** The phase in which the public lists a competition. */
public enum Phase {

    OPEN, EVALUATION, DECIDED, ARCHIVED;

    public static Phase parse(String value) {
        if (value == null || value.isBlank()) {
            return OPEN;
        }
        for (Phase p : values()) {
            if (p.name().equalsIgnoreCase(value)) {
                return p;
            }
        }
        return OPEN;
    }

}
