package pl.wspolnie.programme.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.consultations.ConsultationSummary;
import pl.wspolnie.consultations.Consultations;
import pl.wspolnie.council.CouncilOpinions;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.programme.ProgrammeSettings;
import pl.wspolnie.shared.events.ContentPublished;
import pl.wspolnie.shared.events.ContentType;
import pl.wspolnie.shared.figures.CompetitionFiguresSource;
import pl.wspolnie.shared.figures.SmallGrantFiguresSource;
import pl.wspolnie.shared.figures.SmallGrantYearFigures;
import pl.wspolnie.shared.figures.CompetitionYearFigures;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.text.Formats;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import pl.wspolnie.consultations.ConsultationOpinion;

/** Use cases of the programme, its report and the planned directions of activity. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProgrammeWork {

    /** The adoption deadline of a draft programme as the dashboard shows it. */
    public record Deadline(LocalDate date, long daysLeft, boolean warn, boolean overdue) {
    }

    /** The implementation report of a year: computed figures plus the narrative. */
    /**
     * The years a programme report can be about (the same range the planned directions
     * accept).
     */
    public static final int FIRST_REPORT_YEAR = 2000;

    public static final int LAST_REPORT_YEAR = 2100;

    /**
     * The report of a year: the figures (computed until publication, frozen then) plus
     * the narrative.
     */
    public record Report(long jstId, int year, LocalDate due, List<Programme> programmes, Figures figures,
            String narrative, boolean published, boolean yearOver) {

        public List<ConsultationSummary> consultations() {
            return figures.consultations();
        }

        public int remarks() {
            return figures.remarks();
        }

        public int unanswered() {
            return figures.unanswered();
        }

        public CouncilOpinions.YearCounts council() {
            return figures.council();
        }

        public CompetitionYearFigures competitions() {
            return figures.competitions();
        }

        public SmallGrantYearFigures smallGrants() {
            return figures.smallGrants();
        }

        public List<TaskPlan> tasks() {
            return figures.tasks();
        }

    }

    /**
     * Every figure of a yearly report (art. 5a ust. 3): consultations held, council
     * opinions, competitions whose tasks start in the year (null when the competitions
     * module is absent), and the planned funds of the programme's priority tasks against
     * the grants awarded in their sphere.
     */
    public record Figures(List<ConsultationSummary> consultations, int remarks, int unanswered,
            CouncilOpinions.YearCounts council, CompetitionYearFigures competitions, List<TaskPlan> tasks,
            SmallGrantYearFigures smallGrants) {
    }

    /**
     * The priority tasks of one sphere: their descriptions, the funds planned for them
     * and the grants awarded in the sphere that year (null when not recorded).
     */
    public record TaskPlan(String sphereCode, List<String> descriptions, BigDecimal planned, BigDecimal awarded) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private final ProgrammeRepository programmes;

    private final ProgrammeTaskRepository tasks;

    private final ProgrammeIndicatorRepository indicators;

    private final ProgrammeReportRepository reports;

    private final PlannedDirectionRepository directions;

    private final Consultations consultations;

    private final CouncilOpinions council;

    private final ObjectProvider<CompetitionFiguresSource> competitionFigures;

    private final ObjectProvider<SmallGrantFiguresSource> smallGrantFigures;

    private final Organizations organizations;

    private final Jsts jsts;

    private final Permissions permissions;

    private final ProgrammeSettings settings;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final Formats formats;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean isOfficial(long jstId) {
        return permissions.currentUser().isPresent()
                && (permissions.has(Role.OFFICIAL, jstId) || permissions.has(Role.LIAISON_OFFICER, jstId));
    }

    public void requireOfficial(long jstId) {
        permissions.require(jstId, Role.OFFICIAL, Role.LIAISON_OFFICER);
    }

    public Set<Long> jstsOfOfficial() {
        Set<Long> ids = new TreeSet<>(permissions.jstsWith(Role.OFFICIAL));
        ids.addAll(permissions.jstsWith(Role.LIAISON_OFFICER));
        return ids;
    }

    // ---- the programme
    // ------------------------------------------------------------------------------------------

    private static void checkYears(ProgrammeParts p) {
        if (p.yearTo() < p.yearFrom()) {
            throw new RuleViolation("yearTo", "programme.years.order");
        }
        if (p.yearTo() - p.yearFrom() >= 5) {
            throw new RuleViolation("yearTo", "programme.years.max");
        }
    }

    public long create(long jstId, ProgrammeParts parts) {
        requireOfficial(jstId);
        checkYears(parts);
        return programmes.save(new Programme(jstId, parts, clock.instant())).getId();
    }

    public void update(long id, ProgrammeParts parts) {
        Programme p = get(id);
        requireOfficial(p.getJstId());
        checkYears(parts);
        p.apply(parts);
    }

    @Transactional(readOnly = true)
    public Programme get(long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFound("programme " + id));
    }

    /** Adopted programmes for everyone; drafts only for the officials of their JST. */
    @Transactional(readOnly = true)
    public Programme visible(long id) {
        Programme p = get(id);
        if (p.getStatus() == Programme.Status.DRAFT && !isOfficial(p.getJstId())) {
            throw new NotFound("programme " + id);
        }
        return p;
    }

    @Transactional(readOnly = true)
    public List<Programme> list() {
        Set<Long> mine = permissions.currentUser().isPresent() ? jstsOfOfficial() : Set.of();
        return programmes.findTop50ByOrderByYearFromDescIdDesc()
            .stream()
            .filter(p -> p.getStatus() == Programme.Status.ADOPTED || mine.contains(p.getJstId()))
            .toList();
    }

    @Transactional(readOnly = true)
    public List<ProgrammeTask> tasks(long id) {
        return tasks.findByProgrammeIdOrderById(id);
    }

    @Transactional(readOnly = true)
    public List<ProgrammeIndicator> indicators(long id) {
        return indicators.findByProgrammeIdOrderById(id);
    }

    public BigDecimal plannedTotal(List<ProgrammeTask> list) {
        return list.stream().map(ProgrammeTask::getPlannedFunds).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    public void addTask(long id, String sphereCode, String description, BigDecimal funds) {
        Programme p = get(id);
        requireOfficial(p.getJstId());
        p.requireDraft();
        tasks.save(new ProgrammeTask(id, sphereCode, description.strip(), funds));
    }

    public void addIndicator(long id, String name, String target) {
        Programme p = get(id);
        requireOfficial(p.getJstId());
        p.requireDraft();
        indicators.save(new ProgrammeIndicator(id, name.strip(), target.strip()));
    }

    /** A task of the programme for its official; 404 for a task of another programme. */
    @Transactional(readOnly = true)
    public ProgrammeTask task(long id, long taskId) {
        requireOfficial(get(id).getJstId());
        return tasks.findById(taskId)
            .filter(t -> t.getProgrammeId() == id)
            .orElseThrow(() -> new NotFound("task " + taskId));
    }

    /** Corrects a priority task while the programme is a draft (adopted: 409). */
    public void editTask(long id, long taskId, String sphereCode, String description, BigDecimal funds) {
        ProgrammeTask t = task(id, taskId);
        get(id).requireDraft();
        t.edit(sphereCode, description.strip(), funds);
    }

    public void removeTask(long id, long taskId) {
        ProgrammeTask t = task(id, taskId);
        get(id).requireDraft();
        tasks.delete(t);
    }

    @Transactional(readOnly = true)
    public ProgrammeIndicator indicator(long id, long indicatorId) {
        requireOfficial(get(id).getJstId());
        return indicators.findById(indicatorId)
            .filter(i -> i.getProgrammeId() == id)
            .orElseThrow(() -> new NotFound("indicator " + indicatorId));
    }

    /** Corrects an evaluation indicator while the programme is a draft (adopted: 409). */
    public void editIndicator(long id, long indicatorId, String name, String target) {
        ProgrammeIndicator i = indicator(id, indicatorId);
        get(id).requireDraft();
        i.edit(name.strip(), target.strip());
    }

    public void removeIndicator(long id, long indicatorId) {
        ProgrammeIndicator i = indicator(id, indicatorId);
        get(id).requireDraft();
        indicators.delete(i);
    }

    /**
     * The deadline to adopt the programme: 30 November (setting) of the year before its
     * first year.
     */
    public Deadline deadline(Programme p) {
        LocalDate date = settings.adoptionDeadlineDay().atYear(p.getYearFrom() - 1);
        LocalDate warnFrom = settings.warnFromDay().atYear(p.getYearFrom() - 1);
        LocalDate today = today();
        long days = ChronoUnit.DAYS.between(today, date);
        return new Deadline(date, days, p.getStatus() == Programme.Status.DRAFT && !today.isBefore(warnFrom),
                p.getStatus() == Programme.Status.DRAFT && days < 0);
    }

    /**
     * Opens a consultation with NGOs of the programme's text; the chapters are the parts
     * of the programme.
     */
    public long sendToConsultation(long id, LocalDate startsOn, LocalDate endsOn, String responsible,
            Map<String, String> partTitles) {
        return sendToConsultation(id, startsOn, endsOn, responsible, partTitles, false);
    }

    /** As above; with {@code residentsToo} residents may remark as well as NGOs. */
    public long sendToConsultation(long id, LocalDate startsOn, LocalDate endsOn, String responsible,
            Map<String, String> partTitles, boolean residentsToo) {
        Programme p = programmes.lockById(id).orElseThrow(() -> new NotFound("programme " + id));
        requireOfficial(p.getJstId());
        p.requireDraft();
        if (p.getConsultationId() != null) {
            return p.getConsultationId(); // a repeated request shows the one consultation
        }
        StringBuilder text = new StringBuilder();
        int n = 0;
        int chapter = 0;
        for (Map.Entry<String, String> part : p.parts().textParts().entrySet()) {
            text.append("Rozdział ").append(++chapter).append(". ").append(partTitles.get(part.getKey())).append('\n');
            text.append("§ ").append(++n).append(". ").append(part.getValue().strip()).append('\n');
            if (part.getKey().equals("forms")) {
                text.append("Rozdział ").append(++chapter).append(". ").append(partTitles.get("tasks")).append('\n');
                for (ProgrammeTask t : tasks(id)) {
                    text.append("§ ")
                        .append(++n)
                        .append(". ")
                        .append(t.getDescription())
                        .append(" – ")
                        .append(formats.money(t.getPlannedFunds()))
                        .append('\n');
                }
            }
        }
        List<String> spheres = tasks(id).stream().map(ProgrammeTask::getSphereCode).distinct().toList();
        long consultationId = consultations.open(p.getJstId(), p.getTitle(),
                "art. 5a ust. 1 ustawy o działalności pożytku publicznego i o wolontariacie", text.toString(), startsOn,
                endsOn, responsible, spheres, residentsToo);
        p.consultedIn(consultationId);
        return consultationId;
    }

    /**
     * The council's opinions (given, lapsed, pending) on the programme's consultation;
     * none before it is consulted.
     */
    @Transactional(readOnly = true)
    public List<ConsultationOpinion> councilOpinions(Programme p) {
        return p.getConsultationId() == null ? List.of() : council.opinionsOn(p.getConsultationId());
    }

    public long sendToCouncil(long id, String subjectPrefix) {
        Programme p = get(id);
        requireOfficial(p.getJstId());
        return council.request(p.getJstId(), subjectPrefix + p.getTitle(), p.getConsultationId());
    }

    /**
     * Whether the programme has been sent to consultation already (a repeated request
     * then shows that one).
     */
    @Transactional(readOnly = true)
    public boolean consulted(long id) {
        return get(id).getConsultationId() != null;
    }

    public void adopt(long id, String number, LocalDate date) {
        Programme p = get(id);
        requireOfficial(p.getJstId());
        Programme.ConsultationState consultation = p.getConsultationId() == null ? null
                : consultations.find(p.getConsultationId())
                    .map(c -> new Programme.ConsultationState(c.endsOn(), c.closed()))
                    .orElse(null);
        p.adopt(number.strip(), date, consultation, today(), deadline(p).date());
        events.publishEvent(new ContentPublished(ContentType.PROGRAMME, "programme-" + id, p.getTitle(), number.strip(),
                "/programmes/" + id, p.getJstId(),
                tasks(id).stream().map(ProgrammeTask::getSphereCode).collect(Collectors.toSet()), clock.instant()));
    }

    // ---- the report
    // ---------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Report report(long jstId, int year) {
        requireReportOf(jstId, year);
        List<Programme> adopted = programmes.findByJstIdAndStatusAndYearFromLessThanEqualAndYearToGreaterThanEqual(
                jstId, Programme.Status.ADOPTED, year, year);
        ProgrammeReport saved = reports.findByJstIdAndYear(jstId, year).orElse(null);
        boolean published = saved != null && saved.getPublishedAt() != null;
        Figures figures = published && saved.getFigures() != null ? JSON.readValue(saved.getFigures(), Figures.class)
                : figures(jstId, year, adopted);
        return new Report(jstId, year, settings.reportDueDay().atYear(year + 1), adopted, figures,
                saved == null ? "" : saved.getNarrative(), published, yearOver(year));
    }

    /** The report of a year is published only after the year ended (art. 5a ust. 3). */
    private boolean yearOver(int year) {
        return today().getYear() > year;
    }

    private Figures figures(long jstId, int year, List<Programme> adopted) {
        List<ConsultationSummary> held = consultations.heldIn(jstId, year);
        int remarks = held.stream().mapToInt(ConsultationSummary::remarks).sum();
        int unanswered = held.stream().mapToInt(ConsultationSummary::unanswered).sum();
        CompetitionFiguresSource source = competitionFigures.getIfAvailable();
        CompetitionYearFigures competitions = source == null ? null : source.forYear(jstId, year);
        Map<String, List<ProgrammeTask>> bySphere = new LinkedHashMap<>();
        for (Programme p : adopted) {
            for (ProgrammeTask t : tasks(p.getId())) {
                bySphere.computeIfAbsent(t.getSphereCode(), k -> new ArrayList<>()).add(t);
            }
        }
        List<TaskPlan> plans = bySphere.entrySet()
            .stream()
            .map(e -> new TaskPlan(e.getKey(), e.getValue().stream().map(ProgrammeTask::getDescription).toList(),
                    plannedTotal(e.getValue()),
                    competitions == null ? null
                            : competitions.awardedBySphere().getOrDefault(e.getKey(), BigDecimal.ZERO).setScale(2)))
            .toList();
        SmallGrantFiguresSource smallGrantSource = smallGrantFigures.getIfAvailable();
        return new Figures(held, remarks, unanswered, council.inYear(jstId, year), competitions, plans,
                smallGrantSource == null ? null : smallGrantSource.forYear(jstId, year));
    }

    public void saveReport(long jstId, int year, String narrative, boolean publish) {
        requireReportOf(jstId, year);
        requireOfficial(jstId);
        if (publish && !yearOver(year)) {
            throw new RuleViolation("publish", "programme.report.yearNotOver", String.valueOf(year));
        }
        ProgrammeReport r = reports.findByJstIdAndYear(jstId, year)
            .orElseGet(() -> reports.save(new ProgrammeReport(jstId, year, narrative)));
        boolean wasPublished = r.getPublishedAt() != null;
        r.edit(narrative.strip());
        if (publish && !wasPublished) {
            List<Programme> adopted = programmes.findByJstIdAndStatusAndYearFromLessThanEqualAndYearToGreaterThanEqual(
                    jstId, Programme.Status.ADOPTED, year, year);
            r.publish(JSON.writeValueAsString(figures(jstId, year, adopted)), clock.instant());
            events.publishEvent(new ContentPublished(ContentType.PROGRAMME, "report-" + jstId + "-" + year,
                    "Sprawozdanie z realizacji programu współpracy za " + year + " r.", "",
                    "/programmes/reports/" + jstId + "/" + year, jstId, Set.of(), clock.instant()));
        }
    }

    /** The published reports, newest year first, for the public list of programmes. */
    @Transactional(readOnly = true)
    public List<ProgrammeReport> publishedReports() {
        return reports.findByPublishedAtIsNotNullOrderByYearDescJstIdAsc();
    }

    /**
     * Reports exist for the partnership's JSTs and the years
     * {@value #FIRST_REPORT_YEAR}–{@value #LAST_REPORT_YEAR}; 404 otherwise.
     */
    private void requireReportOf(long jstId, int year) {
        if (year < FIRST_REPORT_YEAR || year > LAST_REPORT_YEAR || !jsts.exists(jstId)) {
            throw new NotFound("report " + jstId + "/" + year);
        }
    }

    // ---- mutual informing
    // ---------------------------------------------------------------------------------------

    public void addDirection(long jstId, Long organizationId, int year, String sphereCode, String description) {
        AuthenticatedUser user = permissions.requireUser();
        if (!jsts.exists(jstId)) {
            throw new RuleViolation("jstId", "programme.directions.unknownJst");
        }
        String author;
        if (organizationId == null) {
            requireOfficial(jstId);
            author = jsts.get(jstId).name();
        }
        else {
            if (!organizations.isRepresentative(user.userId(), organizationId)) {
                throw new NotAllowed("not a representative of " + organizationId);
            }
            author = organizations.find(organizationId).orElseThrow().name();
        }
        directions.save(new PlannedDirection(jstId, organizationId, author, year, sphereCode, description.strip(),
                clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<PlannedDirection> directions(int year) {
        return directions.findByYearOrderBySphereCodeAscIdAsc(year);
    }

}
