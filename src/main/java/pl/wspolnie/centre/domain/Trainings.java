package pl.wspolnie.centre.domain;

import pl.wspolnie.shared.domain.NotAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.Caches;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.events.CalendarEntryPublished;
import pl.wspolnie.shared.events.CalendarEntryType;
import pl.wspolnie.shared.events.ContentPublished;
import pl.wspolnie.shared.events.ContentType;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.shared.database.SqlStates;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import org.springframework.data.domain.PageImpl;
import pl.wspolnie.shared.events.CalendarEntryWithdrawn;

/**
 * Trainings and their recruitment. First-come recruitment accepts applications in order
 * up to the capacity and puts the rest on a waiting list; when an accepted person
 * cancels, the first on the list gets the seat (and an e-mail). Selection recruitment
 * leaves every application pending until the organiser accepts or rejects it. The
 * training row is locked while an application is placed, so two people never take the
 * last seat together.
 */
@Service
@Transactional
public class Trainings {

    /** The longest reason of a training's cancellation. */
    public static final int MAX_CANCEL_REASON = 2000;

    public static final String SOURCE = "centre";
    static final int MAX_ANSWER = 10_000;

    private final TrainingRepository trainings;

    private final TrainingQuestionRepository questions;

    private final TrainingApplicationRepository applications;

    private final CentreRepository centres;

    private final CentreAccess access;

    private final Permissions permissions;

    private final Organizations organizations;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final Caches caches;

