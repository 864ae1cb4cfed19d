package pl.wspolnie.budget.domain.implementation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.budget.domain.BudgetAccess;
import pl.wspolnie.budget.domain.Edition;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.budget.domain.Project;
import pl.wspolnie.budget.domain.Projects;
import pl.wspolnie.budget.domain.Results;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.files.DescribedPhoto;
import pl.wspolnie.shared.files.Upload;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The implementation of the projects chosen in an edition's vote (read from
 * {@link Results}, so only once the results are public): the coordinators of the gmina
 * enter status, progress, actual cost, the unit responsible and milestones with photos;
 * anybody reads them; a logged-in person follows a project and is told of each change of
 * status or progress and of each new milestone (events handled after commit by
 * {@link ImplementationMails}). Every change is in the audit log (the entities are
 * audited).
 */
@Service
@Transactional
public class Implementations {

    /** The most photos of one milestone. */
    public static final int MAX_PHOTOS = 4;

    /** A milestone with its photos. */
    public record MilestoneView(Milestone milestone, List<PhotoRef> photos) {
    }

    /**
     * A chosen project's implementation as its page shows it ({@code entered} false while
     * the coordinators have entered nothing: planned, 0%).
     */
    public record View(long projectId, long editionId, long jstId, String title, BigDecimal estimate,
            ImplementationStatus status, int progress, BigDecimal actualCost, String responsibleUnit, String reason,
            Instant updatedAt, boolean entered, List<MilestoneView> milestones) {
    }

    /** A line of an edition's list of projects in implementation. */
    public record Row(long projectId, String pool, String title, BigDecimal estimate, ImplementationStatus status,
            int progress, BigDecimal actualCost) {
    }

    private final ImplementationRepository implementations;

    private final MilestoneRepository milestones;

    private final MilestonePhotoRepository photos;

    private final FollowerRepository followers;

    private final Results results;

    private final Editions editions;

    private final Projects projects;

    private final BudgetAccess access;

    private final Permissions permissions;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final JdbcClient jdbc;

