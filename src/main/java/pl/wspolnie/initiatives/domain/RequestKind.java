package pl.wspolnie.initiatives.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the JST may be asked to provide for a local initiative: its services, materials,
 * or the loan of equipment. Money for the applicants is not among them: a local
 * initiative is carried out together, not a grant ({@link #CASH_REQUEST} is refused with
 * its reason).
 */
public enum RequestKind {

    SERVICE, MATERIAL, EQUIPMENT_LOAN;

    /** The code a request for money to the applicants comes with. */
    public static final String CASH_REQUEST = "CASH";

    public static Optional<RequestKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
    }

}
