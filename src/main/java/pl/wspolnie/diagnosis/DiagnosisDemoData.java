package pl.wspolnie.diagnosis;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.diagnosis.domain.Answering;
import pl.wspolnie.diagnosis.domain.AnswerSheet;
import pl.wspolnie.diagnosis.domain.LijwDiagnoses;
import pl.wspolnie.diagnosis.domain.Question;
import pl.wspolnie.diagnosis.domain.QuestionKind;
import pl.wspolnie.diagnosis.domain.Surveys;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Demo data of the diagnosis module (called by the demo module's DemoDiagnosis): the
 * powiat's survey of NGO needs and potential (seed 004), copied from its template, open
 * for a month, with an answer of each given organisation made up from a fixed random
 * seed, through the module's own answering.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DiagnosisDemoData {

    private static final List<String> TEXTS = List.of("Lokal na zajęcia dla dzieci przez cały rok.",
            "Wsparcie w rozliczaniu dotacji i pisaniu sprawozdań.", "Wspólne wydarzenia z innymi organizacjami.",
            "Szkolenia z pozyskiwania funduszy zewnętrznych.", "Transport na zawody i wyjazdy.");

    private final Surveys surveys;

    private final LijwDiagnoses lijw;

    private final Answering answering;

    private final Clock clock;

    /**
     * Seeds the survey of the JST {@code powiat} made by {@code official} and an answer
     * of each organisation, sent by {@code representative}; returns the survey's id. For
     * the demo data only: no permission checks.
     */
    @Transactional
    public long seed(long powiat, long official, long representative, List<Long> organizations) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfig.WARSAW));
        long id = surveys.seedFromTemplate("ngo-needs", powiat, official, today.minusDays(14), today.plusDays(16));
        List<Question> questions = surveys.questions(id);
        Random random = new Random(2026);
        for (long organization : organizations) {
            answering.seed(id, representative, organization, answers(questions, random));
        }
        return id;
    }

    /**
     * Seeds the JST's LIJW diagnosis of this year, computed from the demo records, its
     * survey indicators on the given survey, published by the coordinator; returns its
     * id. For the demo data only: no permission checks.
     */
    @Transactional
    public long seedLijw(long jst, long coordinator, long surveyId) {
        int year = LocalDate.now(clock.withZone(ClockConfig.WARSAW)).getYear();
        return lijw.seedPublished(jst, year, coordinator, surveyId,
                "https://bip.example.org/wspolpraca-z-organizacjami",
                List.of("Konsultować z radą i organizacjami każdy projekt uchwały w sferach pożytku publicznego.",
                        "Skrócić czas od wyników konkursu do podpisania umowy; więcej umów wieloletnich.",
                        "Prowadzić biuletyn co miesiąc i rozszerzyć dyżury doradcze centrum."));
    }

    private static Map<String, String> answers(List<Question> questions, Random random) {
        Map<String, String> fields = new HashMap<>();
        Map<Integer, Integer> chosen = new HashMap<>();
        for (Question q : questions) {
            if (q.isConditional() && !q.getShowIfOption().equals(chosen.get(q.getShowIfPosition()))) {
                continue;
            }
            String field = AnswerSheet.field(q);
            switch (q.getKind()) {
                case SINGLE -> {
                    int option = random.nextInt(q.getOptions().size());
                    chosen.put(q.getPosition(), option);
                    fields.put(field, String.valueOf(option));
                }
                case MULTIPLE -> {
                    for (int i = 0; i < q.getOptions().size(); i++) {
                        if (i == 0 || random.nextInt(3) == 0) {
                            fields.put(AnswerSheet.optionField(q, (i + random.nextInt(2)) % q.getOptions().size()),
                                    "1");
                        }
                    }
                }
                case SCALE -> fields.put(field, String.valueOf(2 + random.nextInt(QuestionKind.SCALE_MAX - 1)));
                case NUMBER -> fields.put(field, String.valueOf(5 + random.nextInt(60)));
                case MATRIX -> {
                    for (int i = 0; i < q.getOptions().size(); i++) {
                        fields.put(AnswerSheet.rowField(q, i),
                                String.valueOf(1 + random.nextInt(QuestionKind.SCALE_MAX)));
                    }
                }
                case RANK -> {
                    List<Integer> ranks = new ArrayList<>();
                    for (int i = 1; i <= q.getOptions().size(); i++) {
                        ranks.add(i);
                    }
                    Collections.shuffle(ranks, random);
                    for (int i = 0; i < ranks.size(); i++) {
                        fields.put(AnswerSheet.rowField(q, i), String.valueOf(ranks.get(i)));
                    }
                }
                case SHORT_TEXT, LONG_TEXT -> {
                    if (random.nextBoolean()) {
                        fields.put(field, TEXTS.get(random.nextInt(TEXTS.size())));
                    }
                }
            }
        }
        return fields;
    }

}
