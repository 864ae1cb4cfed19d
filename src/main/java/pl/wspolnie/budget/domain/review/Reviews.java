package pl.wspolnie.budget.domain.review;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.budget.domain.BudgetAccess;
import pl.wspolnie.budget.domain.Edition;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.budget.domain.Phase;
import pl.wspolnie.budget.domain.PhaseDates;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.text.Formats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The review of submitted projects by the gmina's officials: the formal review during the
 * review phase, then the merit review of the formally positive ones; conflicts between
 * projects decided by a person; the authors' appeals against a negative result during the
 * appeals phase, decided before voting opens by an official other than the one who gave
 * the result. Where a project stands is computed by the database view
 * {@code budget_project_standing} ({@link Standing}).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Reviews {

    private static final String PROJECTS = """
            select p.id, p.jst_id, p.edition_id, p.author_id, p.submitted_versions, v.title, pool.name, pool.amount,
                   v.cost_total, s.standing, s.cost
            from budget_project p
            join budget_project_version v on v.project_id = p.id and v.number = p.submitted_versions
            join budget_pool pool on pool.id = v.pool_id
            join budget_project_standing s on s.project_id = p.id
            """;

    private final ReviewRepository reviews;

    private final AppealRepository appeals;

    private final ConflictRepository conflicts;

    private final Editions editions;

    private final BudgetAccess access;

    private final Permissions permissions;

    private final JdbcClient jdbc;

    private final Formats fmt;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    // ---- reading

    /** A submitted project as the review sees it, or 404. */
    @Transactional(readOnly = true)
    public ReviewedProject project(long projectId) {
        return jdbc.sql(PROJECTS + " where p.id = ?")
            .param(projectId)
            .query(Reviews::row)
            .optional()
            .orElseThrow(() -> new NotFound("submitted budget project " + projectId));
    }

    /**
     * The edition's submitted projects (latest versions) with where they stand, by title.
     */
    @Transactional(readOnly = true)
    public List<ReviewedProject> projects(long editionId) {
        return jdbc.sql(PROJECTS + " where p.edition_id = ? order by lower(v.title), p.id")
            .param(editionId)
            .query(Reviews::row)
            .list();
    }

    private static ReviewedProject row(ResultSet rs, int n) throws SQLException {
        return new ReviewedProject(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                Standing.valueOf(rs.getString(10)), rs.getBigDecimal(11));
    }

    /**
     * The public outcome of the review: the edition's projects grouped by where they
     * stand.
     */
    @Transactional(readOnly = true)
    public Map<Standing, List<ReviewedProject>> outcomes(long editionId) {
        return projects(editionId).stream()
            .collect(Collectors.groupingBy(ReviewedProject::standing, () -> new EnumMap<>(Standing.class),
                    Collectors.toList()));
    }

    /** A project's results, appeals and conflicts, public once given. */
    public record Publication(ReviewedProject project, Review formal, Review merit, Map<Long, Appeal> appealByReview,
            List<ConflictView> conflicts, Map<Long, Appeal> appealByConflict) {

        public Appeal appealOf(Review review) {
            return review == null ? null : appealByReview.get(review.getId());
        }

        /** The project's appeal against the conflict's decision, if any. */
        public Appeal appealAgainst(Conflict conflict) {
            return appealByConflict.get(conflict.getId());
        }

        /** The negative result the author may still appeal against, if any. */
        public Review appealable() {
            Review target = switch (project.standing()) {
                case FORMAL_NEGATIVE -> formal;
                case MERIT_NEGATIVE -> merit;
                default -> null;
            };
            return target == null || appealByReview.containsKey(target.getId()) ? null : target;
        }

        /**
         * The decided conflict that left the project out and that the author may still
         * appeal against, if any (the first, when several left it out).
         */
        public ConflictView appealableConflict() {
            if (project.standing() != Standing.CONFLICT_LEFT_OUT) {
                return null;
            }
            return conflicts.stream()
                .filter(c -> c.conflict().isDecided() && !c.conflict().goesOn(project.id())
                        && !appealByConflict.containsKey(c.conflict().getId()))
                .findFirst()
                .orElse(null);
        }

        /** True when there is a result or a conflict's decision to appeal against. */
        public boolean canAppeal() {
            return appealable() != null || appealableConflict() != null;
        }

        /** The appeal waiting for a decision, if any. */
        public Appeal pendingAppeal() {
            return Stream.concat(appealByReview.values().stream(), appealByConflict.values().stream())
                .filter(a -> !a.isDecided())
                .findFirst()
                .orElse(null);
        }

    }

    /** A conflict with the titles of its projects. */
    public record ConflictView(Conflict conflict, List<ReviewedProject> projects) {
    }

    @Transactional(readOnly = true)
    public Publication publication(long projectId) {
        ReviewedProject project = project(projectId);
        List<Appeal> filed = appeals.findByProjectIdOrderByFiledAt(projectId);
        Map<Long, Appeal> appealByReview = filed.stream()
            .filter(a -> a.getReviewId() != null)
            .collect(Collectors.toMap(Appeal::getReviewId, Function.identity()));
        Map<Long, Appeal> appealByConflict = filed.stream()
            .filter(a -> a.getConflictId() != null)
            .collect(Collectors.toMap(Appeal::getConflictId, Function.identity()));
        List<Conflict> own = conflicts.ofProject(projectId);
        List<ConflictView> views = own.isEmpty() ? List.of() : views(project.editionId(), own);
        return new Publication(project, reviews.findByProjectIdAndStage(projectId, ReviewStage.FORMAL).orElse(null),
                reviews.findByProjectIdAndStage(projectId, ReviewStage.MERIT).orElse(null), appealByReview, views,
                appealByConflict);
    }

    private List<ConflictView> views(long editionId, List<Conflict> list) {
        Map<Long, ReviewedProject> byId = projects(editionId).stream()
            .collect(Collectors.toMap(ReviewedProject::id, Function.identity()));
        return list.stream()
            .map(c -> new ConflictView(c, c.getProjectIds().stream().map(byId::get).filter(Objects::nonNull).toList()))
            .toList();
    }

    /**
     * What the coordinators work on: the projects, the conflicts and the appeals waiting.
     */
    public record Board(Edition edition, List<ReviewedProject> projects, List<ConflictView> conflicts,
            List<AppealView> appealsWaiting, boolean reviewOpen, boolean conflictsOpen) {

        public long waiting(Standing standing) {
            return projects.stream().filter(p -> p.standing() == standing).count();
        }

        public List<ConflictView> openConflicts() {
            return conflicts.stream().filter(c -> !c.conflict().isDecided()).toList();
        }

    }

    /** An appeal with its project. */
    public record AppealView(Appeal appeal, ReviewedProject project) {
    }

    /** The coordinators' review list of the edition (403 for anyone else). */
    @Transactional(readOnly = true)
    public Board board(long editionId) {
        Edition edition = editions.get(editionId);
        access.requireCoordinator(edition.getJstId());
        List<ReviewedProject> list = projects(editionId);
        Map<Long, ReviewedProject> byId = list.stream()
            .collect(Collectors.toMap(ReviewedProject::id, Function.identity()));
        List<AppealView> waiting = appeals.findByEditionIdAndUpheldIsNullOrderByFiledAt(editionId)
            .stream()
            .map(a -> new AppealView(a, byId.get(a.getProjectId())))
            .toList();
        LocalDate today = LocalDate.now(clock);
        return new Board(edition, list, views(editionId, conflicts.findByEditionIdOrderByFlaggedAt(editionId)), waiting,
                edition.phaseOn(today) == Phase.REVIEW, conflictsOpen(edition, today));
    }

    /**
     * The appeal with its project and the result (or the conflict's decision) appealed
     * against, for the deciding official.
     */
    public record AppealCase(Appeal appeal, Review review, ConflictView conflict, ReviewedProject project) {
    }

    @Transactional(readOnly = true)
    public AppealCase appealCase(long appealId) {
        Appeal appeal = appeals.findById(appealId).orElseThrow(() -> new NotFound("budget appeal " + appealId));
        access.requireCoordinator(appeal.auditJstId());
        if (appeal.getConflictId() != null) {
            return new AppealCase(appeal, null, conflict(appeal.getConflictId()), project(appeal.getProjectId()));
        }
        return new AppealCase(appeal, reviews.findById(appeal.getReviewId()).orElseThrow(), null,
                project(appeal.getProjectId()));
    }

    @Transactional(readOnly = true)
    public ConflictView conflict(long conflictId) {
        Conflict conflict = conflicts.findById(conflictId)
            .orElseThrow(() -> new NotFound("budget conflict " + conflictId));
        access.requireCoordinator(conflict.auditJstId());
        return views(conflict.getEditionId(), List.of(conflict)).get(0);
    }

    /** The coordinator's project to review (403 for anyone else). */
    @Transactional(readOnly = true)
    public Publication forReviewer(long projectId) {
        ReviewedProject project = project(projectId);
        access.requireCoordinator(project.jstId());
        return publication(projectId);
    }

    /**
     * The author's project with its results, for the appeal form (403 for anyone else).
     */
    @Transactional(readOnly = true)
    public Publication forAuthor(long projectId) {
        ReviewedProject project = project(projectId);
        if (project.authorId() != permissions.requireUser().userId()) {
            throw new NotAllowed("not the author of budget project " + projectId);
        }
        return publication(projectId);
    }

    /** True when the current person coordinates the budget of the project's gmina. */
    @Transactional(readOnly = true)
    public boolean isCoordinator(ReviewedProject project) {
        return access.isCoordinator(project.jstId());
    }

    /** True while the author may appeal (the appeals phase). */
    @Transactional(readOnly = true)
    public boolean appealsOpen(long editionId) {
        return editions.get(editionId).phaseOn(LocalDate.now(clock)) == Phase.APPEALS;
    }

    // ---- the reviews

    /** The formal result of the project's latest version, during the review phase. */
    public Review reviewFormal(long projectId, FormalResult result) {
        ReviewedProject project = project(projectId);
        AuthenticatedUser user = access.requireCoordinator(project.jstId());
        requirePhase(project, Phase.REVIEW, "budget.review.notInReview");
        RuleViolation.throwIfAny(result.violations());
        return save(Review.formal(project, result, user.userId(), clock.instant()));
    }

    /**
     * The merit result of a formally positive project: during the review phase, or until
     * voting opens when an appeal overturned the formal result.
     */
    public Review reviewMerit(long projectId, MeritResult result) {
        ReviewedProject project = project(projectId);
        AuthenticatedUser user = access.requireCoordinator(project.jstId());
        Review formal = reviews.findByProjectIdAndStage(projectId, ReviewStage.FORMAL)
            .orElseThrow(() -> new StateConflict("budget.review.formalFirst", "project " + projectId));
        boolean overturned = !formal.isPositive()
                && appeals.findByReviewId(formal.getId()).map(a -> Boolean.TRUE.equals(a.getUpheld())).orElse(false);
        if (!formal.isPositive() && !overturned) {
            throw new StateConflict("budget.review.formalNegative", "project " + projectId);
        }
        Edition edition = editions.get(project.editionId());
        LocalDate today = LocalDate.now(clock);
        boolean open = edition.phaseOn(today) == Phase.REVIEW
                || (overturned && today.isBefore(edition.getVotingFrom()));
        if (!open) {
            throw new StateConflict("budget.review.notInReview", "project " + projectId);
        }
        RuleViolation.throwIfAny(result.violations(project.poolAmount(), project.poolName(), fmt));
        return save(Review.merit(project, result, user.userId(), clock.instant()));
    }

    private Review save(Review review) {
        if (reviews.findByProjectIdAndStage(review.getProjectId(), review.getStage()).isPresent()) {
            throw new StateConflict("budget.review.already", "project " + review.getProjectId());
        }
        try {
            reviews.saveAndFlush(review);
        }
        catch (DataIntegrityViolationException e) {
            throw new StateConflict("budget.review.already", "project " + review.getProjectId());
        }
        events.publishEvent(new ReviewEvents.ResultGiven(review.getId()));
        return review;
    }

    /**
     * A positive formal and merit result at the submitted cost, with no reviewer and no
     * phase check (demo data and tests whose projects go to the ballot).
     */
    public void seedPositive(long projectId) {
        ReviewedProject project = project(projectId);
        reviews.save(Review.formal(project, new FormalResult(true, ""), null, clock.instant()));
        reviews.save(Review.merit(project,
                new MeritResult(true, true, true, "Wydział Inwestycji", project.costTotal(), "Projekt wykonalny."),
                null, clock.instant()));
    }

    // ---- appeals

    /**
     * The author appeals against the project's negative result, or against a conflict's
     * decision that left the project out, during the appeals phase.
     */
    public Appeal appeal(long projectId, String reason) {
        ReviewedProject project = project(projectId);
        AuthenticatedUser user = permissions.requireUser();
        if (project.authorId() != user.userId()) {
            throw new NotAllowed("not the author of budget project " + projectId);
        }
        requirePhase(project, Phase.APPEALS, "budget.appeal.notInAppeals");
        Publication publication = publication(projectId);
        Review target = publication.appealable();
        ConflictView conflict = publication.appealableConflict();
        if (target == null && conflict == null) {
            throw new StateConflict("budget.appeal.nothingToAppeal", "project " + projectId);
        }
        List<RuleViolation> v = new ArrayList<>();
        if (FormalResult.blank(reason)) {
            v.add(new RuleViolation("reason", "budget.appeal.reasonRequired"));
        }
        FormalResult.tooLong(v, "reason", reason, FormalResult.MAX_TEXT);
        RuleViolation.throwIfAny(v);
        Appeal appeal;
        try {
            appeal = appeals.saveAndFlush(target != null ? new Appeal(target, user.userId(), reason, clock.instant())
                    : new Appeal(conflict.conflict(), projectId, user.userId(), reason, clock.instant()));
        }
        catch (DataIntegrityViolationException e) {
            throw new StateConflict("budget.appeal.already", "project " + projectId);
        }
        events.publishEvent(new ReviewEvents.AppealFiled(appeal.getId()));
        return appeal;
    }

    /**
     * An official other than the one who gave the result (or decided the conflict)
     * decides the appeal, once, before voting opens.
     */
    public void decideAppeal(long appealId, Boolean upheld, String reasons) {
        Appeal appeal = appeals.lock(appealId).orElseThrow(() -> new NotFound("budget appeal " + appealId));
        AuthenticatedUser user = access.requireCoordinator(appeal.auditJstId());
        boolean same = appeal.getConflictId() != null
                ? conflicts.findById(appeal.getConflictId()).orElseThrow().decidedBy(user.userId())
                : reviews.findById(appeal.getReviewId()).orElseThrow().givenBy(user.userId());
        if (same) {
            throw new NotAllowed("budget.appeal.sameOfficial", "appeal " + appealId + " user " + user.userId());
        }
        if (appeal.isDecided()) {
            throw new StateConflict("budget.appeal.alreadyDecided", "appeal " + appealId);
        }
        Edition edition = editions.get(appeal.getEditionId());
        if (!LocalDate.now(clock).isBefore(edition.getVotingFrom())) {
            throw new StateConflict("budget.appeal.tooLate", "appeal " + appealId);
        }
        List<RuleViolation> v = new ArrayList<>();
        if (upheld == null) {
            v.add(new RuleViolation("upheld", "budget.review.outcomeMissing"));
        }
        if (FormalResult.blank(reasons)) {
            v.add(new RuleViolation("reasons", "budget.review.justificationRequired"));
        }
        FormalResult.tooLong(v, "reasons", reasons, FormalResult.MAX_TEXT);
        RuleViolation.throwIfAny(v);
        appeal.decide(upheld, reasons, user.userId(), clock.instant());
        events.publishEvent(new ReviewEvents.AppealDecided(appealId));
    }

    // ---- conflicts

    /**
     * An official marks two or more of the edition's submitted projects as conflicting,
     * from the review phase until voting opens.
     */
    public long flagConflict(long editionId, List<Long> projectIds, String note) {
        Edition edition = editions.get(editionId);
        AuthenticatedUser user = access.requireCoordinator(edition.getJstId());
        requireConflictsOpen(edition);
        LinkedHashSet<Long> ids = new LinkedHashSet<>(projectIds == null ? List.of() : projectIds);
        Map<Long, ReviewedProject> ofEdition = projects(editionId).stream()
            .collect(Collectors.toMap(ReviewedProject::id, Function.identity()));
        List<RuleViolation> v = new ArrayList<>();
        if (ids.size() < 2 || !ofEdition.keySet().containsAll(ids)) {
            v.add(new RuleViolation("projectIds", "budget.conflict.twoOrMore"));
        }
        if (FormalResult.blank(note)) {
            v.add(new RuleViolation("note", "budget.conflict.noteRequired"));
        }
        FormalResult.tooLong(v, "note", note, 2000);
        RuleViolation.throwIfAny(v);
        return conflicts
            .save(new Conflict(edition.getJstId(), editionId, List.copyOf(ids), note, user.userId(), clock.instant()))
            .getId();
    }

    /**
     * A person decides which of the conflicting projects go on (at least one), with
     * reasons.
     */
    public void decideConflict(long conflictId, List<Long> goingOn, String reasons) {
        Conflict conflict = conflicts.lock(conflictId).orElseThrow(() -> new NotFound("budget conflict " + conflictId));
        AuthenticatedUser user = access.requireCoordinator(conflict.auditJstId());
        if (conflict.isDecided()) {
            throw new StateConflict("budget.conflict.alreadyDecided", "conflict " + conflictId);
        }
        requireConflictsOpen(editions.get(conflict.getEditionId()));
        List<Long> going = goingOn == null ? List.of() : goingOn.stream().distinct().toList();
        List<RuleViolation> v = new ArrayList<>();
        if (going.isEmpty() || !conflict.getProjectIds().containsAll(going)) {
            v.add(new RuleViolation("goingOn", "budget.conflict.chooseOne"));
        }
        if (FormalResult.blank(reasons)) {
            v.add(new RuleViolation("reasons", "budget.review.justificationRequired"));
        }
        FormalResult.tooLong(v, "reasons", reasons, FormalResult.MAX_TEXT);
        RuleViolation.throwIfAny(v);
        conflict.decide(going, reasons, user.userId(), clock.instant());
        events.publishEvent(new ReviewEvents.ConflictDecided(conflictId));
    }

    private void requireConflictsOpen(Edition edition) {
        if (!conflictsOpen(edition, LocalDate.now(clock))) {
            throw new StateConflict("budget.conflict.closed", "edition " + edition.getId());
        }
    }

    /** From the first day of the review until voting opens. */
    private static boolean conflictsOpen(Edition edition, LocalDate today) {
        return !today.isBefore(phase(edition, Phase.REVIEW).from()) && today.isBefore(edition.getVotingFrom());
    }

    private void requirePhase(ReviewedProject project, Phase phase, String key) {
        Edition edition = editions.get(project.editionId());
        if (edition.phaseOn(LocalDate.now(clock)) != phase) {
            throw new StateConflict(key, "project " + project.id() + " outside " + phase);
        }
    }

    static PhaseDates phase(Edition edition, Phase phase) {
        return edition.timeline().stream().filter(p -> p.phase() == phase).findFirst().orElseThrow();
    }

}