    Implementations(ImplementationRepository implementations, MilestoneRepository milestones,
            MilestonePhotoRepository photos, FollowerRepository followers, Results results, Editions editions,
            Projects projects, BudgetAccess access, Permissions permissions, Clock clock,
            ApplicationEventPublisher events, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.implementations = implementations;
        this.milestones = milestones;
        this.photos = photos;
        this.followers = followers;
        this.results = results;
        this.editions = editions;
        this.projects = projects;
        this.access = access;
        this.permissions = permissions;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The project's line of the results when it was chosen (and the results are public).
     */
    private Optional<Results.Line> chosen(Project project) {
        Edition edition = editions.get(project.getEditionId());
        if (!project.isSubmitted() || !results.isPublished(edition)) {
            return Optional.empty();
        }
        return results.of(edition.getId())
            .pools()
            .stream()
            .flatMap(p -> p.lines().stream())
            .filter(l -> l.chosen() && l.projectId() == project.getId())
            .findFirst();
    }

    /** The chosen project's implementation, or empty for a project not chosen (yet). */
    @Transactional(readOnly = true)
    public Optional<View> of(long projectId) {
        Project project = projects.get(projectId);
        return chosen(project).map(line -> view(project, line));
    }

    private View view(Project project, Results.Line line) {
        Optional<Implementation> found = implementations.findByProjectId(project.getId());
        List<Milestone> list = milestones.findByProjectIdOrderByPlannedOnAscIdAsc(project.getId());
        Map<Long, List<PhotoRef>> byMilestone = list.isEmpty() ? Map.of()
                : photoRefs(list.stream().map(Milestone::getId).toList()).stream()
                    .collect(Collectors.groupingBy(PhotoRef::milestoneId));
        List<MilestoneView> views = list.stream()
            .map(m -> new MilestoneView(m, byMilestone.getOrDefault(m.getId(), List.of())))
            .toList();
        Implementation i = found.orElse(null);
        return new View(project.getId(), project.getEditionId(), project.auditJstId(), line.title(), line.cost(),
                i == null ? ImplementationStatus.PLANNED : i.getStatus(), i == null ? 0 : i.getProgress(),
                i == null ? null : i.getActualCost(), i == null ? null : i.getResponsibleUnit(),
                i == null ? null : i.getReason(), i == null ? null : i.getUpdatedAt(), i != null, views);
    }

    /**
     * The edition's chosen projects with their implementation, in the order of the
     * results (pool by pool), only those with the status when one is given; 404 before
     * the results are public.
     */
    @Transactional(readOnly = true)
    public List<Row> list(long editionId, ImplementationStatus only) {
        Results.Count count = results.of(editionId);
        Map<Long, Implementation> entered = implementations.findByEditionId(editionId)
            .stream()
            .collect(Collectors.toMap(Implementation::getProjectId, Function.identity()));
        List<Row> rows = new ArrayList<>();
        for (Results.PoolResult pool : count.pools()) {
            for (Results.Line line : pool.lines()) {
                if (!line.chosen()) {
                    continue;
                }
                Implementation i = entered.get(line.projectId());
                ImplementationStatus status = i == null ? ImplementationStatus.PLANNED : i.getStatus();
                if (only == null || only == status) {
                    rows.add(new Row(line.projectId(), pool.name(), line.title(), line.cost(), status,
                            i == null ? 0 : i.getProgress(), i == null ? null : i.getActualCost()));
                }
            }
        }
        return rows;
    }

    /** True when the current person coordinates the project's gmina. */
    @Transactional(readOnly = true)
    public boolean mayEdit(View view) {
        return access.isCoordinator(view.jstId());
    }

    /** The chosen project's implementation for the coordinator's form; 403 for others. */
    @Transactional(readOnly = true)
    public View forEdit(long projectId) {
        Project project = projects.get(projectId);
        access.requireCoordinator(project.auditJstId());
        return chosen(project).map(line -> view(project, line))
            .orElseThrow(() -> new NotFound("implementation of budget project " + projectId + " not chosen"));
    }

    /**
     * The coordinator enters the implementation's state; followers are told of status and
     * progress.
     */
    public void update(long projectId, ImplementationDetails details) {
        View view = forEdit(projectId);
        apply(view, details, true);
    }

    private void apply(View view, ImplementationDetails details, boolean tell) {
        Implementation implementation = implementations.findByProjectId(view.projectId())
            .orElseGet(() -> new Implementation(view.jstId(), view.editionId(), view.projectId(), clock.instant()));
        List<Implementation.Change> changes = implementation.apply(details, clock.instant());
        implementations.save(implementation);
        if (tell && (changes.contains(Implementation.Change.STATUS)
                || changes.contains(Implementation.Change.PROGRESS))) {
            events.publishEvent(
                    new ImplementationEvents.Changed(view.projectId(), changes.contains(Implementation.Change.STATUS)
                            ? Implementation.Change.STATUS : Implementation.Change.PROGRESS));
        }
    }

    /** The coordinator adds a milestone; followers are told. */
    public long addMilestone(long projectId, MilestoneDetails details) {
        View view = forEdit(projectId);
        long id = saveMilestone(view, details);
        events.publishEvent(new ImplementationEvents.MilestoneAdded(projectId, id));
        return id;
    }

    private long saveMilestone(View view, MilestoneDetails details) {
        Milestone milestone = new Milestone(view.jstId(), view.projectId(), clock.instant());
        milestone.apply(details, LocalDate.now(clock));
        return milestones.save(milestone).getId();
    }

    /** A milestone for the coordinator's form; 403 for others. */
    @Transactional(readOnly = true)
    public Milestone milestoneForEdit(long milestoneId) {
        Milestone milestone = milestone(milestoneId);
        access.requireCoordinator(milestone.auditJstId());
        return milestone;
    }

    private Milestone milestone(long milestoneId) {
        return milestones.findById(milestoneId).orElseThrow(() -> new NotFound("budget milestone " + milestoneId));
    }

    /** The coordinator corrects a milestone or marks it done. */
    public void updateMilestone(long milestoneId, MilestoneDetails details) {
        milestoneForEdit(milestoneId).apply(details, LocalDate.now(clock));
    }

    /** The photos of the milestones: ids and descriptions, without their content. */
    private List<PhotoRef> photoRefs(Collection<Long> milestoneIds) {
        return jdbc.sql("""
                select id, milestone_id, alt_text from budget_milestone_photo
                where milestone_id in (:ids) order by id""").param("ids", milestoneIds).query(PhotoRef.class).list();
    }

    /** The photos of a milestone (ids and descriptions). */
    @Transactional(readOnly = true)
    public List<PhotoRef> photos(long milestoneId) {
        return photoRefs(List.of(milestoneId));
    }

    /**
     * The coordinator adds a photo: JPG or PNG (by its first bytes) up to 10 MB, with its
     * description, at most {@link #MAX_PHOTOS} per milestone.
     */
    public long addPhoto(long milestoneId, Upload photo, String altText) {
        Milestone milestone = milestoneForEdit(milestoneId);
        return savePhoto(milestone, DescribedPhoto.check(photo, altText, clock.instant()));
    }

    private long savePhoto(Milestone milestone, DescribedPhoto photo) {
        if (photos.countByMilestoneId(milestone.getId()) >= MAX_PHOTOS) {
            throw new StateConflict("budget.milestone.tooManyPhotos", "milestone " + milestone.getId());
        }
        return photos.save(new MilestonePhoto(milestone, photo.file(), photo.altText())).getId();
    }

    /** The coordinator removes a photo; returns its milestone's id. */
    public long removePhoto(long photoId) {
        MilestonePhoto photo = photo(photoId);
        access.requireCoordinator(photo.auditJstId());
        photos.delete(photo);
        return photo.getMilestoneId();
    }

    /** A photo with its content (public). */
    @Transactional(readOnly = true)
    public MilestonePhoto photo(long photoId) {
        return photos.findById(photoId).orElseThrow(() -> new NotFound("budget milestone photo " + photoId));
    }

    /**
     * The current person follows the chosen project's implementation (again: nothing
     * happens).
     */
    public void follow(long projectId) {
        AuthenticatedUser user = permissions.requireUser();
        Project project = projects.get(projectId);
        if (chosen(project).isEmpty()) {
            throw new StateConflict("budget.follow.notChosen", "project " + projectId);
        }
        if (followers.existsByProjectIdAndUserId(projectId, user.userId())) {
            return;
        }
        try {
            followers.saveAndFlush(new Follower(project.auditJstId(), projectId, user.userId(), clock.instant()));
        }
        catch (DataIntegrityViolationException e) {
            // followed at the same moment from another tab: already following
        }
    }

    /** The current person stops following. */
    public void unfollow(long projectId) {
        AuthenticatedUser user = permissions.requireUser();
        followers.findByProjectIdAndUserId(projectId, user.userId()).ifPresent(followers::delete);
    }

    /** True when the current person follows the project. */
    @Transactional(readOnly = true)
    public boolean follows(long projectId) {
        return permissions.currentUser()
            .map(u -> followers.existsByProjectIdAndUserId(projectId, u.userId()))
            .orElse(false);
    }

    /**
     * Demo data: the chosen project's implementation entered, no permission check, nobody
     * told.
     */
    public void seed(long projectId, ImplementationDetails details) {
        Project project = projects.get(projectId);
        View view = chosen(project).map(line -> view(project, line))
            .orElseThrow(() -> new NotFound("budget project " + projectId + " not chosen"));
        apply(view, details, false);
    }

    /** Demo data: a milestone with its photos, no permission check, nobody told. */
    public long seedMilestone(long projectId, MilestoneDetails details, List<DescribedPhoto> photosOf) {
        Project project = projects.get(projectId);
        View view = chosen(project).map(line -> view(project, line))
            .orElseThrow(() -> new NotFound("budget project " + projectId + " not chosen"));
        long id = saveMilestone(view, details);
        for (DescribedPhoto p : photosOf) {
            savePhoto(milestone(id), p);
        }
        return id;
    }

    /** Demo data: the person follows the project. */
    public void seedFollower(long projectId, long userId) {
        Project project = projects.get(projectId);
        followers.save(new Follower(project.auditJstId(), projectId, userId, clock.instant()));
    }

}
