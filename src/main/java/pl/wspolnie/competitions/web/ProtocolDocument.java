package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.wspolnie.competitions.domain.review.CommissionMeeting;
import pl.wspolnie.competitions.domain.review.Commissions;
import pl.wspolnie.competitions.domain.announcement.Competition;
import java.sql.Timestamp;

/**
 * The model of the commission's protocol (§ of the competition rules, art. 15 ust.
 * 2a–2h): the composition with roles, exclusions with their reason, the formal review of
 * every submitted offer, each member's points per criterion with the averages, the
 * ranking and the signatures. Reads the competition's own tables; the caller has already
 * checked that the person may see the ranking.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProtocolDocument {

    /** One offer's formal review. */
    record FormalRow(String title, String offerors, String result, String note, Instant reviewedAt) {
    }

    /**
     * One member's points for one offer: per criterion (in criterion order) and total.
     */
    record ScoreRow(String member, List<Integer> points, int total) {
    }

    /**
     * Each member's points for one offer and the averages per criterion and of the
     * totals.
     */
    record OfferScores(String title, List<ScoreRow> rows, List<BigDecimal> averages, BigDecimal mean) {
    }

    record Criterion(long id, String name, int maxPoints) {
    }

    /**
     * One recorded meeting: its date and place, the names of the members present and of
     * those absent (with the reason when given).
     */
    record MeetingRow(LocalDate heldOn, String place, List<String> present, List<Absence> absent) {
    }

    record Absence(String name, String reason) {
    }

    private final JdbcClient jdbc;

    Map<String, Object> model(Competition c, List<Commissions.Member> members, List<Commissions.RankingRow> ranking,
            List<CommissionMeeting> recorded) {
        long id = c.getId();
        Map<String, Object> model = new HashMap<>();
        model.put("c", c);
        model.put("members", members);
        model.put("meetings", meetingRows(recorded, members));
        // Those who sign: the members present at a recorded meeting (every member while
        // none is recorded).
        model.put("signatories",
                recorded.isEmpty() ? members
                        : members.stream()
                            .filter(m -> recorded.stream().anyMatch(r -> r.wasPresent(m.member().getId())))
                            .toList());
        model.put("rows", ranking);
        List<Criterion> criteria = jdbc.sql(
                "select id, name, max_points from competition_criterion where competition_id = ? order by position, id")
            .param(id)
            .query((rs, n) -> new Criterion(rs.getLong(1), rs.getString(2), rs.getInt(3)))
            .list();
        model.put("criteria", criteria);
        model.put("formal", jdbc.sql("""
                select o.title, o.formal_result, o.formal_note, o.formal_reviewed_at,
                       (select string_agg(g.name, ', ' order by g.name) from offer_organization oo
                        join organization g on g.id = oo.organization_id where oo.offer_id = o.id) as offerors
                from offer o where o.competition_id = ? and o.submitted_at is not null order by o.submitted_at, o.id""")
            .param(id)
            .query((rs, n) -> new FormalRow(rs.getString(1), rs.getString(5), rs.getString(2), rs.getString(3),
                    rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
            .list());
        model.put("scores", scores(id, criteria, members));
        Instant lastScore = jdbc.sql("""
                select max(e.submitted_at) from evaluation e join offer o on o.id = e.offer_id
                where o.competition_id = ?""")
            .param(id)
            .query(Timestamp.class)
            .optional()
            .map(Timestamp::toInstant)
            .orElse(null);
        model.put("lastScore", lastScore);
        return model;
    }

    /** The recorded meetings with the names of those present and absent. */
    static List<MeetingRow> meetingRows(List<CommissionMeeting> recorded, List<Commissions.Member> members) {
        Map<Long, String> names = new HashMap<>();
        members.forEach(m -> names.put(m.member().getId(), m.name()));
        return recorded.stream()
            .map(r -> new MeetingRow(r.getHeldOn(), r.getPlace(),
                    r.getAttendance()
                        .stream()
                        .filter(CommissionMeeting.Attendance::isPresent)
                        .map(a -> names.getOrDefault(a.getMemberId(), ""))
                        .toList(),
                    r.getAttendance()
                        .stream()
                        .filter(a -> !a.isPresent())
                        .map(a -> new Absence(names.getOrDefault(a.getMemberId(), ""), a.getAbsenceReason()))
                        .toList()))
            .toList();
    }

    private List<OfferScores> scores(long competitionId, List<Criterion> criteria, List<Commissions.Member> members) {
        Map<Long, String> names = new HashMap<>();
        members.forEach(m -> names.put(m.member().getId(), m.name()));
        record Point(long offerId, String title, long memberId, long criterionId, int points) {
        }
        List<Point> points = jdbc.sql("""
                select o.id, o.title, e.member_id, s.criterion_id, s.points
                from evaluation e join evaluation_score s on s.evaluation_id = e.id join offer o on o.id = e.offer_id
                where o.competition_id = ? order by o.id, e.member_id""")
            .param(competitionId)
            .query((rs, n) -> new Point(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getInt(5)))
            .list();
        Map<Long, Map<Long, Map<Long, Integer>>> byOffer = new LinkedHashMap<>();
        Map<Long, String> titles = new HashMap<>();
        for (Point p : points) {
            titles.put(p.offerId(), p.title());
            byOffer.computeIfAbsent(p.offerId(), k -> new LinkedHashMap<>())
                .computeIfAbsent(p.memberId(), k -> new HashMap<>())
                .put(p.criterionId(), p.points());
        }
        List<OfferScores> result = new ArrayList<>();
        byOffer.forEach((offerId, byMember) -> {
            List<ScoreRow> rows = new ArrayList<>();
            int[] sums = new int[criteria.size()];
            int totals = 0;
            for (Map.Entry<Long, Map<Long, Integer>> m : byMember.entrySet()) {
                List<Integer> row = new ArrayList<>();
                int total = 0;
                for (int i = 0; i < criteria.size(); i++) {
                    int v = m.getValue().getOrDefault(criteria.get(i).id(), 0);
                    row.add(v);
                    sums[i] += v;
                    total += v;
                }
                totals += total;
                rows.add(new ScoreRow(names.getOrDefault(m.getKey(), "#" + m.getKey()), row, total));
            }
            int n = rows.size();
            List<BigDecimal> averages = new ArrayList<>();
            for (int sum : sums) {
                averages.add(average(sum, n));
            }
            result.add(new OfferScores(titles.get(offerId), rows, averages, average(totals, n)));
        });
        return result;
    }

    private static BigDecimal average(int sum, int n) {
        return n == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

}
