package pl.wspolnie.diagnosis.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The yearly LIJW diagnosis of a JST. Its coordinator — the JST's liaison officer for
 * NGOs ({@link Role#LIAISON_OFFICER}) — opens the year with a copy of the last frozen set
 * (or the default 20 indicators), edits it, freezes it, names the working group and
 * publishes the report; the coordinator and the group's members record the declarations,
 * the survey questions, the agreed scores and the recommendations. Anyone else: 403.
 */
@Service
@Transactional
public class LijwDiagnoses {

    static final Role COORDINATOR = Role.LIAISON_OFFICER;

    private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

    private final LijwDiagnosisRepository diagnoses;

    private final LijwIndicatorRepository indicators;

    private final LijwMemberRepository members;

    private final LijwFigures figures;

    private final Accounts accounts;

    private final Permissions permissions;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    LijwDiagnoses(LijwDiagnosisRepository diagnoses, LijwIndicatorRepository indicators, LijwMemberRepository members,
            LijwFigures figures, Accounts accounts, Permissions permissions, JdbcClient jdbc, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.diagnoses = diagnoses;
        this.indicators = indicators;
        this.members = members;
        this.figures = figures;
        this.accounts = accounts;
        this.permissions = permissions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Demo data: the JST's diagnosis of the year with the default set, frozen, the survey
     * indicators on the survey's first scale question, the declared ones declared with
     * the evidence, each indicator scored as proposed (1 with a justification where
     * nothing is proposed), the recommendations, published. No permission checks; returns
     * its id.
     */
    public long seedPublished(long jstId, int year, long coordinator, long surveyId, String evidenceUrl,
            List<String> recommendations) {
        var existing = diagnoses.findByJstIdAndYear(jstId, year);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        LijwDiagnosis d = diagnoses.save(new LijwDiagnosis(jstId, year, coordinator, clock.instant()));
        copyDefaults(d.getId());
        freeze(d);
        Long question = jdbc.sql("select min(id) from diagnosis_question where survey_id = ? and kind = 'SCALE'")
            .param(surveyId)
            .query(Long.class)
            .optional()
            .orElse(null);
        for (LijwIndicator i : indicators.ofDiagnosis(d.getId())) {
            if (i.getKind() == IndicatorKind.SURVEY) {
                i.chooseQuestion(question);
            }
            if (i.getKind() == IndicatorKind.DECLARED) {
                i.declare(true, evidenceUrl);
            }
            Integer proposed = figures.live(d, i).proposed();
            i.score(proposed == null ? 1 : proposed,
                    proposed == null ? "Brak danych w platformie za ten rok: ocena zespołu z wiedzy członków." : "",
                    proposed);
        }
        d.recommend(recommendations.get(0), recommendations.get(1), recommendations.get(2));
        publish(d);
        return d.getId();
    }

    /** The JSTs whose diagnoses the current person coordinates. */
    @Transactional(readOnly = true)
    public Set<Long> coordinatedJsts() {
        return permissions.currentUser().isEmpty() ? Set.of() : permissions.jstsWith(COORDINATOR);
    }

    /** The diagnoses the current person coordinates or is a member of the group of. */
    @Transactional(readOnly = true)
    public List<LijwDiagnosis> mine() {
        AuthenticatedUser user = permissions.requireUser();
        Set<Long> jsts = coordinatedJsts();
        return diagnoses.ofJstsOrMember(jsts.isEmpty() ? Set.of(-1L) : jsts, user.userId());
    }

    @Transactional(readOnly = true)
    public LijwDiagnosis get(long id) {
        return diagnoses.findById(id).orElseThrow(() -> new NotFound("diagnosis " + id));
    }

    @Transactional(readOnly = true)
    public boolean coordinates(LijwDiagnosis d) {
        return permissions.currentUser().isPresent() && permissions.has(COORDINATOR, d.getJstId());
    }

    @Transactional(readOnly = true)
    public boolean mayEdit(LijwDiagnosis d) {
        return coordinates(d) || permissions.currentUser()
            .map(u -> members.existsByDiagnosisIdAndUserId(d.getId(), u.userId()))
            .orElse(false);
    }

    /** The diagnosis for its coordinator or a member of its group, or 403. */
    @Transactional(readOnly = true)
    public LijwDiagnosis editable(long id) {
        LijwDiagnosis d = get(id);
        if (!mayEdit(d)) {
            throw new NotAllowed("not in the working group of diagnosis " + id);
        }
        return d;
    }

    /** The diagnosis for its coordinator, or 403. */
    @Transactional(readOnly = true)
    public LijwDiagnosis coordinated(long id) {
        LijwDiagnosis d = get(id);
        permissions.require(d.getJstId(), COORDINATOR);
        return d;
    }

    /** The published diagnosis for anyone, or a draft for its group; else 404. */
    @Transactional(readOnly = true)
    public LijwDiagnosis readable(long id) {
        LijwDiagnosis d = get(id);
        if (!d.isPublished() && !mayEdit(d)) {
            throw new NotFound("report of diagnosis " + id);
        }
        return d;
    }

    @Transactional(readOnly = true)
    public List<LijwIndicator> indicators(long diagnosisId) {
        return indicators.ofDiagnosis(diagnosisId);
    }

    @Transactional(readOnly = true)
    public LijwIndicator indicator(long diagnosisId, long indicatorId) {
        return indicators.findById(indicatorId)
            .filter(i -> i.getDiagnosisId() == diagnosisId)
            .orElseThrow(() -> new NotFound("indicator " + indicatorId));
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> members(long diagnosisId) {
        var ids = members.findByDiagnosisIdOrderById(diagnosisId).stream().map(LijwMember::getUserId).toList();
        Map<Long, AccountSummary> found = accounts.findAll(ids);
        return ids.stream().map(found::get).filter(a -> a != null).toList();
    }

    /** The earlier diagnoses of the same JST, newest first. */
    @Transactional(readOnly = true)
    public List<LijwDiagnosis> earlier(LijwDiagnosis d) {
        return diagnoses.earlier(d.getJstId(), d.getYear());
    }

    /**
     * Opens the year's diagnosis with a copy of the JST's last frozen set, or of the
     * default set the platform ships; returns its id.
     */
    public long open(long jstId, Integer year) {
        AuthenticatedUser user = permissions.requireUser();
        permissions.require(jstId, COORDINATOR);
        int thisYear = LocalDate.now(clock.withZone(ZONE)).getYear();
        if (year == null || year < 2000 || year > thisYear + 1) {
            throw new RuleViolation("year", "diagnosis.lijw.yearRange", String.valueOf(thisYear + 1));
        }
        if (diagnoses.findByJstIdAndYear(jstId, year).isPresent()) {
            throw new RuleViolation("year", "diagnosis.lijw.yearTaken", String.valueOf(year));
        }
        LijwDiagnosis d = diagnoses.save(new LijwDiagnosis(jstId, year, user.userId(), clock.instant()));
        LijwDiagnosis last = diagnoses.earlier(jstId, year)
            .stream()
            .filter(e -> e.getSetVersion() != null)
            .findFirst()
            .orElse(null);
        if (last != null) {
            indicators.ofDiagnosis(last.getId()).forEach(i -> indicators.save(i.copyInto(d.getId())));
        }
        else {
            copyDefaults(d.getId());
        }
        return d.getId();
    }

    private void copyDefaults(long diagnosisId) {
        jdbc.sql("select * from lijw_default_indicator order by plane, position").query((rs, n) -> {
            String aggregate = rs.getString("aggregate");
            return new LijwIndicator(
                    diagnosisId, rs.getString("code"), rs.getInt("plane"), rs
                        .getInt("position"),
                    rs.getString("name"), IndicatorKind.valueOf(rs.getString("kind")), rs.getString("measure"),
                    aggregate == null ? null : Aggregate.valueOf(aggregate), rs.getString("unit"),
                    new BigDecimal[] { rs.getBigDecimal("threshold_1"), rs.getBigDecimal("threshold_2"),
                            rs.getBigDecimal("threshold_3") },
                    rs.getBoolean("lower_is_better"));
        }).list().forEach(indicators::save);
    }

    public void editIndicator(long diagnosisId, long indicatorId, IndicatorDetails details) {
        coordinated(diagnosisId).requireDraft();
        indicator(diagnosisId, indicatorId).edit(details);
    }

    /**
     * Adds the JST's own indicator to a draft set: declared, from a survey, or computed
     * from a measure some module answers (such as {@code contracts.evaluated}, which the
     * default set leaves out).
     */
    public long addIndicator(long diagnosisId, IndicatorDetails details) {
        LijwDiagnosis d = coordinated(diagnosisId);
        d.requireDraft();
        if (details.kind() == null) {
            throw new RuleViolation("kind", "diagnosis.lijw.ownKind");
        }
        if (details.plane() < 1 || details.plane() > 3) {
            throw new RuleViolation("plane", "diagnosis.lijw.planeNeeded");
        }
        boolean computed = details.kind() == IndicatorKind.COMPUTED;
        if (computed && (details.measure() == null || !figures.measures().contains(details.measure()))) {
            throw new RuleViolation("measure", "diagnosis.lijw.measureNeeded");
        }
        if (computed && details.aggregate() == null) {
            throw new RuleViolation("aggregate", "diagnosis.lijw.aggregateNeeded");
        }
        LijwIndicator.check(details, false);
        List<LijwIndicator> set = indicators.ofDiagnosis(diagnosisId);
        long own = set.stream().filter(i -> i.getCode().startsWith("W")).count();
        int position = set.stream()
            .filter(i -> i.getPlane() == details.plane())
            .mapToInt(LijwIndicator::getPosition)
            .max()
            .orElse(0) + 1;
        LijwIndicator added = new LijwIndicator(diagnosisId, "W" + (own + 1), details.plane(), position,
                details.name().strip(), details.kind(), computed ? details.measure() : null,
                computed ? details.aggregate() : details.kind() == IndicatorKind.SURVEY ? Aggregate.MEAN : null,
                computed ? details.aggregate().unit() : "",
                new BigDecimal[] { details.threshold1(), details.threshold2(), details.threshold3() }, false);
        return indicators.save(added).getId();
    }

    /**
     * Freezes the set: its version is the one of an earlier year whose set was the same,
     * or the next one.
     */
    public void freeze(long diagnosisId) {
        freeze(coordinated(diagnosisId));
    }

    private void freeze(LijwDiagnosis d) {
        d.requireDraft();
        String definition = definition(d.getId());
        int version = 1;
        for (LijwDiagnosis e : diagnoses.earlier(d.getJstId(), d.getYear())) {
            if (e.getSetVersion() == null) {
                continue;
            }
            if (definition(e.getId()).equals(definition)) {
                version = e.getSetVersion();
                break;
            }
            version = Math.max(version, e.getSetVersion() + 1);
        }
        d.freeze(version, clock.instant());
    }

    private String definition(long diagnosisId) {
        return indicators.ofDiagnosis(diagnosisId)
            .stream()
            .map(LijwIndicator::definition)
            .sorted()
            .collect(Collectors.joining("\n"));
    }

    public void addMember(long diagnosisId, String email) {
        LijwDiagnosis d = coordinated(diagnosisId);
        if (d.isPublished()) {
            throw new StateConflict("diagnosis.lijw.published");
        }
        AccountSummary account = accounts.findByEmail(email == null ? "" : email.strip())
            .orElseThrow(() -> new RuleViolation("email", "diagnosis.lijw.noAccount"));
        if (members.existsByDiagnosisIdAndUserId(diagnosisId, account.id())) {
            throw new RuleViolation("email", "diagnosis.lijw.alreadyMember");
        }
        members.save(new LijwMember(diagnosisId, account.id(), clock.instant()));
        events.publishEvent(new LijwMemberNamed(diagnosisId, account.id()));
    }

    public void removeMember(long diagnosisId, long userId) {
        coordinated(diagnosisId);
        members.findByDiagnosisIdOrderById(diagnosisId)
            .stream()
            .filter(m -> m.getUserId() == userId)
            .forEach(members::delete);
    }

    /**
     * The group's agreed score; a score other than the proposed one needs a
     * justification.
     */
    public void score(long diagnosisId, long indicatorId, Integer score, String justification) {
        LijwDiagnosis d = editable(diagnosisId);
        d.requireScoring();
        LijwIndicator indicator = indicator(diagnosisId, indicatorId);
        if (score == null) {
            throw new RuleViolation("score", "diagnosis.lijw.scoreRange");
        }
        indicator.score(score, justification, figures.live(d, indicator).proposed());
    }

    public void declare(long diagnosisId, long indicatorId, boolean yes, String evidenceUrl) {
        editable(diagnosisId).requireScoring();
        LijwIndicator indicator = indicator(diagnosisId, indicatorId);
        if (indicator.getKind() != IndicatorKind.DECLARED) {
            throw new StateConflict("diagnosis.lijw.notDeclared");
        }
        indicator.declare(yes, evidenceUrl);
    }

    /**
     * The scale questions of the JST's surveys a survey indicator may take its value
     * from.
     */
    @Transactional(readOnly = true)
    public List<ScaleQuestion> scaleQuestions(long jstId) {
        return jdbc.sql("select q.id, s.title, q.position, q.text from diagnosis_question q join diagnosis_survey s "
                + "on s.id = q.survey_id where s.jst_id = ? and s.owner_ref is null and q.kind = 'SCALE' order by s.id desc, q.position")
            .param(jstId)
            .query((rs, n) -> new ScaleQuestion(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
            .list();
    }

    /** A scale question of one of the JST's surveys. */
    public record ScaleQuestion(long id, String survey, int position, String text) {
    }

    public void chooseQuestion(long diagnosisId, long indicatorId, Long questionId) {
        LijwDiagnosis d = editable(diagnosisId);
        d.requireScoring();
        LijwIndicator indicator = indicator(diagnosisId, indicatorId);
        if (indicator.getKind() != IndicatorKind.SURVEY) {
            throw new StateConflict("diagnosis.lijw.notSurvey");
        }
        boolean allowed = questionId != null
                && scaleQuestions(d.getJstId()).stream().anyMatch(q -> q.id() == questionId);
        if (!allowed) {
            throw new RuleViolation("questionId", "diagnosis.lijw.questionNeeded");
        }
        indicator.chooseQuestion(questionId);
    }

    public void recommend(long diagnosisId, String plane1, String plane2, String plane3) {
        editable(diagnosisId).recommend(plane1, plane2, plane3);
    }

    /**
     * Publishes the report: every indicator in use must have its agreed score; the
     * figures and the records behind them are stored so later changes of the records do
     * not change the report.
     */
    public void publish(long diagnosisId) {
        publish(coordinated(diagnosisId));
        events.publishEvent(new LijwReportPublished(diagnosisId));
    }

    private void publish(LijwDiagnosis d) {
        d.requireScoring();
        List<LijwIndicator> set = indicators.ofDiagnosis(d.getId());
        long unscored = set.stream().filter(i -> i.isEnabled() && i.getAgreedScore() == null).count();
        if (unscored > 0) {
            throw new RuleViolation(null, "diagnosis.lijw.unscored", unscored);
        }
        for (LijwIndicator i : set) {
            if (i.isEnabled()) {
                figures.store(i, figures.live(d, i));
            }
        }
        LijwIndex index = LijwIndex.of(set);
        d.publish(new BigDecimal[] { index.plane(1), index.plane(2), index.plane(3) }, index.overall(),
                clock.instant());
    }

}
