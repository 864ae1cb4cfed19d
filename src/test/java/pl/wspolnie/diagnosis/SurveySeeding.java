package pl.wspolnie.diagnosis;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A published survey of any number of questions (in turn single choice, multiple choice,
 * scale, number, short text answered by a fifth, long text answered by a tenth) with any
 * number of answers, inserted by a few insert-select statements: for the benchmark and
 * the statement-count test.
 */
final class SurveySeeding {

    private SurveySeeding() {
    }

    static long seed(JdbcClient jdbc, long jstId, String title, int questions, int answers) {
        long survey = jdbc.sql("""
                insert into diagnosis_survey (jst_id, title, intro, audience, anonymous, starts_on, ends_on,
                  published_at, created_at)
                values (?, ?, 'Pomiar', 'NGO', false, current_date - 30, current_date + 30, now(), now())
                returning id""").params(jstId, title).query(Long.class).single();
        jdbc.sql(
                """
                        insert into diagnosis_question (survey_id, jst_id, position, section, kind, text, required, options,
                          low_label, high_label, min_value, max_value)
                        select ?, ?, p, 'Część ' || (1 + (p - 1) / 10), k.kind, 'Pytanie numer ' || p, p % 6 in (1, 2, 3, 4),
                          case when k.kind in ('SINGLE', 'MULTIPLE') then E'Pierwsza odpowiedź\\nDruga odpowiedź\\nTrzecia odpowiedź\\nCzwarta odpowiedź\\nPiąta odpowiedź\\nSzósta odpowiedź' end,
                          case when k.kind = 'SCALE' then 'bardzo źle' end,
                          case when k.kind = 'SCALE' then 'bardzo dobrze' end,
                          case when k.kind = 'NUMBER' then 0 end,
                          case when k.kind = 'NUMBER' then 1000 end
                        from generate_series(1, ?) p cross join lateral (select (array['SINGLE', 'MULTIPLE', 'SCALE',
                          'NUMBER', 'SHORT_TEXT', 'LONG_TEXT'])[1 + (p - 1) % 6] as kind) k""")
            .params(survey, jstId, questions)
            .update();
        jdbc.sql("""
                insert into diagnosis_response (survey_id, area_jst_id, submitted_on)
                select ?, (select id from jst order by id offset (g % 5) limit 1), current_date - (g % 20)
                from generate_series(1, ?) g""").params(survey, answers).update();
        // single choice, scale, number: one row each; texts by some
        jdbc.sql("""
                insert into diagnosis_answer (response_id, question_id, option_index, number_value, text_value)
                select r.id, q.id,
                  case when q.kind = 'SINGLE' then (r.id * 7 + q.position) % 6
                       when q.kind = 'SCALE' then 1 + (r.id * 3 + q.position) % 5 end,
                  case when q.kind = 'NUMBER' then ((r.id * 13 + q.position) % 1000)::int end,
                  case when q.kind = 'SHORT_TEXT' then 'Krótka odpowiedź ' || r.n
                       when q.kind = 'LONG_TEXT'
                         then 'Dłuższa odpowiedź numer ' || r.n || ': organizacja potrzebuje lokalu i szkoleń.' end
                from (select id, row_number() over (order by id) n from diagnosis_response where survey_id = ?) r
                  cross join diagnosis_question q
                where q.survey_id = ? and (q.kind in ('SINGLE', 'SCALE', 'NUMBER')
                  or (q.kind = 'SHORT_TEXT' and r.n % 5 = 0) or (q.kind = 'LONG_TEXT' and r.n % 10 = 0))""")
            .params(survey, survey)
            .update();
        // multiple choice: two options each
        jdbc.sql("""
                insert into diagnosis_answer (response_id, question_id, option_index)
                select r.id, q.id, (r.id + q.position + k) % 6
                from diagnosis_response r join diagnosis_question q on q.survey_id = r.survey_id
                  cross join generate_series(0, 1) k
                where r.survey_id = ? and q.kind = 'MULTIPLE'""").param(survey).update();
        jdbc.sql("analyze diagnosis_response").update();
        jdbc.sql("analyze diagnosis_answer").update();
        return survey;
    }

}
