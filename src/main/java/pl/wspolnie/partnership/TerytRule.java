package pl.wspolnie.partnership;

import java.util.Optional;

/**
 * The TERYT identifier of a JST (the TERC part of the national territorial register, kept
 * by GUS):
 * <ul>
 * <li>województwo: 2 digits, an even number 02–32 (WW);</li>
 * <li>powiat: 4 digits WWPP, PP 01–60 for a land powiat and 61–99 for a city with powiat
 * rights;</li>
 * <li>gmina: 7 digits WWPPGGR, GG from 01, R the kind of unit: 1 urban gmina, 2 rural
 * gmina, 3 urban-rural gmina. 4 (the town) and 5 (the rural area) are parts of an
 * urban-rural gmina, not a JST of their own, and 8/9 are the districts and delegations of
 * cities: none of them is a gmina's code.</li>
 * </ul>
 * A unit below a parent starts with the parent's code: a gmina with its powiat's 4
 * digits, a powiat with its województwo's 2.
 */
public final class TerytRule {

    private TerytRule() {
    }

    /**
     * A problem: the form field it belongs to ("teryt" or "parentId") and its message
     * key.
     */
    public record Problem(String field, String messageKey) {
        static Optional<Problem> teryt(String key) {
            return Optional.of(new Problem("teryt", key));
        }
    }

    /**
     * The problem with this code for a JST of this type and (optional) parent, if any.
     */
    public static Optional<Problem> check(JstType type, String teryt, JstType parentType, String parentTeryt) {
        if (teryt == null || teryt.isBlank()) {
            return Problem.teryt("jst.teryt.required");
        }
        int length = switch (type) {
            case WOJEWODZTWO -> 2;
            case POWIAT -> 4;
            case GMINA -> 7;
            case UNIT -> 0;
        };
        if (length == 0) {
            return Problem.teryt("jst.teryt.typeNotCreatable");
        }
        if (teryt.length() != length || !teryt.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Problem.teryt("jst.teryt.length." + type.name());
        }
        int voivodeship = Integer.parseInt(teryt.substring(0, 2));
        if (voivodeship < 2 || voivodeship > 32 || voivodeship % 2 != 0) {
            return Problem.teryt("jst.teryt.voivodeshipUnknown");
        }
        if (length >= 4 && teryt.startsWith("00", 2)) {
            return Problem.teryt("jst.teryt.powiatZero");
        }
        if (length == 7) {
            if (teryt.startsWith("00", 4)) {
                return Problem.teryt("jst.teryt.gminaZero");
            }
            char kind = teryt.charAt(6);
            if (kind == '4' || kind == '5') {
                return Problem.teryt("jst.teryt.gminaPart");
            }
            if (kind < '1' || kind > '3') {
                return Problem.teryt("jst.teryt.gminaKind");
            }
        }
        if (parentType != null) {
            JstType expected = type == JstType.GMINA ? JstType.POWIAT
                    : type == JstType.POWIAT ? JstType.WOJEWODZTWO : null;
            if (expected == null || parentType != expected) {
                return Optional.of(new Problem("parentId", "jst.parent.wrongType." + type.name()));
            }
            if (parentTeryt == null || !teryt.startsWith(parentTeryt)) {
                return Problem.teryt("jst.teryt.notUnderParent");
            }
        }
        return Optional.empty();
    }

}
