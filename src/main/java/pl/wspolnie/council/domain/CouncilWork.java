package pl.wspolnie.council.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.consultations.ConsultationOpinion;
import pl.wspolnie.consultations.Consultations;
import pl.wspolnie.council.CouncilSettings;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.JstType;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.events.CalendarEntryPublished;
import pl.wspolnie.shared.events.CalendarEntryType;
import pl.wspolnie.shared.events.ContentPublished;
import pl.wspolnie.shared.events.ContentType;
import pl.wspolnie.shared.scheduling.JobLocks;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pl.wspolnie.shared.events.CalendarEntryWithdrawn;

/**
 * The council's use cases: requests to create it, composition, requests for opinion and
 * their lapse, meetings.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CouncilWork {

    /** Where a JST stands with the NGOs' request to create its council. */
    public record CreationRequests(List<CouncilRequest> requests, int needed, LocalDate deadline) {
        public boolean reached() {
            return requests.size() >= needed;
        }
    }

    private final CouncilRequestRepository requests;

    private final CouncilTermRepository terms;

    private final CouncilMemberRepository members;

    private final OpinionRequestRepository opinions;

    private final CouncilMeetingRepository meetings;

    private final Permissions permissions;

    private final Organizations organizations;

    private final Consultations consultations;

    private final Jsts jsts;

    private final CouncilSettings settings;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public CouncilSettings settings() {
        return settings;
    }

    public boolean isOfficial(long jstId) {
        return permissions.currentUser().isPresent()
                && (permissions.has(Role.OFFICIAL, jstId) || permissions.has(Role.LIAISON_OFFICER, jstId));
    }

    public void requireOfficial(long jstId) {
        permissions.require(jstId, Role.OFFICIAL, Role.LIAISON_OFFICER);
    }

    /** Council members record opinions; so may the office on their behalf. */
    public boolean mayRecordOpinion(long jstId) {
        return permissions.currentUser().isPresent()
                && (permissions.has(Role.COUNCIL_MEMBER, jstId) || isOfficial(jstId));
    }

    public void requireJst(long jstId) {
        if (!jsts.exists(jstId)) {
            throw new NotFound("JST " + jstId);
        }
    }

    // ---- creation requests
    // --------------------------------------------------------------------------------------

    /**
     * An NGO joins the request to create the council (art. 41e ust. 1): only a verified
     * organisation active in that JST (its seat in the JST or in a unit below it) counts,
     * and the same organisation counts once whoever files it. When the request reaches
     * the threshold the JST's officials are told (after commit).
     */
    public boolean requestCreation(long jstId, long organizationId) {
        requireJst(jstId);
        AuthenticatedUser user = permissions.requireUser();
        if (!organizations.isRepresentative(user.userId(), organizationId)) {
            throw new NotAllowed("not a representative of " + organizationId);
        }
        OrganizationSummary org = organizations.find(organizationId)
            .orElseThrow(() -> new NotFound("organization " + organizationId));
        if (!org.verified()) {
            throw new RuleViolation("organizationId", "council.request.unverified", org.name());
        }
        if (!jsts.selfAndDescendants(jstId).contains(org.gminaId())) {
            throw new RuleViolation("organizationId", "council.request.otherJst", org.name());
        }
        if (requests.existsByJstIdAndOrganizationId(jstId, organizationId)) {
            return false;
        }
        requests.saveAndFlush(new CouncilRequest(jstId, organizationId, user.userId(), clock.instant()));
        CreationRequests now = creationRequests(jstId);
        if (now.requests().size() == now.needed()) {
            events.publishEvent(new CouncilEvents.CreationRequestsReached(jstId, now.needed(), now.deadline()));
        }
        return true;
    }

    /**
     * The requests that count: of organisations still verified and active in the JST, one
     * per organisation, against the threshold of the JST's type.
     */
    @Transactional(readOnly = true)
    public CreationRequests creationRequests(long jstId) {
        List<CouncilRequest> all = requests.findByJstIdOrderByRequestedAt(jstId);
        return creationRequests(jstId, all,
                organizations.findAll(all.stream().map(CouncilRequest::getOrganizationId).toList()));
    }

    /**
     * The same from the JST's requests already read and a map holding (at least) their
     * organisations.
     */
    CreationRequests creationRequests(long jstId, List<CouncilRequest> all, Map<Long, OrganizationSummary> orgs) {
        Set<Long> area = jsts.selfAndDescendants(jstId);
        List<CouncilRequest> list = all.stream().filter(r -> {
            OrganizationSummary o = orgs.get(r.getOrganizationId());
            return o != null && o.verified() && area.contains(o.gminaId());
        }).toList();
        int needed = settings.requestsNeeded(jstType(jstId));
        LocalDate deadline = null;
        if (list.size() >= needed) {
            Instant reachedAt = list.get(needed - 1).getRequestedAt();
            deadline = reachedAt.atZone(ClockConfig.WARSAW).toLocalDate().plusMonths(settings.creationMonths());
        }
        return new CreationRequests(list, needed, deadline);
    }

    /** The JST's type (a gmina when unknown). */
    public JstType jstType(long jstId) {
        return jsts.find(jstId).map(JstSummary::type).orElse(JstType.GMINA);
    }

    /**
     * Days the JST's council has for an opinion, counted from the delivery of the
     * request.
     */
    public int opinionDays(long jstId) {
        return settings.opinionDays(jstType(jstId));
    }

    // ---- composition
    // --------------------------------------------------------------------------------------------

    /**
     * Saves a new term with its members; refused when fewer than half the members come
     * from NGOs.
     */
    public long saveComposition(long jstId, LocalDate startsOn, List<String> ngoMembers, List<String> jstMembers) {
        requireOfficial(jstId);
        if (ngoMembers.isEmpty()) {
            throw new RuleViolation("ngoMembers", "council.composition.noNgo");
        }
        if (ngoMembers.size() * 2 < ngoMembers.size() + jstMembers.size()) {
            throw new RuleViolation("ngoMembers", "council.composition.halfNgo", ngoMembers.size(),
                    ngoMembers.size() + jstMembers.size());
        }
        CouncilTerm term = terms.save(new CouncilTerm(jstId, startsOn,
                startsOn.plusYears(settings.termYears()).minusDays(1), clock.instant()));
        int position = 0;
        for (String name : ngoMembers) {
            members.save(new CouncilMember(term.getId(), ++position, name, CouncilMember.Side.NGO));
        }
        for (String name : jstMembers) {
            members.save(new CouncilMember(term.getId(), ++position, name, CouncilMember.Side.JST));
        }
        return term.getId();
    }

    /**
     * A member of one of the JST's terms, for its official; 404 for a member of another
     * JST.
     */
    @Transactional(readOnly = true)
    public CouncilMember member(long jstId, long memberId) {
        requireOfficial(jstId);
        CouncilMember m = members.findById(memberId).orElseThrow(() -> new NotFound("member " + memberId));
        terms.findById(m.getTermId())
            .filter(t -> t.getJstId() == jstId)
            .orElseThrow(() -> new NotFound("member " + memberId));
        return m;
    }

    /**
     * Corrects a member's name or side; refused when the council would have fewer than
     * half NGO members.
     */
    public void editMember(long jstId, long memberId, String name, CouncilMember.Side side) {
        CouncilMember m = member(jstId, memberId);
        if (!m.isActive()) {
            throw new RuleViolation(null, "council.member.ended");
        }
        m.edit(name.strip(), side);
        requireHalfNgo(m.getTermId(), "side");
    }

    /**
     * Ends a membership on the given day; refused when the council would be left with
     * fewer than half NGO members.
     */
    public void endMembership(long jstId, long memberId, LocalDate on) {
        CouncilMember m = member(jstId, memberId);
        if (!m.isActive()) {
            throw new RuleViolation(null, "council.member.ended");
        }
        m.end(on);
        requireHalfNgo(m.getTermId(), null);
    }

    /**
     * Appoints a member to the JST's current term (e.g. in place of one whose membership
     * ended).
     */
    public long addMember(long jstId, String name, CouncilMember.Side side) {
        requireOfficial(jstId);
        CouncilTerm term = currentTerm(jstId).orElseThrow(() -> new RuleViolation(null, "council.member.noTerm"));
        int position = members.findByTermIdOrderByPosition(term.getId()).size() + 1;
        CouncilMember m = members.save(new CouncilMember(term.getId(), position, name.strip(), side));
        requireHalfNgo(term.getId(), "side");
        return m.getId();
    }

    /**
     * The statutory rule on the members still in office after a change (the change rolls
     * back when it fails).
     */
    private void requireHalfNgo(long termId, String field) {
        members.flush();
        List<CouncilMember> active = members.findByTermIdOrderByPosition(termId)
            .stream()
            .filter(CouncilMember::isActive)
            .toList();
        long ngo = active.stream().filter(x -> x.getSide() == CouncilMember.Side.NGO).count();
        if (ngo == 0 || ngo * 2 < active.size()) {
            throw new RuleViolation(field, "council.member.halfNgo", ngo, active.size());
        }
    }

    @Transactional(readOnly = true)
    public Optional<CouncilTerm> currentTerm(long jstId) {
        return terms.findFirstByJstIdOrderByStartsOnDescIdDesc(jstId);
    }

    @Transactional(readOnly = true)
    public List<CouncilMember> members(long termId) {
        return members.findByTermIdOrderByPosition(termId);
    }

    // ---- opinions
    // -----------------------------------------------------------------------------------------------

    public long requestOpinion(long jstId, String subject, Long consultationId) {
        requireOfficial(jstId);
        if (consultationId != null) {
            boolean ours = consultations.find(consultationId).map(c -> c.jstId() == jstId).orElse(false);
            if (!ours) {
                throw new RuleViolation("consultationId", "council.opinion.unknownConsultation");
            }
        }
        OpinionRequest r = opinions.save(new OpinionRequest(jstId, subject.strip(), consultationId, clock.instant(),
                today().plusDays(opinionDays(jstId))));
        events.publishEvent(new CouncilEvents.OpinionRequested(r.getId(), jstId, r.getSubject()));
        return r.getId();
    }

    /**
     * Records that the council members were told of the request: the deadline runs from
     * that day (art. 41g: 14 days, 30 for the regional council, from delivery).
     */
    LocalDate delivered(long requestId) {
        OpinionRequest r = opinions.findById(requestId).orElseThrow(() -> new NotFound("request " + requestId));
        r.delivered(clock.instant(), today().plusDays(opinionDays(r.getJstId())));
        return r.getDeadline();
    }

    /** A request of the JST for its official; 404 for a request of another JST. */
    @Transactional(readOnly = true)
    public OpinionRequest opinionRequest(long jstId, long requestId) {
        requireOfficial(jstId);
        return opinions.findById(requestId)
            .filter(o -> o.getJstId() == jstId)
            .orElseThrow(() -> new NotFound("opinion request " + requestId));
    }

    /**
     * Corrects the subject or the consultation of a request still waiting for the opinion
     * (else 409).
     */
    public void editOpinionRequest(long jstId, long requestId, String subject, Long consultationId) {
        OpinionRequest r = opinionRequest(jstId, requestId);
        if (consultationId != null) {
            boolean ours = consultations.find(consultationId).map(c -> c.jstId() == jstId).orElse(false);
            if (!ours) {
                throw new RuleViolation("consultationId", "council.opinion.unknownConsultation");
            }
        }
        r.edit(subject.strip(), consultationId, today());
    }

    /**
     * Withdraws a request still waiting for the opinion (else 409); it no longer shows on
     * the consultation.
     */
    public void withdrawOpinionRequest(long jstId, long requestId) {
        opinionRequest(jstId, requestId).withdraw(today(), clock.instant());
    }

    public void giveOpinion(long jstId, long requestId, String text) {
        if (!mayRecordOpinion(jstId)) {
            permissions.requireUser();
            throw new NotAllowed("not a council member of " + jstId);
        }
        OpinionRequest r = opinions.findById(requestId)
            .filter(o -> o.getJstId() == jstId)
            .orElseThrow(() -> new NotFound("opinion request " + requestId));
        Instant now = clock.instant();
        r.give(text.strip(), today(), now);
        events.publishEvent(new ContentPublished(ContentType.COUNCIL, "opinion-" + r.getId(), r.getSubject(),
                text.length() > 300 ? text.substring(0, 300) : text.strip(),
                "/council/" + jstId + "#opinion-" + r.getId(), jstId, Set.of(), now));
    }

    /** Nightly (wspolnie.council.lapse-cron), on one instance. */
    @Scheduled(cron = "${wspolnie.council.lapse-cron:0 10 0 * * *}", zone = "Europe/Warsaw")
    @SchedulerLock(name = "council.opinion-lapse", lockAtLeastFor = JobLocks.CRON_AT_LEAST)
    public void lapseScheduled() {
        lapseOverdue();
    }

    /**
     * Marks every request past its deadline as "no opinion within the deadline"; returns
     * how many (tests call it).
     */
    public int lapseOverdue() {
        LocalDate today = today();
        Instant now = clock.instant();
        int lapsed = 0;
        for (OpinionRequest r : opinions.findByStatusAndDeadlineBefore(OpinionRequest.Status.REQUESTED, today)) {
            if (r.lapseIfOverdue(today, now)) {
                lapsed++;
            }
        }
        return lapsed;
    }

    @Transactional(readOnly = true)
    public List<OpinionRequest> opinionRequests(long jstId) {
        return opinions.findByJstIdOrderByRequestedAtDesc(jstId);
    }

    @Transactional(readOnly = true)
    public List<ConsultationOpinion> opinionsOn(long consultationId) {
        LocalDate today = today();
        List<ConsultationOpinion> list = new ArrayList<>();
        for (OpinionRequest r : opinions.findByConsultationIdOrderByRequestedAt(consultationId)) {
            OpinionRequest.Status s = r.statusOn(today);
            if (s == OpinionRequest.Status.WITHDRAWN) {
                continue;
            }
            list.add(new ConsultationOpinion(r.getSubject(),
                    r.getRequestedAt().atZone(ClockConfig.WARSAW).toLocalDate(), r.getDeadline(),
                    s == OpinionRequest.Status.REQUESTED ? "PENDING" : s.name(), r.getOpinion(), r.getDecidedAt()));
        }
        return list;
    }

    @Transactional(readOnly = true)
    public int[] countsInYear(long jstId, int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ClockConfig.WARSAW).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ClockConfig.WARSAW).toInstant();
        LocalDate today = today();
        int given = 0;
        int lapsed = 0;
        List<OpinionRequest> list = opinions.requestedBetween(jstId, from, to)
            .stream()
            .filter(r -> r.getStatus() != OpinionRequest.Status.WITHDRAWN)
            .toList();
        for (OpinionRequest r : list) {
            OpinionRequest.Status s = r.statusOn(today);
            if (s == OpinionRequest.Status.GIVEN)
                given++;
            if (s == OpinionRequest.Status.LAPSED)
                lapsed++;
        }
        return new int[] { list.size(), given, lapsed };
    }

    // ---- meetings
    // -----------------------------------------------------------------------------------------------

    public long addMeeting(long jstId, LocalDateTime startsAt, String place, String agenda, String minutes) {
        requireOfficial(jstId);
        CouncilMeeting m = meetings.save(new CouncilMeeting(jstId, startsAt.atZone(ClockConfig.WARSAW).toInstant(),
                place.strip(), agenda.strip(), minutes == null || minutes.isBlank() ? null : minutes.strip()));
        publishMeeting(m);
        return m.getId();
    }

    private void publishMeeting(CouncilMeeting m) {
        events.publishEvent(new CalendarEntryPublished("council", "meeting-" + m.getId(),
                CalendarEntryType.COUNCIL_MEETING, "Posiedzenie rady działalności pożytku publicznego", m.getAgenda(),
                m.getStartsAt().atZone(ClockConfig.WARSAW), null, m.getPlace(), m.getJstId(), Set.of(),
                "/council/" + m.getJstId() + "#meeting-" + m.getId()));
    }

    /** A meeting of the JST's council for its official; 404 for another JST's meeting. */
    @Transactional(readOnly = true)
    public CouncilMeeting meeting(long jstId, long meetingId) {
        requireOfficial(jstId);
        return meetings.findById(meetingId)
            .filter(m -> m.getJstId() == jstId)
            .orElseThrow(() -> new NotFound("meeting " + meetingId));
    }

    /** Corrects a meeting (date, place, agenda, minutes); the common calendar follows. */
    public void editMeeting(long jstId, long meetingId, LocalDateTime startsAt, String place, String agenda,
            String minutes) {
        CouncilMeeting m = meeting(jstId, meetingId);
        m.edit(startsAt.atZone(ClockConfig.WARSAW).toInstant(), place.strip(), agenda.strip(),
                minutes == null || minutes.isBlank() ? null : minutes.strip());
        publishMeeting(m);
    }

    /** Deletes a meeting with its minutes and takes it off the common calendar. */
    public void deleteMeeting(long jstId, long meetingId) {
        CouncilMeeting m = meeting(jstId, meetingId);
        meetings.delete(m);
        events.publishEvent(new CalendarEntryWithdrawn("council", "meeting-" + m.getId()));
    }

    @Transactional(readOnly = true)
    public List<CouncilMeeting> meetings(long jstId) {
        return meetings.findByJstIdOrderByStartsAtDesc(jstId);
    }

}
