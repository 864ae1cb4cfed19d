package pl.wspolnie.diagnosis.domain;

import java.util.List;

/**
 * What the builder types about a question: the section it opens or continues, its type,
 * text, whether an answer is required, the options (choices), the scale's end labels, the
 * number's limits, and the condition (shown only when the question at showIfPosition was
 * answered with option showIfOption, counted from 0).
 */
public record QuestionDetails(String section, QuestionKind kind, String text, boolean required, List<String> options,
        String lowLabel, String highLabel, Integer minValue, Integer maxValue, Integer showIfPosition,
        Integer showIfOption) {
}
