package pl.wspolnie.noticeboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The form of a new notice, as the tests fill it in. */
public final class NoticeForms {

    private NoticeForms() {
    }

    /** A notice of the JST or of the organisation (the other id null), until the day. */
    public static Map<String, String> notice(String kind, String title, Long jstId, Long organizationId,
            LocalDate expires) {
        Map<String, String> f = new LinkedHashMap<>();
        if (jstId != null) {
            f.put("jstId", String.valueOf(jstId));
        }
        if (organizationId != null) {
            f.put("organizationId", String.valueOf(organizationId));
        }
        f.put("kind", kind);
        f.put("title", title);
        f.put("description", "Opis ogłoszenia");
        f.put("expiresOn", expires.toString());
        return f;
    }

    /** The organisation looks for volunteers: where, when and how many. */
    public static Map<String, String> volunteering(String title, long organizationId, LocalDate expires, String place,
            String when, String needed) {
        Map<String, String> f = notice("VOLUNTEERING", title, null, organizationId, expires);
        f.put("place", place);
        f.put("whenText", when);
        f.put("volunteersNeeded", needed);
        return f;
    }

}
