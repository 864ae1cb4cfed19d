package pl.wspolnie.competitions.domain.contract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.text.Formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of an annex, one row per case, against the contract of
 * {@link ReportRulesTest#planned()}: line 1 = 1 000 zł (500 from the grant), line 2 = 4
 * 500 zł (2 500); 2 500 zł outside the grant; grant 3 000 zł; 1.01–30.06.2027.
 */
class AnnexRulesTest {

    private static final AnnexedTerms SIGNED = new AnnexedTerms(ReportRulesTest.FROM.toString(),
            ReportRulesTest.TO.toString(), "3000.00", ReportRulesTest.planned());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    # case                                        | side       | to         | total1 | grant1 | total2 | grant2 | partial | field / tolerance
                    shift of exactly 10 % is within tolerance      | CONTRACTOR | 2027-06-30 | 1100   | 550    | 4400   | 2450   |         | WITHIN
                    shift above 10 % needs the annex               | CONTRACTOR | 2027-06-30 | 1101   | 551    | 4399   | 2449   |         | NEEDED
                    new end date is an annex                       | CONTRACTOR | 2027-05-31 | 1000   | 500    | 4500   | 2500   |         | NEEDED
                    contractor may not raise the grant             | CONTRACTOR | 2027-06-30 | 1100   | 600    | 4500   | 2500   |         | lines
                    official may raise the grant                   | OFFICIAL   | 2027-06-30 | 1100   | 600    | 4500   | 2500   |         | NEEDED
                    own contribution stays                         | OFFICIAL   | 2027-06-30 | 1200   | 600    | 4500   | 2500   |         | lines
                    grant part above the line                      | OFFICIAL   | 2027-06-30 | 1000   | 1100   | 4500   | 2500   |         | lines[0].fromGrant
                    end in the next budget year                    | CONTRACTOR | 2028-01-15 | 1000   | 500    | 4500   | 2500   |         | periodTo
                    end before a submitted partial report          | CONTRACTOR | 2027-02-27 | 1000   | 500    | 4500   | 2500   | 1000    | periodTo
                    line below what a partial report showed        | CONTRACTOR | 2027-06-30 | 900    | 450    | 4600   | 2550   | 950     | lines[0].total
                    line at what a partial report showed           | CONTRACTOR | 2027-06-30 | 950    | 450    | 4550   | 2550   | 950     | WITHIN
                    nothing changed                                | CONTRACTOR | 2027-06-30 | 1000   | 500    | 4500   | 2500   |         | justification
                    unreadable amount                              | CONTRACTOR | 2027-06-30 | abc    | 500    | 4500   | 2500   |         | lines[0].total
                    """)
    void rules(String name, ContractSide side, LocalDate to, String total1, String grant1, String total2, String grant2,
            String partial, String expected) {
        AnnexForm f = AnnexForm.of(SIGNED);
        f.setPeriodTo(to);
        f.setJustification("Zmiana");
        f.getLines().get(0).setTotal(total1);
        f.getLines().get(0).setFromGrant(grant1);
        f.getLines().get(1).setTotal(total2);
        f.getLines().get(1).setFromGrant(grant2);
        AnnexRules.Reported past = partial == null ? AnnexRules.Reported.none() : new AnnexRules.Reported(
                LocalDate.of(2027, 2, 28), List.of(new BigDecimal(partial)), List.of(new BigDecimal("450")));
        AnnexRules.Outcome outcome = AnnexRules.check(f, SIGNED, side, past, BigDecimal.TEN, null, new Formats());
        switch (expected) {
            case "WITHIN" -> assertThat(outcome.problems()).isEmpty();
            case "NEEDED" -> assertThat(outcome.problems()).isEmpty();
            default -> assertThat(outcome.problems()).extracting(RuleViolation::field).contains(expected);
        }
        if (outcome.problems().isEmpty()) {
            assertThat(outcome.withinTolerance()).isEqualTo(expected.equals("WITHIN"));
            assertThat(outcome.terms().content().sources().total())
                .isEqualTo(new BigDecimal(total1).add(new BigDecimal(total2)).setScale(2).toPlainString());
        }
    }

}
