package pl.wspolnie.programme.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.consultations.ConsultationOpinion;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.security.Permissions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.TreeMap;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the programme's pages show to the person looking at them, read in one read-only
 * transaction.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProgrammePages {

    /**
     * The page of one programme: its text, priority tasks with their planned total,
     * indicators, the spheres (code → name in the page's language), whether this person
     * is an official of its JST, the adoption deadline, the council's opinions, and
     * today.
     */
    public record ProgrammePage(Programme programme, String jstName, List<ProgrammeTask> tasks, BigDecimal total,
            List<ProgrammeIndicator> indicators, Map<String, String> spheres, boolean official, boolean draft,
            ProgrammeWork.Deadline deadline, List<ConsultationOpinion> opinions, LocalDate today) {
    }

    /**
     * The list of programmes: the latest ones this person may see, JST names by id,
     * whether they may create one, the published reports, and for an official the JSTs
     * whose report of last year ({@code reportYear}) is not published yet (a draft they
     * may write).
     */
    public record ProgrammeList(List<Programme> programmes, Map<Long, String> jstNames, boolean mayCreate,
            List<ProgrammeReport> reports, int reportYear, List<JstSummary> draftReportJsts) {
    }

    /**
     * The programme form: the JSTs whose official this person is, the programme when it
     * is edited (else null), and today.
     */
    public record FormPage(List<JstSummary> officialJsts, Programme editing, LocalDate today) {
    }

    /**
     * The form correcting a priority task or an evaluation indicator (the other one is
     * null) of a programme, with the spheres to choose from.
     */
    public record RowPage(Programme programme, ProgrammeTask task, ProgrammeIndicator indicator,
            Map<String, String> spheres) {
    }

    /**
     * The yearly report of a JST: its figures, the JST's name, the due date and whether
     * it has passed unpublished, the spheres, and whether this person is its official.
     */
    public record ReportPage(ProgrammeWork.Report report, String jstName, LocalDate due, boolean overdue,
            Map<String, String> spheres, boolean official) {
    }

    /**
     * The planned directions of a year by sphere (in the Act's order), the spheres, the
     * organisations this person represents (id → name), the JSTs whose official they are,
     * and all member JSTs.
     */
    public record DirectionsPage(int year, Map<String, List<PlannedDirection>> bySphere, Map<String, String> spheres,
            Map<Long, String> myOrganizations, List<JstSummary> officialJsts, List<JstSummary> jsts) {
    }

    private final ProgrammeWork work;

    private final Jsts jsts;

    private final JdbcClient jdbc;

    private final Organizations organizations;

    private final Permissions permissions;

    /** The list page, with the published reports read once. */
    public ProgrammeList list() {
        Map<Long, String> names = new HashMap<>();
        jsts.all().forEach(j -> names.put(j.id(), j.name()));
        Set<Long> mine = work.jstsOfOfficial();
        List<ProgrammeReport> reports = work.publishedReports();
        int lastYear = work.today().getYear() - 1;
        List<JstSummary> drafts = mine.stream()
            .filter(j -> reports.stream().noneMatch(r -> r.getJstId() == j && r.getYear() == lastYear))
            .map(jsts::find)
            .flatMap(Optional::stream)
            .toList();
        return new ProgrammeList(work.list(), names, !mine.isEmpty(), reports, lastYear, drafts);
    }

    /**
     * Adopted programmes for everyone; drafts only for the officials of their JST (404).
     */
    public ProgrammePage show(long id, Locale locale) {
        Programme p = work.visible(id);
        List<ProgrammeTask> tasks = work.tasks(id);
        return new ProgrammePage(p, jsts.get(p.getJstId()).name(), tasks, work.plannedTotal(tasks), work.indicators(id),
                spheres(locale), work.isOfficial(p.getJstId()), p.getStatus() == Programme.Status.DRAFT,
                work.deadline(p), work.councilOpinions(p), work.today());
    }

    /**
     * The form of a new programme (403 for anyone not an official of a JST), or of the
     * programme {@code id} for the officials of its JST (403; 404 for an unknown one).
     */
    public FormPage form(Long id) {
        Programme editing = null;
        if (id == null) {
            if (work.jstsOfOfficial().isEmpty()) {
                throw new NotAllowed("not an official");
            }
        }
        else {
            editing = work.get(id);
            work.requireOfficial(editing.getJstId());
        }
        return new FormPage(officialJsts(), editing, work.today());
    }

    /** The form correcting a priority task, for the programme's officials (403; 404). */
    public RowPage task(long id, long taskId, Locale locale) {
        ProgrammeTask task = work.task(id, taskId);
        return new RowPage(work.get(id), task, null, spheres(locale));
    }

    /**
     * The form correcting an evaluation indicator, for the programme's officials (403;
     * 404).
     */
    public RowPage indicator(long id, long indicatorId, Locale locale) {
        ProgrammeIndicator indicator = work.indicator(id, indicatorId);
        return new RowPage(work.get(id), null, indicator, spheres(locale));
    }

    /**
     * The yearly report: published ones for everyone, the others only for the JST's
     * officials (404).
     */
    public ReportPage report(long jstId, int year, Locale locale) {
        ProgrammeWork.Report r = work.report(jstId, year);
        boolean official = work.isOfficial(jstId);
        if (!r.published() && !official) {
            throw new NotFound("report " + jstId + "/" + year);
        }
        return new ReportPage(r, jsts.get(jstId).name(), r.due(), !r.published() && work.today().isAfter(r.due()),
                spheres(locale), official);
    }

    /**
     * The planned directions of {@code year} (next year when none or out of range is
     * given).
     */
    public DirectionsPage directions(Integer year, Locale locale) {
        int shown = year == null || year < 2000 || year > 2100 ? work.today().getYear() + 1 : year;
        Map<String, String> spheres = spheres(locale);
        Map<String, List<PlannedDirection>> bySphere = new LinkedHashMap<>();
        for (PlannedDirection d : work.directions(shown)) {
            bySphere.computeIfAbsent(d.getSphereCode(), k -> new ArrayList<>()).add(d);
        }
        Map<String, List<PlannedDirection>> ordered = new LinkedHashMap<>();
        spheres.keySet().forEach(code -> {
            if (bySphere.containsKey(code)) {
                ordered.put(code, bySphere.get(code));
            }
        });
        Map<Long, String> mine = new TreeMap<>();
        permissions.currentUser()
            .ifPresent(u -> organizations.findAll(organizations.representedBy(u.userId()))
                .values()
                .forEach(o -> mine.put(o.id(), o.name())));
        return new DirectionsPage(shown, ordered, spheres, mine, officialJsts(), jsts.members());
    }

    private List<JstSummary> officialJsts() {
        return work.jstsOfOfficial().stream().map(jsts::find).flatMap(Optional::stream).toList();
    }

    /**
     * Sphere code → name, in the order of the Act's list (read from the shared table of
     * spheres).
     */
    public Map<String, String> spheres(Locale locale) {
        Map<String, String> map = new LinkedHashMap<>();
        String column = "en".equals(locale.getLanguage()) ? "name_en" : "name";
        jdbc.sql("select code, " + column + " from sphere where parent_code is not null order by position")
            .query((rs, n) -> map.put(rs.getString(1), rs.getString(2)))
            .list();
        return map;
    }

}
