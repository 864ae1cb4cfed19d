package pl.wspolnie.competitions.domain;

import pl.wspolnie.competitions.domain.contract.ReportForm;
import pl.wspolnie.competitions.domain.offer.OfferForm;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.wspolnie.shared.domain.RuleViolation;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sources other than the grant are read the same way in an offer and in a report: an
 * empty amount is 0, an unreadable one a problem on its own field (and 0).
 */
class OtherSourcesFormTest {

    @ParameterizedTest(name = "{0}: {1} / {2} / {3} / {4}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            offer  | 100,50 | ''    | 1 000 | 0,5  | 1101.00 | null
            report | 100,50 | ''    | 1 000 | 0,5  | 1101.00 | null
            offer  | 10     | abc   | ''    | ''   | 10.00   | ownPersonal
            report | 10     | ''    | ''    | -1   | 10.00   | recipientPayments
            offer  | 1,001  | ''    | ''    | ''   | 0.00    | ownFinancial
            """)
    void readsEachSourceOrNamesItsField(String which, String financial, String personal, String inKind, String payments,
            String total, String problemField) {
        OtherSourcesForm f = "offer".equals(which) ? new OfferForm() : new ReportForm();
        f.setOwnFinancial(financial);
        f.setOwnPersonal(personal);
        f.setOwnInKind(inKind);
        f.setRecipientPayments(payments);
        List<RuleViolation> problems = new ArrayList<>();
        OtherSources read = f.readOtherSources(problems);
        assertThat(read.total()).isEqualByComparingTo(total);
        if (problemField == null) {
            assertThat(problems).isEmpty();
        }
        else {
            assertThat(problems).extracting(RuleViolation::field).containsExactly(problemField);
        }
    }

}
