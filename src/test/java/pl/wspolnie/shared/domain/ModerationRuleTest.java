package pl.wspolnie.shared.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A liaison officer decides only a pending item, and a rejection needs its reason (at
 * most 2,000 characters, stored stripped); an approval stores none.
 */
class ModerationRuleTest {

    private static final ModerationRule NEWS = new ModerationRule("news");

    @ParameterizedTest(name = "pending={0}, rejecting={1}, reason=[{2}] → stored [{3}], refused {4} on {5}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            true  | false | null          | null       | null                              | null
            true  | false | '  ignored '  | null       | null                              | null
            true  | true  | '  Spam.  '   | Spam.      | null                              | null
            true  | true  | null          | null       | news.moderation.reason.required   | reason
            true  | true  | '   '         | null       | news.moderation.reason.required   | reason
            false | false | null          | null       | news.moderation.notPending        | null
            false | true  | Spam.         | null       | news.moderation.notPending        | null
            """)
    void decision(boolean pending, boolean rejecting, String reason, String stored, String refusal, String field) {
        if (refusal == null) {
            assertThat(NEWS.check(pending, rejecting, reason)).isEqualTo(stored);
            return;
        }
        RuleViolation violation = catchThrowableOfType(RuleViolation.class,
                () -> NEWS.check(pending, rejecting, reason));
        assertThat(violation.messageKey()).isEqualTo(refusal);
        assertThat(violation.field()).isEqualTo(field);
    }

    @ParameterizedTest(name = "a reason of {0} characters is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2000 | false
            2001 | true
            """)
    void reasonLength(int length, boolean refused) {
        String reason = "a".repeat(length);
        RuleViolation violation = catchThrowableOfType(RuleViolation.class,
                () -> new ModerationRule("notices").check(true, true, " " + reason + " "));
        if (!refused) {
            assertThat(violation).isNull();
            return;
        }
        assertThat(violation.messageKey()).isEqualTo("notices.moderation.reason.tooLong");
        assertThat(violation.args()).containsExactly(ModerationRule.MAX_REASON);
    }

}
