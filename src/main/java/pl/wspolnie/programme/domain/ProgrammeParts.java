package pl.wspolnie.programme.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of a programme required by art. 5a ust. 4 of the Act: goals, principles,
 * scope, forms, priority tasks (rows of {@link ProgrammeTask}), period, method of
 * implementation, planned funds, evaluation (with {@link ProgrammeIndicator} rows), how
 * it was created and consulted, how competition commissions work.
 */
public record ProgrammeParts(String title, int yearFrom, int yearTo, String goals, String principles, String scope,
        String forms, String period, String implementation, String funds, String evaluation, String creation,
        String commissions) {

    /** The six principles of art. 5 ust. 3, prefilled in a new programme. */
    public static final String SIX_PRINCIPLES = """
            Współpraca opiera się na zasadach:
            1) pomocniczości,
            2) suwerenności stron,
            3) partnerstwa,
            4) efektywności,
            5) uczciwej konkurencji,
            6) jawności.""";

    /** The text parts in the order of the Act, keyed by their message key suffix. */
    public Map<String, String> textParts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("goals", goals);
        parts.put("principles", principles);
        parts.put("scope", scope);
        parts.put("forms", forms);
        parts.put("period", period);
        parts.put("implementation", implementation);
        parts.put("funds", funds);
        parts.put("evaluation", evaluation);
        parts.put("creation", creation);
        parts.put("commissions", commissions);
        return parts;
    }
}
