package pl.wspolnie.partnership;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TERYT code of a new JST: length by type, known województwo, gmina kind digit,
 * prefix of the parent.
 */
class TerytRuleTest {

    @ParameterizedTest(name = "{0} {1} under {2} {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            // type, code, parent type, parent code, problem (field:key) or "-" for none
            "WOJEWODZTWO, 26,       -,           -,    -", "WOJEWODZTWO, 02,       -,           -,    -",
            "WOJEWODZTWO, 32,       -,           -,    -",
            "WOJEWODZTWO, 27,       -,           -,    teryt:jst.teryt.voivodeshipUnknown",
            "WOJEWODZTWO, 34,       -,           -,    teryt:jst.teryt.voivodeshipUnknown",
            "WOJEWODZTWO, 00,       -,           -,    teryt:jst.teryt.voivodeshipUnknown",
            "WOJEWODZTWO, 2,        -,           -,    teryt:jst.teryt.length.WOJEWODZTWO",
            "WOJEWODZTWO, 2613,     -,           -,    teryt:jst.teryt.length.WOJEWODZTWO",
            "WOJEWODZTWO, 26,       WOJEWODZTWO, 24,   parentId:jst.parent.wrongType.WOJEWODZTWO",
            "POWIAT,      2613,     -,           -,    -", "POWIAT,      2613,     WOJEWODZTWO, 26,   -",
            // Kielce, a city with powiat rights
            "POWIAT,      2661,     WOJEWODZTWO, 26,   -",
            "POWIAT,      2613,     WOJEWODZTWO, 24,   teryt:jst.teryt.notUnderParent",
            "POWIAT,      2600,     -,           -,    teryt:jst.teryt.powiatZero",
            "POWIAT,      26a3,     -,           -,    teryt:jst.teryt.length.POWIAT",
            "POWIAT,      261,      -,           -,    teryt:jst.teryt.length.POWIAT",
            "POWIAT,      2613,     POWIAT,      2612, parentId:jst.parent.wrongType.POWIAT",
            "GMINA,       2613012,  POWIAT,      2613, -", // Kluczewsko, rural
            "GMINA,       2613063,  POWIAT,      2613, -", // Włoszczowa, urban-rural
            "GMINA,       2661011,  POWIAT,      2661, -", // Kielce, urban
            "GMINA,       2613012,  -,           -,    -",
            "GMINA,       2613012,  POWIAT,      2612, teryt:jst.teryt.notUnderParent",
            "GMINA,       2613012,  WOJEWODZTWO, 26,   parentId:jst.parent.wrongType.GMINA",
            "GMINA,       261301,   -,           -,    teryt:jst.teryt.length.GMINA",
            "GMINA,       26130120, -,           -,    teryt:jst.teryt.length.GMINA",
            "GMINA,       2613064,  -,           -,    teryt:jst.teryt.gminaPart",
            "GMINA,       2613065,  -,           -,    teryt:jst.teryt.gminaPart",
            "GMINA,       2613060,  -,           -,    teryt:jst.teryt.gminaKind",
            // a Warsaw district
            "GMINA,       1465018,  -,           -,    teryt:jst.teryt.gminaKind",
            "GMINA,       2613002,  -,           -,    teryt:jst.teryt.gminaZero",
            "GMINA,       2600012,  -,           -,    teryt:jst.teryt.powiatZero",
            "GMINA,       -,        -,           -,    teryt:jst.teryt.required",
            "UNIT,        2613012,  -,           -,    teryt:jst.teryt.typeNotCreatable", })
    void codeFitsTypeAndParent(JstType type, String teryt, JstType parentType, String parentTeryt, String problem) {
        assertThat(TerytRule.check(type, teryt, parentType, parentTeryt)
            .map(p -> p.field() + ":" + p.messageKey())
            .orElse(null)).isEqualTo(problem);
    }

}
