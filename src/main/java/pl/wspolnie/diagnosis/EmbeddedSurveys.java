package pl.wspolnie.diagnosis;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.diagnosis.domain.Answering;
import pl.wspolnie.diagnosis.domain.Invitations;
import pl.wspolnie.diagnosis.domain.Question;
import pl.wspolnie.diagnosis.domain.QuestionDetails;
import pl.wspolnie.diagnosis.domain.QuestionKind;
import pl.wspolnie.diagnosis.domain.Survey;
import pl.wspolnie.diagnosis.domain.SurveyResults;
import pl.wspolnie.diagnosis.domain.Surveys;
import pl.wspolnie.shared.domain.NotFound;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The survey engine for another module's record (issue 19 point 3: the evaluation of a
 * grant task by its beneficiaries): a survey copied from a template and owned by the
 * record ("contract:12"), answered anonymously through short single-use codes the owner
 * hands out (no mail), summarised for the owner. The owner checks who may do what before
 * calling; the questions are edited on the diagnosis builder's pages, which ask the
 * owner's {@link EmbeddedSurveyOwner}.
 */
@Service
@Transactional
public class EmbeddedSurveys {

    /**
     * The survey of a record: its id, the builder's page, its end, the codes issued,
     * whether anyone answered, its number of questions.
     */
    public record Embedded(long surveyId, String editPath, LocalDate endsOn, int codesIssued, int codesUsed,
            boolean answered, int questions) {

        /** Where an account answers a survey of an owner answered by accounts. */
        public String answerPath() {
            return "/diagnosis/surveys/" + surveyId + "/answer";
        }

    }

    /**
     * One question's summary: the answers, the mean of a scale or a number, the counts of
     * the options (or scale values), the rows of a matrix (statements) or a rank order
     * (items, best mean rank first), the texts (the first
     * {@link SurveyResults#TEXTS_SHOWN}).
     */
    public record QuestionSummary(int position, String text, String kind, long answered, Double mean,
            List<Count> counts, List<String> texts, List<Row> rows) {

        public boolean scale() {
            return QuestionKind.SCALE.name().equals(kind);
        }

        public boolean textual() {
            return QuestionKind.valueOf(kind).isText();
        }

    }

    /**
     * A matrix's statement (how many rated it, the count of each value, the mean) or a
     * rank order's item (how many ranked it, the count of each rank, the mean rank).
     */
    public record Row(String label, long answered, List<Count> counts, double mean) {
    }

    /** A value (or option) of a question with its count and percentage. */
    public record Count(String label, long count, double percent) {
    }

    /**
     * The summary of the answers: their number; when fewer than
     * {@link SurveyResults#MIN_GROUP}, {@code tooFew} and no questions (nobody can tell
     * who answered what).
     */
    public record Summary(long answers, boolean tooFew, List<QuestionSummary> questions) {

        public static final int MIN_GROUP = SurveyResults.MIN_GROUP;

        /** The mean of the scale question at this position, or null. */
        public Double meanAt(int position) {
            return questions.stream()
                .filter(q -> q.position() == position)
                .map(QuestionSummary::mean)
                .findFirst()
                .orElse(null);
        }

    }

    private final Surveys surveys;

    private final Invitations invitations;

    private final SurveyResults results;

    private final Answering answering;

    private final JdbcClient jdbc;

    EmbeddedSurveys(Surveys surveys, Invitations invitations, SurveyResults results, Answering answering,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.invitations = invitations;
        this.results = results;
        this.answering = answering;
    }

    /**
     * Copies the template into a published, anonymous-as-the-template survey of the
     * record, open from today to {@code endsOn}; returns its id.
     */
    public long create(String templateCode, long jstId, String ownerRef, String title, long createdBy,
            LocalDate endsOn) {
        return surveys.createOwned(templateCode, jstId, ownerRef, title, createdBy, answering.today(), endsOn).getId();
    }

    /**
     * A survey of the record with no questions yet (built on the builder's pages),
     * answered by logged-in accounts once each while the owner's
     * {@link EmbeddedSurveyOwner#gate gate} is open; its dates are the record's. Returns
     * its id.
     */
    public long createForAccounts(long jstId, String ownerRef, String title, long createdBy, LocalDate startsOn,
            LocalDate endsOn) {
        return surveys.createOwnedForAccounts(jstId, ownerRef, title, createdBy, startsOn, endsOn).getId();
    }

