package pl.wspolnie.budget.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.files.FileCheck;
import pl.wspolnie.shared.files.StoredFile;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.files.Upload;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.text.Formats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import pl.wspolnie.shared.domain.NotAllowed;

/**
 * Residents' projects: drafts kept on the server, submission as immutable versions, and
 * their support lists (online, once per person, and the count of a paper list).
 */
@Service
@Transactional
public class Projects {

    private final ProjectRepository projects;

    private final ProjectVersionRepository versions;

    private final SupportRepository supports;

    /** The scan of a paper support list: a PDF, JPG or PNG of at most 10 MB. */
    private static final FileCheck SCAN = new FileCheck("scan", Set.of("pdf", "jpg", "jpeg", "png"),
            Projects.MAX_SCAN_BYTES, "budget.support.scanType", "budget.support.scanTooLarge",
            "budget.support.scanType");

    private final PaperListRepository paperLists;

    private final Editions editions;

    private final BudgetAccess access;

    private final Permissions permissions;

    private final Formats fmt;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    Projects(ProjectRepository projects, ProjectVersionRepository versions, SupportRepository supports,
            PaperListRepository paperLists, Editions editions, BudgetAccess access, Permissions permissions,
            Formats fmt, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.paperLists = paperLists;
        this.projects = projects;
        this.versions = versions;
        this.supports = supports;
        this.editions = editions;
        this.access = access;
        this.permissions = permissions;
        this.fmt = fmt;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Project get(long id) {
        return projects.findById(id).orElseThrow(() -> new NotFound("budget project " + id));
    }

    /** The project for its author's form, or 403 for anyone else. */
    @Transactional(readOnly = true)
    public Project ownDraft(long id) {
        Project project = get(id);
        access.requireAuthor(project);
        return project;
    }

    /** The current person's projects, latest change first. */
    @Transactional(readOnly = true)
    public List<Project> mine() {
        return projects.findByAuthorIdOrderByUpdatedAtDesc(permissions.requireUser().userId());
    }

    @Transactional(readOnly = true)
    public List<ProjectVersion> versions(long projectId) {
        return versions.findByProjectIdOrderByNumberDesc(projectId);
    }

    /**
     * Starts a project of the current person in the edition with the form's content (a
     * draft: nothing is checked but the pool).
     */
    public long create(long editionId, ProjectDetails details) {
        AuthenticatedUser user = permissions.requireUser();
        Edition edition = editions.get(editionId);
        editions.pool(editionId, details.poolId());
        Project project = new Project(edition, user.userId(), clock.instant());
        project.edit(details, clock.instant());
        return projects.save(project).getId();
    }

    /** Keeps the author's changes in the draft (nothing is published). */
    public void saveDraft(long projectId, ProjectDetails details) {
        Project project = ownDraft(projectId);
        editions.pool(project.getEditionId(), details.poolId());
        project.edit(details, clock.instant());
    }

    /**
     * Submits the draft as the next immutable version, under a row lock, when the rules
     * allow it.
     */
    public ProjectVersion submit(long projectId) {
        Project project = projects.lock(projectId).orElseThrow(() -> new NotFound("budget project " + projectId));
        access.requireAuthor(project);
        Edition edition = editions.get(project.getEditionId());
        Pool pool = editions.pool(edition.getId(), project.getPoolId());
        RuleViolation
            .throwIfAny(ProjectSubmissionRule.check(project.details(), pool, edition, LocalDate.now(clock), fmt));
        ProjectVersion version = versions.save(project.submit(clock.instant()));
        events.publishEvent(new BudgetEvents.ProjectSubmitted(projectId, version.getNumber()));
        return version;
    }

    /**
     * The current person supports the project online: once (a second support is refused,
     * also when two arrive at the same moment: the unique key decides).
     */
    public void support(long projectId) {
        AuthenticatedUser user = permissions.requireUser();
        Project project = get(projectId);
        requireCollecting(project);
        if (supports.existsByProjectIdAndUserId(projectId, user.userId())) {
            throw new StateConflict("budget.support.already", "user " + user.userId() + " project " + projectId);
        }
        long before = supportTotal(project);
        try {
            supports.saveAndFlush(new Support(project, user.userId(), clock.instant()));
        }
        catch (DataIntegrityViolationException e) {
            throw new StateConflict("budget.support.already", "user " + user.userId() + " project " + projectId);
        }
        announceIfReached(project, before, before + 1);
    }

    /** Online supports and the paper list's count. */
    private long supportTotal(Project project) {
        return supports.countByProjectId(project.getId()) + project.getPaperSupports();
    }

    /**
     * Tells the author (after commit) when the supports cross the requirement of the pool
     * of the project's latest version.
     */
    private void announceIfReached(Project project, long before, long after) {
        long required = versions.findByProjectIdOrderByNumberDesc(project.getId())
            .stream()
            .findFirst()
            .map(v -> editions.pool(project.getEditionId(), v.getPoolId()).getSignaturesRequired())
            .orElse(Integer.MAX_VALUE);
        if (before < required && after >= required) {
            events.publishEvent(new BudgetEvents.SupportReached(project.getId()));
        }
    }

    /**
     * A project of the given author, submitted at once when {@code submit} (demo data and
     * tests): no permission check; the submission rules still apply.
     */
    public long seed(long editionId, long authorId, ProjectDetails details, boolean submit) {
        return seed(editionId, authorId, details, submit, LocalDate.now(clock), clock.instant());
    }

    /**
     * As {@link #seed}, submitted at noon of the given day of the submission phase (demo
     * data of an edition whose submission is over).
     */
    public long seedSubmittedOn(long editionId, long authorId, ProjectDetails details, LocalDate day) {
        return seed(editionId, authorId, details, true, day, day.atTime(12, 0).atZone(clock.getZone()).toInstant());
    }

    private long seed(long editionId, long authorId, ProjectDetails details, boolean submit, LocalDate day,
            Instant at) {
        Edition edition = editions.get(editionId);
        Pool pool = editions.pool(editionId, details.poolId());
        Project project = new Project(edition, authorId, at);
        project.edit(details, at);
        projects.save(project);
        if (submit) {
            RuleViolation.throwIfAny(ProjectSubmissionRule.check(details, pool, edition, day, fmt));
            versions.save(project.submit(at));
        }
        return project.getId();
    }

    /** An online support of the given person (demo data and tests). */
    public void seedSupport(long projectId, long userId) {
        supports.save(new Support(get(projectId), userId, clock.instant()));
    }

    /** The largest scan of a paper list. */
    public static final int MAX_SCAN_BYTES = 10 * 1024 * 1024;

    /**
     * The author enters the count of signatures on the paper list, with its scan when one
     * is uploaded (PDF, JPG or PNG up to 10 MB; replaces an earlier scan).
     */
    public void recordPaperSupports(long projectId, int count, Upload scan) {
        Project project = get(projectId);
        access.requireAuthor(project);
        requireCollecting(project);
        if (scan != null) {
            StoredFile file = SCAN.check(scan, clock.instant());
            PaperList list = paperLists.findByProjectId(projectId).orElseGet(() -> new PaperList(project));
            list.replace(file);
            paperLists.save(list);
        }
        long before = supportTotal(project);
        project.recordPaperSupports(count);
        announceIfReached(project, before, supportTotal(project));
    }

    /** The scan of the paper list, for its author and the gmina's coordinators only. */
    @Transactional(readOnly = true)
    public Optional<PaperList> paperList(long projectId) {
        Project project = get(projectId);
        if (!mayReadPaperList(project)) {
            throw new NotAllowed("paper list of project " + projectId);
        }
        return paperLists.findByProjectId(projectId);
    }

    /** True for the author and the coordinators of the project's gmina. */
    @Transactional(readOnly = true)
    public boolean mayReadPaperList(Project project) {
        return permissions.currentUser()
            .map(u -> u.userId() == project.getAuthorId() || access.isCoordinator(project.auditJstId()))
            .orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean supports(long projectId) {
        return permissions.currentUser()
            .map(u -> supports.existsByProjectIdAndUserId(projectId, u.userId()))
            .orElse(false);
    }

    @Transactional(readOnly = true)
    public long onlineSupports(long projectId) {
        return supports.countByProjectId(projectId);
    }

    /** Support is collected for submitted projects while the submission phase lasts. */
    private void requireCollecting(Project project) {
        if (!project.isSubmitted()) {
            throw new StateConflict("budget.support.notSubmitted", "project " + project.getId());
        }
        Edition edition = editions.get(project.getEditionId());
        if (!edition.isOpenForSubmissionOn(LocalDate.now(clock))) {
            throw new StateConflict("budget.support.closed", "project " + project.getId());
        }
    }

}
