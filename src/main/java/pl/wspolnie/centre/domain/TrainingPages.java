package pl.wspolnie.centre.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.organizations.LegalForm;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.time.ClockConfig;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the training pages show to the person looking at them, each read in one read-only
 * transaction: the public page with the application form, the organiser's page, the
 * attendance list, the training form and the certificate.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TrainingPages {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * The public page: the training, its centre, the application form, this person's
     * application (or null), whether they are staff, whether it has ended, the audiences
     * to choose from and the organisations they represent (by name).
     */
    public record TrainingPage(Training training, Centre centre, List<TrainingQuestion> questions,
            TrainingApplication mine, boolean staff, boolean ended, List<Audience> audiences,
            List<OrganizationSummary> myOrganizations) {
    }

    /**
     * The organiser's page: the applications with their people, organisations and
     * answers, and the accepted ones counted by audience and by legal form (each
     * organisation once).
     */
    public record ManagePage(Training training, List<TrainingQuestion> questions, List<Row> rows, boolean started,
            boolean ended, String startText, Map<Audience, Long> byAudience, Map<LegalForm, Long> byForm) {
    }

    /** One row of the organiser's list of applications, with the answers to the form. */
    public record Row(TrainingApplication application, String name, String email, String organization,
            LegalForm legalForm, List<Answer> answers) {
    }

    /**
     * An answer as the organiser reads it: the question and the text (yes/no in words,
     * several choices joined).
     */
    public record Answer(String question, String text) {
    }

    /** The attendance list: the accepted participants by name (Polish order). */
    public record AttendancePage(Training training, List<Row> rows, String dateText) {
    }

    /** The training form: the centre, and the training when it is edited (else null). */
    public record FormPage(Centre centre, Training training) {
    }

    /** A certificate of a present participant: their name and the hours in words. */
    public record CertificatePage(Training training, Centre centre, String participant, String dateText, String hours) {
    }

    private final Trainings trainings;

    private final TrainingRepository repository;

    private final TrainingQuestionRepository questions;

    private final TrainingApplicationRepository applications;

    private final CentreRepository centres;

    private final CentreAccess access;

    private final Permissions permissions;

    private final Organizations organizations;

    private final Accounts accounts;

    private final MessageSource messages;

    private final Clock clock;

    /** The public page of a training (404 for an unknown one). */
    public TrainingPage show(long id) {
        Training training = trainings.get(id);
        Centre centre = centre(training);
        List<OrganizationSummary> mine = permissions.currentUser()
            .map(u -> organizations.findAll(organizations.representedBy(u.userId()))
                .values()
                .stream()
                .sorted(Comparator.comparing(OrganizationSummary::name))
                .toList())
            .orElse(List.of());
        return new TrainingPage(training, centre, questions.findByTrainingIdOrderByPositionAscIdAsc(id),
                trainings.mine(id).orElse(null), access.isStaff(centre), training.hasEnded(clock.instant()),
                training.audienceSet().isEmpty() ? Arrays.asList(Audience.values())
                        : List.copyOf(training.audienceSet()),
                mine);
    }

    /**
     * The organiser's page (403 for anyone but the centre's staff): the applications with
     * their answers, people and organisations each read in one query.
     */
    public ManagePage manage(long id, Locale locale) {
        Training training = staffTraining(id);
        List<TrainingApplication> all = applications.allWithAnswers(id);
        List<TrainingQuestion> form = questions.findByTrainingIdOrderByPositionAscIdAsc(id);
        Map<Long, AccountSummary> people = accounts.findAll(all.stream().map(TrainingApplication::getUserId).toList());
        Map<Long, OrganizationSummary> orgs = organizationsOf(all);
        List<Row> rows = new ArrayList<>();
        Map<Audience, Long> byAudience = new EnumMap<>(Audience.class);
        Map<LegalForm, Long> byForm = new EnumMap<>(LegalForm.class);
        Set<Long> orgsAccepted = new HashSet<>();
        for (TrainingApplication a : all) {
            AccountSummary person = people.get(a.getUserId());
            OrganizationSummary org = a.getOrganizationId() == null ? null : orgs.get(a.getOrganizationId());
            rows.add(new Row(a, person == null ? "" : person.displayName(), person == null ? "" : person.email(),
                    org == null ? "" : org.name(), org == null ? null : org.legalForm(), answers(form, a, locale)));
            if (a.getStatus() == ApplicationStatus.ACCEPTED) {
                byAudience.merge(a.getAudience(), 1L, Long::sum);
                if (org != null && orgsAccepted.add(org.id())) {
                    byForm.merge(org.legalForm(), 1L, Long::sum);
                }
            }
        }
        Instant now = clock.instant();
        return new ManagePage(training, form, rows, training.hasStarted(now), training.hasEnded(now), when(training),
                byAudience, byForm);
    }

    /** The attendance list of the accepted participants, for the centre's staff (403). */
    public AttendancePage attendance(long id) {
        Training training = staffTraining(id);
        List<TrainingApplication> accepted = applications.allOf(id)
            .stream()
            .filter(a -> a.getStatus() == ApplicationStatus.ACCEPTED)
            .toList();
        Map<Long, AccountSummary> people = accounts
            .findAll(accepted.stream().map(TrainingApplication::getUserId).toList());
        Map<Long, OrganizationSummary> orgs = organizationsOf(accepted);
        List<Row> rows = accepted.stream()
            .map(a -> new Row(a, people.containsKey(a.getUserId()) ? people.get(a.getUserId()).displayName() : "", "",
                    a.getOrganizationId() != null && orgs.containsKey(a.getOrganizationId())
                            ? orgs.get(a.getOrganizationId()).name() : "",
                    null, List.of()))
            .sorted(Comparator.comparing(Row::name, Collator.getInstance(POLISH)))
            .toList();
        return new AttendancePage(training, rows, when(training));
    }

    /** The form of a new training of the centre, for its staff (403; 404 for none). */
    public FormPage newForm(long centreId) {
        Centre centre = centres.findById(centreId).orElseThrow(() -> new NotFound("centre"));
        requireStaff(centre);
        return new FormPage(centre, null);
    }

    /** The form editing a training, for the centre's staff (403). */
    public FormPage editForm(long id) {
        Training training = trainings.get(id);
        Centre centre = centre(training);
        requireStaff(centre);
        return new FormPage(centre, training);
    }

    /**
     * The certificate of a present participant (this person's own when
     * {@code applicationId} is null): refused as {@link Trainings#certificateOf} refuses.
     */
    public CertificatePage certificate(long id, Long applicationId) {
        TrainingApplication application = trainings.certificateOf(id, applicationId);
        Training training = trainings.get(id);
        String name = accounts.find(application.getUserId()).map(AccountSummary::displayName).orElse("");
        long minutes = Duration.between(training.getStartsAt(), training.getEndsAt()).toMinutes();
        return new CertificatePage(training, centre(training), name, when(training),
                minutes / 60 + (minutes % 60 == 0 ? "" : String.format(",%02d", minutes % 60 * 100 / 60)));
    }

    /** When the training takes place, as the organiser's pages and the PDFs print it. */
    public static String when(Training t) {
        var start = t.getStartsAt().atZone(ClockConfig.WARSAW);
        var end = t.getEndsAt().atZone(ClockConfig.WARSAW);
        return start.toLocalDate().equals(end.toLocalDate())
                ? DATE.format(start) + ", " + TIME.format(start) + "–" + TIME.format(end)
                : DATE.format(start) + " " + TIME.format(start) + " – " + DATE.format(end) + " " + TIME.format(end);
    }

    private Training staffTraining(long id) {
        Training training = trainings.get(id);
        requireStaff(centre(training));
        return training;
    }

    private void requireStaff(Centre centre) {
        permissions.requireUser();
        if (!access.isStaff(centre)) {
            throw new NotAllowed("not staff");
        }
    }

    private Centre centre(Training training) {
        return centres.findById(training.getCentreId()).orElseThrow();
    }

    private Map<Long, OrganizationSummary> organizationsOf(List<TrainingApplication> applications) {
        return organizations.findAll(new HashSet<>(
                applications.stream().map(TrainingApplication::getOrganizationId).filter(Objects::nonNull).toList()));
    }

    /** The person's answers in the order of the form, unanswered questions left out. */
    private List<Answer> answers(List<TrainingQuestion> form, TrainingApplication application, Locale locale) {
        List<Answer> answers = new ArrayList<>();
        for (TrainingQuestion q : form) {
            String given = application.getAnswers().get(q.getId());
            if (given == null || given.isBlank()) {
                continue;
            }
            String text = switch (q.getKind()) {
                case YES_NO -> messages.getMessage("true".equals(given) ? "common.yes" : "common.no", null, locale);
                case MULTIPLE_CHOICE -> String.join(", ", given.lines().toList());
                default -> given;
            };
            answers.add(new Answer(q.getLabel(), text));
        }
        return answers;
    }

}
