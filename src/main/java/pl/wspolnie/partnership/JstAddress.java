package pl.wspolnie.partnership;

/**
 * A JST's seat address as other modules may read it; a part not entered is null.
 */
public record JstAddress(String street, String postalCode, String city) {

    /** Whether street, postal code and city are all entered. */
    public boolean complete() {
        return filled(street) && filled(postalCode) && filled(city);
    }

    /** "ul. Wiśniowa 10, 29-100 Włoszczowa" (the parts entered). */
    public String formatted() {
        String town = ((filled(postalCode) ? postalCode.strip() + " " : "") + (filled(city) ? city.strip() : ""))
            .strip();
        if (!filled(street)) {
            return town;
        }
        return town.isEmpty() ? street.strip() : street.strip() + ", " + town;
    }

    private static boolean filled(String s) {
        return s != null && !s.isBlank();
    }

}