    Trainings(TrainingRepository trainings, TrainingQuestionRepository questions,
            TrainingApplicationRepository applications, CentreRepository centres, CentreAccess access,
            Permissions permissions, Organizations organizations, ApplicationEventPublisher events, Clock clock,
            Caches caches) {
        this.caches = caches;
        this.trainings = trainings;
        this.questions = questions;
        this.applications = applications;
        this.centres = centres;
        this.access = access;
        this.permissions = permissions;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Training get(long id) {
        return trainings.findById(id).orElseThrow(() -> new NotFound("training"));
    }

    /**
     * A line of the trainings list: what it shows, read without loading the trainings.
     */
    public record Row(long id, TrainingKind kind, String title, Instant startsAt, String place,
            Instant applicationsClose) {
    }

    /**
     * How long the number of upcoming trainings (for the pager) is reused while nothing
     * in the centre changed.
     */
    static final Duration COUNT_KEPT = Duration.ofSeconds(30);

    private record Counted(Instant at, long count) {
    }

    private static final String UPCOMING_COUNT = "upcoming-count";

    /**
     * A page of the upcoming trainings (not cancelled, not yet ended), soonest first. The
     * total is kept in the {@code centre} cache, which any change of the centre's data
     * clears on every instance once it commits, and is counted again at least every
     * {@link #COUNT_KEPT} (by the platform clock: trainings ending move out of it).
     */
    @Transactional(readOnly = true)
    public Page<Row> upcoming(int page, int size) {
        Instant now = clock.instant();
        PageRequest request = PageRequest.of(Math.max(0, page), size);
        List<Row> rows = trainings.upcoming(now, request);
        Counted counted = caches.get(CacheConfiguration.CENTRE, UPCOMING_COUNT,
                () -> new Counted(now, trainings.countUpcoming(now)),
                c -> !now.isBefore(c.at()) && now.isBefore(c.at().plus(COUNT_KEPT)));
        return new PageImpl<>(rows, request, Math.max(counted.count(), request.getOffset() + rows.size()));
    }

    @Transactional(readOnly = true)
    public List<TrainingQuestion> questions(long trainingId) {
        return questions.findByTrainingIdOrderByPositionAscIdAsc(trainingId);
    }

    private Centre centre(Training training) {
        return centres.findById(training.getCentreId()).orElseThrow();
    }

    public long create(long centreId, TrainingDetails details) {
        Centre centre = centres.findById(centreId).orElseThrow(() -> new NotFound("centre"));
        access.requireStaff(centre);
        Training.requireStartNotMovedIntoPast(null, details.startsAt(), clock.instant());
        return seed(centreId, details);
    }

    /** Creation without a permission check (demo data, tests). */
    public long seed(long centreId, TrainingDetails details) {
        check(details);
        Centre centre = centres.findById(centreId).orElseThrow(() -> new NotFound("centre"));
        Training training = new Training(centreId, clock.instant());
        training.update(details);
        trainings.save(training);
        publish(training, centre);
        return training.getId();
    }

    private static void check(TrainingDetails d) {
        if (!d.endsAt().isAfter(d.startsAt())) {
            throw new RuleViolation("endsAt", "centre.training.endBeforeStart");
        }
        if (!d.applicationsClose().isAfter(d.applicationsOpen())) {
            throw new RuleViolation("applicationsClose", "centre.training.closeBeforeOpen");
        }
        if (d.applicationsClose().isAfter(d.startsAt())) {
            throw new RuleViolation("applicationsClose", "centre.training.closeAfterStart");
        }
    }

    private void publish(Training t, Centre centre) {
        String path = "/centre/trainings/" + t.getId();
        publishCalendar(t, centre);
        events.publishEvent(new ContentPublished(ContentType.TRAINING, "training-" + t.getId(), t.getTitle(),
                t.getProgramme().length() > 300 ? t.getProgramme().substring(0, 300) : t.getProgramme(), path,
                centre.getJstId(), Set.of(), clock.instant()));
    }

    /**
     * The training in the common calendar (again after an edit: the calendar updates its
     * entry).
     */
    private void publishCalendar(Training t, Centre centre) {
        String place = t.getPlace().isBlank() ? t.getOnlineLink() : t.getPlace();
        events.publishEvent(new CalendarEntryPublished(SOURCE, "training-" + t.getId(), CalendarEntryType.TRAINING,
                t.getTitle(), t.getProgramme(), t.getStartsAt().atZone(ClockConfig.WARSAW),
                t.getEndsAt().atZone(ClockConfig.WARSAW), place, centre.getJstId(), Set.of(),
                "/centre/trainings/" + t.getId()));
    }

    /**
     * Staff change a training's details. A capacity below the number already accepted is
     * refused; a bigger capacity of a first-come training promotes people from the
     * waiting list at once (each gets an e-mail).
     */
    public void update(long trainingId, TrainingDetails details) {
        Training training = trainings.lockById(trainingId).orElseThrow(() -> new NotFound("training"));
        Centre centre = centre(training);
        access.requireStaff(centre);
        if (training.isCancelled()) {
            throw new RuleViolation(null, "centre.training.isCancelled");
        }
        check(details);
        Training.requireStartNotMovedIntoPast(training.getStartsAt(), details.startsAt(), clock.instant());
        long accepted = applications.countByTrainingIdAndStatus(trainingId, ApplicationStatus.ACCEPTED);
        if (details.capacity() < accepted) {
            throw new RuleViolation("capacity", "centre.training.capacityBelowAccepted", accepted);
        }
        training.update(details);
        trainings.flush();
        promote(training);
        publishCalendar(training, centre);
    }

    /**
     * Staff cancel a training with a reason: it leaves the public list and the common
     * calendar, applications are no longer taken and every applicant still in (accepted,
     * waiting or pending) gets an e-mail.
     */
    public void cancelTraining(long trainingId, String reason) {
        Training training = trainings.lockById(trainingId).orElseThrow(() -> new NotFound("training"));
        AuthenticatedUser staff = access.requireStaff(centre(training));
        if (training.isCancelled()) {
            throw new RuleViolation(null, "centre.training.isCancelled");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "centre.training.cancelReasonNeeded");
        }
        if (reason.length() > MAX_CANCEL_REASON) {
            throw new RuleViolation("reason", "centre.reasonTooLong", MAX_CANCEL_REASON);
        }
        training.cancel(staff.userId(), reason.strip(), clock.instant());
        List<Long> notified = applications.allOf(trainingId)
            .stream()
            .filter(a -> a.getStatus() == ApplicationStatus.ACCEPTED || a.getStatus() == ApplicationStatus.WAITING
                    || a.getStatus() == ApplicationStatus.PENDING)
            .map(TrainingApplication::getUserId)
            .toList();
        events.publishEvent(new CalendarEntryWithdrawn(SOURCE, "training-" + trainingId));
        var start = training.getStartsAt().atZone(ClockConfig.WARSAW);
        events.publishEvent(new TrainingCancelled(trainingId, training.getTitle(),
                DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(start), reason.strip(), notified));
    }

    /**
     * Removes a question of the application form; refused (409) once the first
     * application has arrived.
     */
    public void removeQuestion(long trainingId, long questionId) {
        Training training = trainings.lockById(trainingId).orElseThrow(() -> new NotFound("training"));
        access.requireStaff(centre(training));
        TrainingQuestion question = questions.findByIdAndTrainingId(questionId, trainingId)
            .orElseThrow(() -> new NotFound("question"));
        if (applications.countByTrainingId(trainingId) > 0) {
            throw new StateConflict("centre.question.inUse", "training " + trainingId);
        }
        questions.delete(question);
    }

