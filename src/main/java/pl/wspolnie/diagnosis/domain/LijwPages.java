package pl.wspolnie.diagnosis.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.partnership.Jsts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The read side of a LIJW diagnosis: its indicators with their figures by plane, the
 * index, the earlier years and the radar chart's geometry — one call a page.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LijwPages {

    static final double CENTRE = 170;

    static final double RADIUS = 110;

    private final LijwDiagnoses diagnoses;

    private final LijwFigures figures;

    private final Jsts jsts;

    /** The diagnosis (or report) of an id as its page shows it. */
    public Report report(LijwDiagnosis d) {
        List<LijwIndicator> set = diagnoses.indicators(d.getId());
        List<LijwDiagnosis> earlier = diagnoses.earlier(d).stream().filter(LijwDiagnosis::isPublished).toList();
        Map<String, Integer> previous = new HashMap<>();
        if (!earlier.isEmpty()) {
            for (LijwIndicator i : diagnoses.indicators(earlier.get(0).getId())) {
                if (i.isEnabled() && i.getAgreedScore() != null) {
                    previous.put(i.getCode(), i.getAgreedScore());
                }
            }
        }
        LijwIndex index = LijwIndex.of(set);
        List<Plane> planes = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            List<Row> rows = new ArrayList<>();
            for (LijwIndicator i : set) {
                if (i.getPlane() == p) {
                    rows.add(new Row(i, i.isEnabled() ? figures.of(d, i) : null, previous.get(i.getCode())));
                }
            }
            BigDecimal stored = d.storedIndex(p);
            planes.add(new Plane(p, rows, index.points()[p], index.maximum()[p],
                    d.isPublished() ? stored : index.plane(p), d.recommendations(p)));
        }
        BigDecimal overall = d.isPublished() ? d.storedIndex(0) : index.overall();
        List<YearIndex> history = new ArrayList<>();
        history.add(new YearIndex(d.getId(), d.getYear(), planes.get(0).index(), planes.get(1).index(),
                planes.get(2).index(), overall, d.getSetVersion()));
        for (LijwDiagnosis e : earlier) {
            history.add(new YearIndex(e.getId(), e.getYear(), e.storedIndex(1), e.storedIndex(2), e.storedIndex(3),
                    e.storedIndex(0), e.getSetVersion()));
        }
        return new Report(d, jsts.get(d.getJstId()).name(), planes, overall, history);
    }

    /**
     * One indicator with its figure (null when switched off) and last year's agreed
     * score.
     */
    public record Row(LijwIndicator indicator, IndicatorFigure figure, Integer previousScore) {
    }

    public record Plane(int plane, List<Row> rows, int points, int maximum, BigDecimal index, String recommendations) {

        /** The point of this plane's index on the radar chart's axis. */
        public String radarPoint() {
            return point(plane, index == null ? 0 : index.doubleValue() / 100);
        }

        /** The end of this plane's axis. */
        public String axisEnd() {
            return point(plane, 1);
        }

        /** Where this plane's label stands (beyond the axis end). */
        public String labelX() {
            return coordinate(plane, 1.18)[0];
        }

        public String labelY() {
            return coordinate(plane, 1.18)[1];
        }

    }

    public record YearIndex(long id, int year, BigDecimal plane1, BigDecimal plane2, BigDecimal plane3,
            BigDecimal overall, Integer setVersion) {
    }

    public record Report(LijwDiagnosis diagnosis, String jstName, List<Plane> planes, BigDecimal overall,
            List<YearIndex> history) {

        /** The day of publication as dd.MM.yyyy (Warsaw), empty before it. */
        public String publishedOn() {
            return diagnosis.getPublishedAt() == null ? ""
                    : DateTimeFormatter.ofPattern("dd.MM.yyyy")
                        .withZone(ZoneId.of("Europe/Warsaw"))
                        .format(diagnosis.getPublishedAt());
        }

        /** The polygon of the three plane indexes. */
        public String radarPolygon() {
            return String.join(" ", planes.stream().map(Plane::radarPoint).toList());
        }

        /** The grid triangle at a share (0–1) of the maximum. */
        public String grid(double share) {
            return String.join(" ", point(1, share), point(2, share), point(3, share));
        }

        public double centre() {
            return CENTRE;
        }

    }

    /** Plane 1 points up, 2 down right, 3 down left. */
    static String point(int plane, double share) {
        String[] c = coordinate(plane, share);
        return c[0] + "," + c[1];
    }

    static String[] coordinate(int plane, double share) {
        double angle = Math.toRadians(-90 + 120 * (plane - 1));
        double x = CENTRE + Math.cos(angle) * RADIUS * share;
        double y = CENTRE + Math.sin(angle) * RADIUS * share;
        return new String[] { String.format(Locale.ROOT, "%.1f", x), String.format(Locale.ROOT, "%.1f", y) };
    }

}
