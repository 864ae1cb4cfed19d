package pl.wspolnie.centre.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.time.ClockConfig;

import java.sql.Timestamp;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Training needs covered: per need tag the number of trainings (held and upcoming, not
 * cancelled) and the next few upcoming ones, and a paginated list per tag. Reads
 * {@code centre_training_need} (kept in step with {@code centre_training.need_tags} by a
 * trigger, V45): two statements for the overview whatever the number of tags and
 * trainings, two for a page of one tag.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TrainingNeeds {

    /** How many upcoming trainings the overview shows per tag. */
    public static final int NEXT = 5;

    /** A training as the needs pages list it. */
    public record NeedTraining(long id, String title, ZonedDateTime start, boolean upcoming) {
    }

    /**
     * One need tag: as written, its URL key, how many trainings answer it and the next
     * upcoming ones.
     */
    public record Need(String tag, String key, long trainings, List<NeedTraining> next) {
    }

    /**
     * One page of a tag's trainings, upcoming first; {@code tag} is null when no training
     * has it.
     */
    public record TagPage(String tag, Page<NeedTraining> trainings) {
    }

    private static final String KEY_OF_PARAM = "centre_training_need_key(:tag)";

    private final JdbcClient jdbc;

    private final Clock clock;

    /**
     * Every tag with its count and at most {@link #NEXT} upcoming trainings, tags in
     * Polish alphabetical order.
     */
    public List<Need> overview() {
        Timestamp now = Timestamp.from(clock.instant());
        Map<String, List<NeedTraining>> next = new HashMap<>();
        jdbc.sql("""
                select key, id, title, starts_at from (
                  select n.tag_key as key, t.id, t.title, t.starts_at,
                         row_number() over (partition by n.tag_key order by t.starts_at, t.id) as position
                  from centre_training_need n join centre_training t on t.id = n.training_id
                  where t.cancelled_at is null and t.ends_at >= :now) upcoming
                where position <= :next order by key, starts_at, id""")
            .param("now", now)
            .param("next", NEXT)
            .query(rs -> {
                next.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new NeedTraining(rs.getLong(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant().atZone(ClockConfig.WARSAW), true));
            });
        List<Need> needs = new ArrayList<>(jdbc.sql("""
                select n.tag_key, min(n.tag), count(*)
                from centre_training_need n join centre_training t on t.id = n.training_id
                where t.cancelled_at is null group by n.tag_key""")
            .query((rs, n) -> new Need(rs.getString(2), rs.getString(1), rs.getLong(3),
                    next.getOrDefault(rs.getString(1), List.of())))
            .list());
        Collator polish = Collator.getInstance(Locale.forLanguageTag("pl"));
        needs.sort(Comparator.comparing(Need::tag, polish));
        return needs;
    }

    /**
     * The trainings of one tag (as given in the URL), upcoming first (soonest first),
     * then held ones (latest first).
     */
    public TagPage ofTag(String tag, int page, int size) {
        Instant now = clock.instant();
        PageRequest request = PageRequest.of(Math.max(0, page), size);
        record Head(long count, String tag) {
        }
        Head head = jdbc.sql(
                "select count(*), min(n.tag) from centre_training_need n join centre_training t on t.id = n.training_id "
                        + "where n.tag_key = " + KEY_OF_PARAM + " and t.cancelled_at is null")
            .param("tag", tag)
            .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
            .single();
        List<NeedTraining> rows = head.count() == 0 ? List.of()
                : jdbc.sql("""
                        select t.id, t.title, t.starts_at, t.ends_at >= :now
                        from centre_training_need n join centre_training t on t.id = n.training_id
                        where n.tag_key = centre_training_need_key(:tag) and t.cancelled_at is null
                        order by case when t.ends_at >= :now then 0 else 1 end,
                                 case when t.ends_at >= :now then t.starts_at end,
                                 t.starts_at desc, t.id
                        limit :size offset :offset""")
                    .param("now", Timestamp.from(now))
                    .param("tag", tag)
                    .param("size", request.getPageSize())
                    .param("offset", request.getOffset())
                    .query((rs, n) -> new NeedTraining(rs.getLong(1), rs.getString(2),
                            rs.getTimestamp(3).toInstant().atZone(ClockConfig.WARSAW), rs.getBoolean(4)))
                    .list();
        return new TagPage(head.tag(), new PageImpl<>(rows, request, head.count()));
    }

}
