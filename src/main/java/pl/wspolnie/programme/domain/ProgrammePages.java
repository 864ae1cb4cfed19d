package pl.wspolnie.programme.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.consultations.ConsultationOpinion;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;

import java.math.BigDecimal;
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

    private final ProgrammeWork work;

    private final Jsts jsts;

    private final JdbcClient jdbc;

    ProgrammePages(ProgrammeWork work, Jsts jsts, JdbcClient jdbc) {
        this.work = work;
        this.jsts = jsts;
        this.jdbc = jdbc;
    }

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