    /**
     * The training has been cancelled: nothing more happens to it (no accept/reject,
     * attendance or certificates).
     */
    private static void requireNotCancelled(Training training) {
        if (training.isCancelled()) {
            throw new StateConflict("centre.training.closed", "training " + training.getId());
        }
    }

    public long addQuestion(long trainingId, QuestionKind kind, String label, List<String> options, boolean required) {
        Training training = get(trainingId);
        access.requireStaff(centre(training));
        return seedQuestion(trainingId, kind, label, options, required);
    }

    public long seedQuestion(long trainingId, QuestionKind kind, String label, List<String> options, boolean required) {
        if (kind.hasOptions() && options.size() < 2) {
            throw new RuleViolation("options", "centre.question.optionsNeeded");
        }
        int position = questions.findByTrainingIdOrderByPositionAscIdAsc(trainingId).size() + 1;
        return questions
            .save(new TrainingQuestion(trainingId, position, kind, label.strip(),
                    kind.hasOptions() ? options : List.of(), required))
            .getId();
    }

    /** The current person's application, if any. */
    @Transactional(readOnly = true)
    public Optional<TrainingApplication> mine(long trainingId) {
        return permissions.currentUser().flatMap(u -> applications.findByTrainingIdAndUserId(trainingId, u.userId()));
    }

    /**
     * Applies for the training. {@code answers} maps question ids to the typed answers
     * (several choices of a multiple-choice question joined with a new line).
     */
    public ApplicationStatus apply(long trainingId, Long organizationId, Audience audience,
            Map<Long, List<String>> answers) {
        AuthenticatedUser user = permissions.requireUser();
        if (organizationId != null && !organizations.isRepresentative(user.userId(), organizationId)) {
            throw new NotAllowed("not a representative of " + organizationId);
        }
        Training training = trainings.lockById(trainingId).orElseThrow(() -> new NotFound("training"));
        Instant now = clock.instant();
        training.requireAcceptsApplications(now);
        if (applications.findByTrainingIdAndUserId(trainingId, user.userId()).isPresent()) {
            throw new RuleViolation(null, "centre.application.duplicate");
        }
        Map<Long, String> checked = checkAnswers(questions(trainingId), answers);
        ApplicationStatus status;
        if (training.getRecruitmentMode() == RecruitmentMode.SELECTION) {
            status = ApplicationStatus.PENDING;
        }
        else {
            long taken = applications.countByTrainingIdAndStatus(trainingId, ApplicationStatus.ACCEPTED);
            status = taken < training.getCapacity() ? ApplicationStatus.ACCEPTED : ApplicationStatus.WAITING;
        }
        try {
            TrainingApplication saved = applications.saveAndFlush(
                    new TrainingApplication(trainingId, user.userId(), organizationId, audience, status, now, checked));
            if (status != ApplicationStatus.PENDING) {
                events.publishEvent(new ApplicationDecided(saved.getId(), status));
            }
        }
        catch (DataIntegrityViolationException e) {
            if (SqlStates.causedBy(e, SqlStates.UNIQUE_VIOLATION)) {
                throw new RuleViolation(null, "centre.application.duplicate");
            }
            throw e;
        }
        return status;
    }

    static Map<Long, String> checkAnswers(List<TrainingQuestion> form, Map<Long, List<String>> answers) {
        List<RuleViolation> violations = new ArrayList<>();
        Map<Long, String> checked = new HashMap<>();
        for (TrainingQuestion q : form) {
            List<String> given = answers.getOrDefault(q.getId(), List.of())
                .stream()
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .toList();
            if (given.isEmpty()) {
                if (q.isRequired()) {
                    violations.add(new RuleViolation(null, "centre.answer.required", q.getLabel()));
                }
                continue;
            }
            boolean valid = switch (q.getKind()) {
                case TEXT, LONG_TEXT ->
                    given.size() == 1 && given.get(0).length() <= (q.getKind() == QuestionKind.TEXT ? 500 : MAX_ANSWER);
                case YES_NO -> given.size() == 1 && List.of("true", "false").contains(given.get(0));
                case SINGLE_CHOICE -> given.size() == 1 && q.optionList().contains(given.get(0));
                case MULTIPLE_CHOICE -> q.optionList().containsAll(given);
            };
            if (!valid) {
                violations.add(new RuleViolation(null, "centre.answer.invalid", q.getLabel()));
            }
            else {
                checked.put(q.getId(), String.join("\n", given));
            }
        }
        if (!violations.isEmpty()) {
            RuleViolation.throwIfAny(violations);
        }
        return checked;
    }