    /**
     * A question appended to the record's survey by the demo data: a kind of
     * {@code QuestionKind} ("SINGLE", "LONG_TEXT"…), its text, whether required, the
     * options.
     */
    public void seedQuestion(String ownerRef, String kind, String text, boolean required, List<String> options) {
        surveys.seedQuestion(owned(ownerRef), new QuestionDetails("", QuestionKind.valueOf(kind), text, required,
                options, null, null, null, null, null, null));
    }

    /**
     * An answer of the demo data by an account, the values by the questions' positions
     * (as {@link #seedAnswer}).
     */
    public void seedAccountAnswer(String ownerRef, long userId, Map<Integer, String> byPosition) {
        Survey survey = owned(ownerRef);
        answering.seed(survey.getId(), userId, null, fields(survey, byPosition));
    }

    /** The record's survey, if it has one. */
    @Transactional(readOnly = true)
    public Optional<Embedded> of(String ownerRef) {
        return surveys.ownedBy(ownerRef).map(s -> {
            Invitations.Issued issued = invitations.issued(s.getId());
            return new Embedded(s.getId(), "/diagnosis/surveys/" + s.getId(), s.getEndsOn(), issued.issued(),
                    issued.used(), surveys.answered(s.getId()), surveys.questions(s.getId()).size());
        });
    }

    /**
     * {@code count} new single-use codes of the record's survey (409 after its end); they
     * are returned once, only their hashes are kept.
     */
    public List<String> issueCodes(String ownerRef, int count, long issuedBy) {
        return invitations.issueCodes(owned(ownerRef), count, issuedBy);
    }

    /** The path where a code is answered (the code is the link's token). */
    public static String answerPath(String code) {
        return "/diagnosis/invited/" + code;
    }

    /** The path of the page where a code is typed. */
    public static String codePagePath() {
        return "/diagnosis/code";
    }

    /**
     * The number of answers of each record's survey, by its owner reference (records
     * without a survey are left out): a count, which tells nobody who answered what.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> answerCounts(Collection<String> ownerRefs) {
        if (ownerRefs.isEmpty()) {
            return Map.of();
        }
        return jdbc
            .sql("select s.owner_ref, count(r.id) from diagnosis_survey s left join diagnosis_response r "
                    + "on r.survey_id = s.id where s.owner_ref in (:refs) group by s.owner_ref")
            .param("refs", ownerRefs)
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The summary of the answers, under the anonymity rule of fewer than 3. */
    @Transactional(readOnly = true)
    public Summary summary(String ownerRef) {
        SurveyResults.ResultsPage page = results.ownerResults(owned(ownerRef));
        return new Summary(page.respondents(), page.tooFew(),
                page.questions().stream().map(EmbeddedSurveys::question).toList());
    }

    /**
     * An answer of the demo data given through a new code; the values by the questions'
     * positions (a scale's value, a choice's option counted from 0, a text).
     */
    public void seedAnswer(String ownerRef, Map<Integer, String> byPosition, long issuedBy) {
        Survey survey = owned(ownerRef);
        String code = invitations.issueCodes(survey, 1, issuedBy).get(0);
        answering.submitInvited(code, fields(survey, byPosition));
    }

    private Map<String, String> fields(Survey survey, Map<Integer, String> byPosition) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Question q : surveys.questions(survey.getId())) {
            String value = byPosition.get(q.getPosition());
            if (value != null) {
                fields.put("q" + q.getId(), value);
            }
        }
        return fields;
    }

    private Survey owned(String ownerRef) {
        return surveys.ownedBy(ownerRef).orElseThrow(() -> new NotFound("survey of " + ownerRef));
    }

    private static QuestionSummary question(SurveyResults.QuestionResult r) {
        Question q = r.question();
        Double mean = null;
        if (q.getKind() == QuestionKind.SCALE && r.answered() > 0) {
            long sum = 0;
            for (int v = 0; v < r.options().size(); v++) {
                sum += (v + 1) * r.options().get(v).count();
            }
            mean = (double) sum / r.answered();
        }
        else if (q.getKind() == QuestionKind.NUMBER && r.numbers() != null && r.numbers().count() > 0) {
            mean = r.numbers().mean();
        }
        List<Row> rows = r.rows() == null ? List.of()
                : r.rows()
                    .stream()
                    .map(row -> new Row(row.label(), row.answered(), counts(row.values()), row.mean()))
                    .toList();
        return new QuestionSummary(q.getPosition(), q.getText(), q.getKind().name(), r.answered(), mean,
                counts(r.options()), r.texts(), rows);
    }

    private static List<Count> counts(List<SurveyResults.OptionCount> options) {
        return options == null ? List.of()
                : options.stream().map(o -> new Count(o.label(), o.count(), o.percent())).toList();
    }

}
