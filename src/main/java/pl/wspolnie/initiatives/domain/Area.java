package pl.wspolnie.initiatives.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The areas in which a local initiative may be undertaken: the closed list of art. 19b
 * ust. 1 (with the points of art. 4 ust. 1 each refers to). Nothing outside it.
 */
public enum Area {

    /**
     * Pkt 1: supporting local communities (art. 4 ust. 1 pkt 13), in particular building,
     * extending or repairing roads, sewers, water networks, buildings and small
     * architecture.
     */
    COMMUNITY,
    /**
     * Pkt 2: charity, national tradition, Polishness, culture, art and heritage,
     * promotion of volunteering (art. 4 ust. 1 pkt 3, 4, 5, 16, 27).
     */
    CHARITY_CULTURE,
    /** Pkt 3: education and upbringing (pkt 14). */
    EDUCATION,
    /** Pkt 4: physical culture and tourism (pkt 17, 19). */
    SPORT_TOURISM,
    /** Pkt 5: nature protection, including greenery in towns and villages (pkt 18). */
    NATURE,
    /** Pkt 6: public order and safety (pkt 20). */
    PUBLIC_ORDER,
    /** Pkt 7: revitalisation (pkt 32a). */
    REVITALISATION;

    /** The area of the code, empty for anything not on the act's list. */
    public static Optional<Area> of(String code) {
        return Arrays.stream(values()).filter(a -> a.name().equals(code)).findFirst();
    }

}