    /**
     * Cancels the current person's application; a freed seat goes to the first on the
     * waiting list.
     */
    public void cancelMine(long trainingId) {
        AuthenticatedUser user = permissions.requireUser();
        Training training = trainings.lockById(trainingId).orElseThrow(() -> new NotFound("training"));
        TrainingApplication application = applications.findByTrainingIdAndUserId(trainingId, user.userId())
            .orElseThrow(() -> new NotFound("application"));
        if (!application.getStatus().isActive()) {
            throw new RuleViolation(null, "centre.application.notActive");
        }
        boolean hadSeat = application.getStatus() == ApplicationStatus.ACCEPTED;
        application.decide(ApplicationStatus.CANCELLED, clock.instant());
        if (hadSeat) {
            applications.flush();
            promote(training);
        }
    }

    private void promote(Training training) {
        if (training.getRecruitmentMode() != RecruitmentMode.FIRST_COME) {
            return;
        }
        long taken = applications.countByTrainingIdAndStatus(training.getId(), ApplicationStatus.ACCEPTED);
        while (taken < training.getCapacity()) {
            Optional<TrainingApplication> next = applications.firstWaiting(training.getId());
            if (next.isEmpty()) {
                return;
            }
            next.get().decide(ApplicationStatus.ACCEPTED, clock.instant());
            applications.flush();
            events.publishEvent(new ApplicantPromoted(training.getId(), training.getTitle(), next.get().getUserId()));
            taken++;
        }
    }

    /** The organiser's decision on a pending (selection) or waiting application. */
    public void decide(long trainingId, long applicationId, boolean accept) {
        Training training = trainings.lockById(trainingId).orElseThrow(() -> new NotFound("training"));
        access.requireStaff(centre(training));
        requireNotCancelled(training);
        TrainingApplication application = application(trainingId, applicationId);
        if (application.getStatus() != ApplicationStatus.PENDING
                && application.getStatus() != ApplicationStatus.WAITING) {
            throw new RuleViolation(null, "centre.application.alreadyDecided");
        }
        if (accept && applications.countByTrainingIdAndStatus(trainingId, ApplicationStatus.ACCEPTED) >= training
            .getCapacity()) {
            throw new RuleViolation(null, "centre.application.full");
        }
        ApplicationStatus decision = accept ? ApplicationStatus.ACCEPTED : ApplicationStatus.REJECTED;
        application.decide(decision, clock.instant());
        events.publishEvent(new ApplicationDecided(applicationId, decision));
    }

    /**
     * Records who came: the accepted applications in {@code presentIds} are present, the
     * others are not; the training keeps when and by whom the attendance was recorded
     * (also when nobody came).
     */
    public void recordAttendance(long trainingId, Collection<Long> presentIds) {
        Training training = get(trainingId);
        AuthenticatedUser staff = access.requireStaff(centre(training));
        requireNotCancelled(training);
        training.requireStarted(clock.instant());
        training.attendanceRecorded(staff.userId(), clock.instant());
        for (TrainingApplication a : applications.allOf(trainingId)) {
            if (a.getStatus() == ApplicationStatus.ACCEPTED) {
                a.markPresent(presentIds.contains(a.getId()));
            }
        }
    }

    /**
     * An application of a present participant whose certificate the current person may
     * download, or 403.
     */
    @Transactional(readOnly = true)
    public TrainingApplication certificateOf(long trainingId, Long applicationId) {
        AuthenticatedUser user = permissions.requireUser();
        Training training = get(trainingId);
        TrainingApplication application = applicationId == null
                ? applications.findByTrainingIdAndUserId(trainingId, user.userId())
                    .orElseThrow(() -> new NotAllowed("no application"))
                : application(trainingId, applicationId);
        if (application.getUserId() != user.userId() && !access.isStaff(centre(training))) {
            throw new NotAllowed("not own certificate");
        }
        requireNotCancelled(training);
        training.requireEnded(clock.instant());
        if (!application.isPresent()) {
            throw new StateConflict("centre.certificate.notPresent", "application " + application.getId());
        }
        return application;
    }

    private TrainingApplication application(long trainingId, long applicationId) {
        return applications.findById(applicationId)
            .filter(a -> a.getTrainingId() == trainingId)
            .orElseThrow(() -> new NotFound("application"));
    }

}
