package pl.wspolnie.initiatives.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.security.AuthenticatedUser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applications for local initiatives: a resident starts one for a group (and invites the
 * co-applicants, who confirm by logging in and accepting) or a representative for their
 * NGO; the lead submits it once the group has the size of the council's resolution and
 * the intake is open; each submission is an immutable version with its SHA-256, and a
 * change after submission is a new version, never a silent edit. The JST's officials are
 * told of each submission (events handled after commit by {@link InitiativeMails}).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Initiatives {

    /** Statuses shown on the public list. */
    public static final Set<InitiativeStatus> PUBLIC = EnumSet.of(InitiativeStatus.SUBMITTED, InitiativeStatus.ACCEPTED,
            InitiativeStatus.REFUSED, InitiativeStatus.COMPLETED);

    /** A person of a group's application. */
    public record Member(long userId, String name, boolean accepted, boolean lead) {
    }

    /**
     * The residents' planned contribution valued: social work (hours × the rate in
     * force), in kind, in cash; and the estimated value of what the JST provides.
     */
    public record Totals(BigDecimal hours, BigDecimal rate, BigDecimal socialWork, BigDecimal inKind, BigDecimal cash,
            BigDecimal contribution, BigDecimal requested) {

        static Totals of(Initiative i, BigDecimal rate) {
            BigDecimal hours = i.getSocialWorkHours();
            BigDecimal work = rate == null ? BigDecimal.ZERO.setScale(2)
                    : hours.multiply(rate).setScale(2, RoundingMode.HALF_UP);
            BigDecimal requested = i.getRequests()
                .stream()
                .map(JstRequest::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
            return new Totals(hours, rate, work, i.getInKindValue(), i.getCash(),
                    work.add(i.getInKindValue()).add(i.getCash()), requested);
        }

    }

    /** An application as its page shows it. */
    public record View(Initiative initiative, String jstName, String organizationName, String leadName,
            List<Member> members, List<InitiativeVersion> versions, Totals totals, InitiativeSettings settings,
            boolean mayEdit, boolean official, boolean invited) {

        public long accepted() {
            return members.stream().filter(Member::accepted).count();
        }

    }

    /** A line of a JST's public list, with its first photo if any. */
    public record Row(long id, String title, Area area, InitiativeStatus status, String place, LocalDate startsOn,
            LocalDate endsOn, String applicant, Thumb photo) {
    }

    /** The first photo of an initiative's report. */
    public record Thumb(long initiativeId, long id, String altText) {
    }

    private final InitiativeRepository initiatives;

    private final InitiativeMemberRepository members;

    private final InitiativeVersionRepository versions;

    private final InitiativePhotoRepository photos;

    private final Resolutions resolutions;

    private final InitiativeAccess access;

    private final Accounts accounts;

    private final Organizations organizations;

    private final Jsts jsts;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    /** The settings of the JST, or a conflict when its official has not entered them. */
    @Transactional(readOnly = true)
    public InitiativeSettings settingsOf(long jstId) {
        return resolutions.of(jstId).orElseThrow(() -> new StateConflict("initiatives.noSettings", "jst " + jstId));
    }

    /** The organisations the current person may apply through. */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> organizationsOfCurrentUser() {
        AuthenticatedUser user = access.requireUser();
        return List.copyOf(organizations.findAll(organizations.representedBy(user.userId())).values());
    }

    /**
     * A resident starts a group's application (and leads it), or a representative one
     * through their NGO; returns its id.
     */
    public long create(long jstId, Long organizationId, InitiativeDetails details) {
        AuthenticatedUser user = access.requireUser();
        jsts.get(jstId);
        settingsOf(jstId);
        if (organizationId != null && !organizations.isRepresentative(user.userId(), organizationId)) {
            throw new NotAllowed("not a representative of organization " + organizationId);
        }
        return save(jstId, user.userId(), organizationId, details);
    }

    private long save(long jstId, long userId, Long organizationId, InitiativeDetails details) {
        ApplicationRules.Content content = ApplicationRules.read(details, false);
        Initiative initiative = new Initiative(jstId, userId, organizationId, clock.instant());
        initiative.apply(content);
        initiatives.saveAndFlush(initiative);
        members.save(new InitiativeMember(initiative, userId, clock.instant(), true));
        return initiative.getId();
    }

    private Initiative get(long id) {
        return initiatives.findById(id).orElseThrow(() -> new NotFound("initiative " + id));
    }

    /** True when the current person leads the application (or represents its NGO). */
    private boolean mayEdit(Initiative i) {
        return access.currentUser()
            .map(u -> i.isByOrganization() ? organizations.isRepresentative(u.userId(), i.getOrganizationId())
                    : i.getLeadUserId() == u.userId())
            .orElse(false);
    }

    private Initiative requireApplicant(long id, boolean lock) {
        AuthenticatedUser user = access.requireUser();
        Initiative i = lock ? initiatives.findForUpdate(id).orElseThrow(() -> new NotFound("initiative " + id))
                : get(id);
        if (!mayEdit(i)) {
            throw new NotAllowed("user " + user.userId() + " does not lead initiative " + id);
        }
        return i;
    }

    /** The application for its lead's form; 403 for others, 409 once decided. */
    @Transactional(readOnly = true)
    public Initiative forEdit(long id) {
        Initiative i = requireApplicant(id, false);
        i.requireOpen();
        return i;
    }

    /**
     * The lead saves the application: a draft is saved as it is; a submitted application
     * is checked in full and submitted again as a new version.
     */
    public void update(long id, InitiativeDetails details) {
        Initiative i = requireApplicant(id, true);
        i.requireOpen();
        if (i.isDraft()) {
            i.apply(ApplicationRules.read(details, false));
        }
        else {
            i.apply(ApplicationRules.read(details, true));
            submitChecked(i);
        }
    }

    /**
     * The lead submits the application: complete, with a group of the resolution's size
     * (residents' applications), while the intake is open, with an hourly rate in force
     * when social work is planned.
     */
    public int submit(long id) {
        Initiative i = requireApplicant(id, true);
        i.requireOpen();
        ApplicationRules.read(i.details(), true);
        return submitChecked(i);
    }

    private int submitChecked(Initiative i) {
        InitiativeSettings settings = settingsOf(i.getJstId());
        LocalDate today = LocalDate.now(clock);
        if (!i.isByOrganization()) {
            long accepted = members.countByInitiativeIdAndAcceptedAtIsNotNull(i.getId());
            if (accepted < settings.getMinGroupSize()) {
                throw new RuleViolation(null, "initiatives.application.groupTooSmall", accepted,
                        settings.getMinGroupSize());
            }
        }
        if (!settings.takesApplicationsOn(today)) {
            Round next = settings.nextRound(today);
            throw next == null ? new RuleViolation(null, "initiatives.application.intakeClosed")
                    : new RuleViolation(null, "initiatives.application.intakeOpensOn",
                            next.opensOn().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        }
        BigDecimal rate = resolutions.rateOn(i.getJstId(), today).map(HourlyRate::getRate).orElse(null);
        if (rate == null && i.getSocialWorkHours().signum() > 0) {
            throw new RuleViolation("socialWorkHours", "initiatives.application.noRate");
        }
        int number = i.submitted(clock.instant());
        initiatives.saveAndFlush(i);
        versions.save(new InitiativeVersion(i, number, rate, clock.instant()));
        events.publishEvent(new InitiativeEvents.Submitted(i.getId(), number));
        return number;
    }

    /** The lead invites a co-applicant by the e-mail of their account. */
    public void invite(long id, String email) {
        Initiative i = requireApplicant(id, true);
        if (i.isByOrganization() || !i.isDraft()) {
            throw new StateConflict("initiatives.members.closed", "initiative " + id);
        }
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            throw new RuleViolation("email", "initiatives.required");
        }
        AccountSummary account = accounts.findByEmail(address)
            .orElseThrow(() -> new RuleViolation("email", "initiatives.members.noAccount"));
        if (members.findByInitiativeIdAndUserId(id, account.id()).isPresent()) {
            throw new RuleViolation("email", "initiatives.members.already");
        }
        try {
            members.saveAndFlush(new InitiativeMember(i, account.id(), clock.instant(), false));
        }
        catch (DataIntegrityViolationException e) {
            throw new RuleViolation("email", "initiatives.members.already");
        }
        events.publishEvent(new InitiativeEvents.Invited(id, account.id()));
    }

    /**
     * An invited resident confirms they apply with the group; 403 for anyone not invited.
     */
    public void accept(long id) {
        AuthenticatedUser user = access.requireUser();
        Initiative i = get(id);
        InitiativeMember member = members.findByInitiativeIdAndUserId(id, user.userId())
            .orElseThrow(() -> new NotAllowed("not invited to initiative " + id));
        if (!i.isDraft()) {
            throw new StateConflict("initiatives.members.closed", "initiative " + id);
        }
        member.accept(clock.instant());
    }

    /** The lead removes a co-applicant who has not yet been counted in a submission. */
    public void removeMember(long id, long userId) {
        Initiative i = requireApplicant(id, true);
        if (!i.isDraft() || userId == i.getLeadUserId()) {
            throw new StateConflict("initiatives.members.closed", "initiative " + id);
        }
        members.findByInitiativeIdAndUserId(id, userId).ifPresent(members::delete);
    }

    /**
     * The application's page: drafts only to their applicants (and those invited);
     * submitted ones to everybody.
     */
    @Transactional(readOnly = true)
    public View view(long id) {
        Initiative i = get(id);
        Optional<AuthenticatedUser> user = access.currentUser();
        List<InitiativeMember> list = members.findByInitiativeIdOrderByIdAsc(id);
        boolean edit = mayEdit(i);
        boolean listed = user.map(u -> list.stream().anyMatch(m -> m.getUserId() == u.userId())).orElse(false);
        boolean official = access.isOfficial(i.getJstId());
        if (i.isDraft() && !edit && !listed) {
            throw user.isEmpty() ? new NotAllowed("draft initiative " + id)
                    : new NotAllowed("draft initiative " + id + " of others");
        }
        Map<Long, AccountSummary> people = accounts.findAll(list.stream().map(InitiativeMember::getUserId).toList());
        List<Member> shown = list.stream()
            .map(m -> new Member(m.getUserId(),
                    Optional.ofNullable(people.get(m.getUserId())).map(AccountSummary::displayName).orElse("?"),
                    m.isAccepted(), m.getUserId() == i.getLeadUserId()))
            .toList();
        boolean invited = user.map(u -> list.stream().anyMatch(m -> m.getUserId() == u.userId() && !m.isAccepted()))
            .orElse(false);
        List<InitiativeVersion> kept = versions.findByInitiativeIdOrderByNumberDesc(id);
        String organization = i.isByOrganization()
                ? organizations.find(i.getOrganizationId()).map(OrganizationSummary::name).orElse("?") : null;
        String lead = Optional.ofNullable(people.get(i.getLeadUserId())).map(AccountSummary::displayName).orElse("?");
        return new View(i, jsts.get(i.getJstId()).name(), organization, lead, shown, kept, totals(i, kept),
                resolutions.of(i.getJstId()).orElse(null), edit && i.isOpen(), official, invited);
    }

    /**
     * The application for its agreement: accepted (or carried out), shown to the JST's
     * officials and to the applicants only.
     */
    @Transactional(readOnly = true)
    public View agreement(long id) {
        Initiative i = get(id);
        access.requireUser();
        boolean applicant = mayEdit(i)
                || access.currentUser().map(u -> acceptedMembers(id).contains(u.userId())).orElse(false);
        if (!applicant && !access.isOfficial(i.getJstId())) {
            throw new NotAllowed("not a party to the agreement of initiative " + id);
        }
        if (!i.isAgreed()) {
            throw new StateConflict("initiatives.agreement.notAccepted", "initiative " + id);
        }
        return view(id);
    }

    /** The JST's applications past the draft, newest first (public). */
    @Transactional(readOnly = true)
    public List<Row> list(long jstId) {
        List<Initiative> found = initiatives.findByJstIdAndStatusInOrderBySubmittedAtDescIdDesc(jstId, PUBLIC);
        Map<Long, OrganizationSummary> orgs = organizations
            .findAll(found.stream().map(Initiative::getOrganizationId).filter(Objects::nonNull).toList());
        Map<Long, Thumb> thumbs = found.isEmpty() ? Map.of()
                : photos.firstOf(found.stream().map(Initiative::getId).toList())
                    .stream()
                    .collect(Collectors.toMap(Thumb::initiativeId, t -> t));
        return found.stream()
            .map(i -> new Row(i.getId(), i.getTitle(), i.getArea(), i.getStatus(), i.getPlace(), i.getStartsOn(),
                    i.getEndsOn(),
                    i.isByOrganization() ? Optional.ofNullable(orgs.get(i.getOrganizationId()))
                        .map(OrganizationSummary::name)
                        .orElse("?") : null,
                    thumbs.get(i.getId())))
            .toList();
    }

    /** The applications the current person leads, is in, or represents the NGO of. */
    @Transactional(readOnly = true)
    public List<Initiative> mine() {
        AuthenticatedUser user = access.requireUser();
        Set<Long> orgs = organizations.representedBy(user.userId());
        return initiatives.findOf(user.userId(), orgs.isEmpty() ? Set.of(-1L) : orgs);
    }

    /**
     * Demo data: a group's application with its members accepted, submitted, no checks of
     * permission, nobody told.
     */
    public long seed(long jstId, long leadId, List<Long> coApplicants, InitiativeDetails details) {
        long id = save(jstId, leadId, null, details);
        Initiative i = get(id);
        coApplicants.forEach(u -> members.save(new InitiativeMember(i, u, clock.instant(), true)));
        members.flush();
        i.apply(ApplicationRules.read(details, true));
        BigDecimal rate = resolutions.rateOn(jstId, LocalDate.now(clock)).map(HourlyRate::getRate).orElse(null);
        int number = i.submitted(clock.instant());
        initiatives.saveAndFlush(i);
        versions.save(new InitiativeVersion(i, number, rate, clock.instant()));
        return id;
    }

    Initiative initiative(long id) {
        return get(id);
    }

    Initiative initiativeForUpdate(long id) {
        return initiatives.findForUpdate(id).orElseThrow(() -> new NotFound("initiative " + id));
    }

    /**
     * The planned contribution valued at the rate of the last submitted version (of today
     * for a draft).
     */
    Totals totals(Initiative i, List<InitiativeVersion> kept) {
        BigDecimal rate = kept.isEmpty()
                ? resolutions.rateOn(i.getJstId(), LocalDate.now(clock)).map(HourlyRate::getRate).orElse(null)
                : kept.get(0).getHourlyRate();
        return Totals.of(i, rate);
    }

    Totals totals(Initiative i) {
        return totals(i, versions.findByInitiativeIdOrderByNumberDesc(i.getId()));
    }

    /**
     * True when the current person leads, confirmed their part in, or represents the NGO
     * of the application.
     */
    boolean isParty(Initiative i) {
        return mayEdit(i)
                || access.currentUser().map(u -> acceptedMembers(i.getId()).contains(u.userId())).orElse(false);
    }

    boolean mayEditAsApplicant(Initiative i) {
        return mayEdit(i);
    }

    List<Long> acceptedMembers(long id) {
        return members.findByInitiativeIdOrderByIdAsc(id)
            .stream()
            .filter(InitiativeMember::isAccepted)
            .map(InitiativeMember::getUserId)
            .toList();
    }

}
