package pl.wspolnie.diagnosis.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import pl.wspolnie.diagnosis.domain.Question;
import pl.wspolnie.diagnosis.domain.QuestionDetails;
import pl.wspolnie.diagnosis.domain.QuestionKind;

import java.util.Arrays;
import java.util.List;

/**
 * A question's fields. The options are typed one a line; the condition names the earlier
 * question's number (its position) and the option's number counted from 1.
 */
record QuestionForm(@Size(max = 200, message = "{diagnosis.field.tooLong}") String section, @NotNull QuestionKind kind,
        @NotBlank @Size(max = 1000, message = "{diagnosis.field.tooLong}") String text, boolean required,
        @Size(max = 4000, message = "{diagnosis.field.tooLong}") String options,
        @Size(max = 100, message = "{diagnosis.field.tooLong}") String lowLabel,
        @Size(max = 100, message = "{diagnosis.field.tooLong}") String highLabel, Integer minValue, Integer maxValue,
        @Min(1) Integer showIfPosition, @Min(1) @Max(100) Integer showIfOption) {

    static QuestionForm empty() {
        return new QuestionForm("", QuestionKind.SINGLE, "", true, "", "", "", null, null, null, null);
    }

    static QuestionForm of(Question q) {
        return new QuestionForm(q.getSection(), q.getKind(), q.getText(), q.isRequired(),
                String.join("\n", q.getOptions()), q.getLowLabel(), q.getHighLabel(), q.getMinValue(), q.getMaxValue(),
                q.getShowIfPosition(), q.getShowIfOption() == null ? null : q.getShowIfOption() + 1);
    }

    QuestionDetails details() {
        List<String> lines = options == null ? List.of()
                : Arrays.stream(options.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new QuestionDetails(section, kind, text, required, lines, lowLabel, highLabel, minValue, maxValue,
                showIfPosition, showIfPosition == null || showIfOption == null ? null : showIfOption - 1);
    }

}
