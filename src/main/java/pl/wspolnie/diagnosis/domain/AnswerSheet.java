package pl.wspolnie.diagnosis.domain;

import pl.wspolnie.shared.domain.RuleViolation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a respondent sent (the form's fields: {@code q<id>} for one value,
 * {@code q<id>o<n>} for each ticked option of a multiple choice, {@code q<id>r<n>} for
 * each row of a matrix and each option of a rank order) against the questions, and checks
 * each question's rules: required, a known option, a scale value 1–5, a whole number
 * within the limits, a text not too long. A question whose condition is not met is
 * neither required nor kept.
 */
public final class AnswerSheet {

    /** One stored answer: an option (or a scale value), a number, or a text. */
    public record Answer(long questionId, Integer option, Integer number, String text) {
    }

    private final List<Answer> answers = new ArrayList<>();

    private final List<RuleViolation> problems = new ArrayList<>();

    private AnswerSheet() {
    }

    public static String field(Question q) {
        return "q" + q.getId();
    }

    public static String optionField(Question q, int option) {
        return "q" + q.getId() + "o" + option;
    }

    /** The field of a matrix's row or of a rank order's option, counted from 0. */
    public static String rowField(Question q, int row) {
        return "q" + q.getId() + "r" + row;
    }

    /** Reads and checks the fields; see {@link #problems()} and {@link #answers()}. */
    public static AnswerSheet read(List<Question> questions, Map<String, String> fields) {
        AnswerSheet sheet = new AnswerSheet();
        Map<Integer, Integer> chosenByPosition = new HashMap<>();
        for (Question q : questions) {
            if (q.isConditional()) {
                Integer chosen = chosenByPosition.get(q.getShowIfPosition());
                if (chosen == null || !chosen.equals(q.getShowIfOption())) {
                    continue;
                }
            }
            Integer chosen = sheet.readOne(q, fields);
            if (chosen != null) {
                chosenByPosition.put(q.getPosition(), chosen);
            }
        }
        return sheet;
    }

    /** Reads one question; returns the chosen option of a single choice. */
    private Integer readOne(Question q, Map<String, String> fields) {
        String field = field(q);
        String value = fields.getOrDefault(field, "").strip();
        switch (q.getKind()) {
            case SINGLE -> {
                if (value.isEmpty()) {
                    requireIfNeeded(q);
                    return null;
                }
                Integer option = parse(value);
                if (option == null || option < 0 || option >= q.getOptions().size()) {
                    problems.add(new RuleViolation(field, "diagnosis.answer.option"));
                    return null;
                }
                answers.add(new Answer(q.getId(), option, null, null));
                return option;
            }
            case MULTIPLE -> {
                int ticked = 0;
                for (int i = 0; i < q.getOptions().size(); i++) {
                    if (!fields.getOrDefault(optionField(q, i), "").isBlank()) {
                        answers.add(new Answer(q.getId(), i, null, null));
                        ticked++;
                    }
                }
                if (ticked == 0) {
                    requireIfNeeded(q);
                }
            }
            case SCALE -> {
                if (value.isEmpty()) {
                    requireIfNeeded(q);
                    return null;
                }
                Integer scale = parse(value);
                if (scale == null || scale < 1 || scale > QuestionKind.SCALE_MAX) {
                    problems.add(new RuleViolation(field, "diagnosis.answer.scale", QuestionKind.SCALE_MAX));
                }
                else {
                    answers.add(new Answer(q.getId(), scale, null, null));
                }
            }
            case NUMBER -> {
                if (value.isEmpty()) {
                    requireIfNeeded(q);
                    return null;
                }
                Integer number = parse(value);
                if (number == null) {
                    problems.add(new RuleViolation(field, "diagnosis.answer.number"));
                }
                else if (q.getMinValue() != null && number < q.getMinValue()
                        || q.getMaxValue() != null && number > q.getMaxValue()) {
                    problems.add(new RuleViolation(field, "diagnosis.answer.numberRange",
                            q.getMinValue() == null ? "–" : q.getMinValue(),
                            q.getMaxValue() == null ? "–" : q.getMaxValue()));
                }
                else {
                    answers.add(new Answer(q.getId(), null, number, null));
                }
            }
            case MATRIX -> readMatrix(q, fields);
            case RANK -> readRanks(q, fields);
            case SHORT_TEXT, LONG_TEXT -> {
                if (value.isEmpty()) {
                    requireIfNeeded(q);
                    return null;
                }
                int max = q.getKind() == QuestionKind.SHORT_TEXT ? QuestionKind.SHORT_TEXT_MAX
                        : QuestionKind.LONG_TEXT_MAX;
                if (value.length() > max) {
                    problems.add(new RuleViolation(field, "diagnosis.answer.tooLong", max));
                }
                else {
                    answers.add(new Answer(q.getId(), null, null, value));
                }
            }
        }
        return null;
    }

    /**
     * A matrix: each row a value on the scale (row in option, value in number); required
     * means every row answered.
     */
    private void readMatrix(Question q, Map<String, String> fields) {
        List<Answer> rows = new ArrayList<>();
        boolean outside = false;
        for (int i = 0; i < q.getOptions().size(); i++) {
            String value = fields.getOrDefault(rowField(q, i), "").strip();
            if (value.isEmpty()) {
                continue;
            }
            Integer scale = parse(value);
            if (scale == null || scale < 1 || scale > QuestionKind.SCALE_MAX) {
                outside = true;
            }
            else {
                rows.add(new Answer(q.getId(), i, scale, null));
            }
        }
        if (outside) {
            problems.add(new RuleViolation(field(q), "diagnosis.answer.scale", QuestionKind.SCALE_MAX));
        }
        else if (rows.isEmpty()) {
            requireIfNeeded(q);
        }
        else if (q.isRequired() && rows.size() < q.getOptions().size()) {
            problems.add(new RuleViolation(field(q), "diagnosis.answer.everyRow"));
        }
        else {
            answers.addAll(rows);
        }
    }

    /**
     * A rank order: each option a rank 1..n (option in option, rank in number), each rank
     * once, every option ranked once any is.
     */
    private void readRanks(Question q, Map<String, String> fields) {
        int n = q.getOptions().size();
        List<Answer> ranks = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        int given = 0;
        boolean outside = false;
        boolean twice = false;
        for (int i = 0; i < n; i++) {
            String value = fields.getOrDefault(rowField(q, i), "").strip();
            if (value.isEmpty()) {
                continue;
            }
            given++;
            Integer rank = parse(value);
            if (rank == null || rank < 1 || rank > n) {
                outside = true;
            }
            else if (!used.add(rank)) {
                twice = true;
            }
            else {
                ranks.add(new Answer(q.getId(), i, rank, null));
            }
        }
        if (given == 0) {
            requireIfNeeded(q);
        }
        else if (outside) {
            problems.add(new RuleViolation(field(q), "diagnosis.answer.rankRange", n));
        }
        else if (twice) {
            problems.add(new RuleViolation(field(q), "diagnosis.answer.rankTwice"));
        }
        else if (given < n) {
            problems.add(new RuleViolation(field(q), "diagnosis.answer.rankAll", n));
        }
        else {
            answers.addAll(ranks);
        }
    }

    private void requireIfNeeded(Question q) {
        if (q.isRequired()) {
            problems.add(new RuleViolation(field(q), "diagnosis.answer.required"));
        }
    }

    private static Integer parse(String value) {
        try {
            return Integer.valueOf(value.replace(" ", "").replace("\u00a0", ""));
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    public List<Answer> answers() {
        return answers;
    }

    public List<RuleViolation> problems() {
        return problems;
    }

}
