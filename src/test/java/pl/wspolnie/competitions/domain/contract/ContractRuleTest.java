package pl.wspolnie.competitions.domain.contract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.text.Formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each rule a contract must meet before it is recorded, one row per case: what was
 * changed in an otherwise valid contract for a grant of 1 000,00 zł, the rule that
 * refuses it, its field and message. Rows with a null rule still pass.
 */
class ContractRuleTest {

    private static final BigDecimal AWARD = new BigDecimal("1000.00");

    private static final String TAKEN = "12/2027";

    /** A valid contract: two tranches of 600,00 and 400,00 zł. */
    static ContractForm validForm() {
        ContractForm f = new ContractForm();
        f.setNumber(" 7/2027 ");
        f.setSignedOn(LocalDate.of(2027, 3, 1));
        f.setBankAccount("61 1090 1014 0000 0712 1981 2874");
        f.setPeriodFrom(LocalDate.of(2027, 3, 15));
        f.setPeriodTo(LocalDate.of(2027, 11, 30));
        f.setTranches(List.of(tranche("600,00", LocalDate.of(2027, 3, 20)), tranche("400,00", LocalDate.of(2027, 7, 1)),
                new ContractForm.TrancheRow()));
        return f;
    }

    static ContractForm.TrancheRow tranche(String amount, LocalDate dueOn) {
        ContractForm.TrancheRow r = new ContractForm.TrancheRow();
        r.setAmount(amount);
        r.setDueOn(dueOn);
        return r;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                row("no number", f -> f.setNumber("  "), ContractRule.NUMBER_GIVEN, "number",
                        "competitions.contract.number.required"),
                row("a number the JST already used", f -> f.setNumber(TAKEN), ContractRule.NUMBER_FREE, "number",
                        "competitions.contract.number.taken"),
                row("no date of signing", f -> f.setSignedOn(null), ContractRule.SIGNED_ON_GIVEN, "signedOn",
                        "competitions.contract.signedOn.required"),
                row("an account of 25 digits", f -> f.setBankAccount("61 1090 1014 0000 0712 1981 287"),
                        ContractRule.BANK_ACCOUNT_VALID, "bankAccount", "competitions.contract.bankAccount.invalid"),
                row("no start of the period", f -> f.setPeriodFrom(null), ContractRule.PERIOD_FROM_GIVEN, "periodFrom",
                        "competitions.contract.period.required"),
                row("no end of the period", f -> f.setPeriodTo(null), ContractRule.PERIOD_TO_GIVEN_AND_IN_ORDER,
                        "periodTo", "competitions.contract.period.required"),
                row("the end before the start", f -> f.setPeriodTo(LocalDate.of(2027, 3, 14)),
                        ContractRule.PERIOD_TO_GIVEN_AND_IN_ORDER, "periodTo", "competitions.contract.period.order"),
                row("a one-day period", f -> f.setPeriodTo(LocalDate.of(2027, 3, 15)), null, null, null),
                row("a tranche without an amount", f -> f.getTranches().get(1).setAmount(""),
                        ContractRule.TRANCHES_COMPLETE, "tranches[1].amount",
                        "competitions.contract.tranche.amount.required"),
                row("a tranche of zero", f -> f.getTranches().get(1).setAmount("0,00"), ContractRule.TRANCHES_COMPLETE,
                        "tranches[1].amount", "competitions.contract.tranche.amount.required"),
                row("a tranche without a due date", f -> f.getTranches().get(0).setDueOn(null),
                        ContractRule.TRANCHES_COMPLETE, "tranches[0].dueOn",
                        "competitions.contract.tranche.dueOn.required"),
                row("tranches below the grant", f -> f.getTranches().get(1).setAmount("399,99"),
                        ContractRule.TRANCHES_ADD_UP_TO_GRANT, "trancheSum", "competitions.contract.tranche.sum"),
                row("tranches above the grant", f -> f.getTranches().get(1).setAmount("400,01"),
                        ContractRule.TRANCHES_ADD_UP_TO_GRANT, "trancheSum", "competitions.contract.tranche.sum"),
                row("one tranche of the whole grant", f -> f.setTranches(List.of(tranche("1000", LocalDate.now()))),
                        null, null, null));
    }

    static Arguments row(String change, Consumer<ContractForm> edit, ContractRule rule, String field, String message) {
        return arguments(change, edit, rule, field, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleRefusesItsCase(String change, Consumer<ContractForm> edit, ContractRule rule, String field,
            String message) {
        ContractForm f = validForm();
        edit.accept(f);
        ContractTerms terms = ContractTerms.read(f, TAKEN::equals, AWARD);
        List<RuleViolation> problems = ContractRule.checkAll(terms, new Formats());
        if (rule == null) {
            assertThat(problems).as(change).isEmpty();
            return;
        }
        assertThat(problems).as(change).hasSize(1);
        assertThat(problems.get(0).field()).isEqualTo(field);
        assertThat(problems.get(0).messageKey()).isEqualTo(message);
        List<RuleViolation> alone = new ArrayList<>();
        rule.check(terms, new Formats(), alone);
        assertThat(alone).as("the rule itself refuses it").hasSize(1);
    }

    @Test
    void anUnreadableAmountIsReportedAtItsTrancheAndNotAsMissingOrAsAWrongSum() {
        ContractForm f = validForm();
        f.getTranches().get(0).setAmount("sześćset");
        List<RuleViolation> problems = ContractRule.checkAll(ContractTerms.read(f, TAKEN::equals, AWARD),
                new Formats());
        assertThat(problems).extracting(RuleViolation::field).containsExactly("tranches[0].amount");
        assertThat(problems.get(0).messageKey()).isNotEqualTo("competitions.contract.tranche.amount.required");
    }

    @Test
    void theSumIsShownInPolishMoney() {
        ContractForm f = validForm();
        f.getTranches().get(1).setAmount("1 400,00");
        List<RuleViolation> problems = ContractRule.checkAll(ContractTerms.read(f, TAKEN::equals, AWARD),
                new Formats());
        assertThat(problems.get(0).args()).containsExactly("2\u00a0000,00 zł", "1\u00a0000,00 zł");
    }

}
