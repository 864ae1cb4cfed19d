package pl.wspolnie.consultations.domain;

import pl.wspolnie.shared.domain.NotAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.consultations.ConsultationSettings;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.events.CalendarEntryPublished;
import pl.wspolnie.shared.events.CalendarEntryWithdrawn;
import pl.wspolnie.shared.events.CalendarEntryType;
import pl.wspolnie.shared.events.ContentPublished;
import pl.wspolnie.shared.events.ContentType;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The use cases of a consultation: publish, remark, answer, new version, close; each
 * checks who may do it.
 */
@Service
@Transactional
public class ConsultationWorkflow {

    public static final int MAX_ITEMS = 2000;

    /**
     * A remark as typed by a participant: itemId null = the whole draft, organizationId
     * null = on one's own behalf.
     */
    public record RemarkInput(Long itemId, Long organizationId, String proposal, String justification) {
    }

    /** A remark received on paper or by e-mail, entered by the official. */
    public record PaperRemarkInput(Long itemId, String authorName, String organizationName, RemarkSource source,
            String sourceNote, String proposal, String justification) {
    }

    private final ConsultationRepository consultations;

    private final DraftItemRepository items;

    private final RemarkRepository remarks;

    private final AnswerRepository answers;

    private final MeetingRepository meetings;

    private final AttachmentRepository attachmentsOfMeetings;

    private final Permissions permissions;

    private final Organizations organizations;

    private final Jsts jsts;

    private final ConsultationSettings settings;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ConsultationWorkflow(ConsultationRepository consultations, DraftItemRepository items, RemarkRepository remarks,
            AnswerRepository answers, MeetingRepository meetings, AttachmentRepository attachmentsOfMeetings,
            Permissions permissions, Organizations organizations, Jsts jsts, ConsultationSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.attachmentsOfMeetings = attachmentsOfMeetings;
        this.consultations = consultations;
        this.items = items;
        this.remarks = remarks;
        this.answers = answers;
        this.meetings = meetings;
        this.permissions = permissions;
        this.organizations = organizations;
        this.jsts = jsts;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    Optional<Long> currentUser() {
        return permissions.currentUser().map(u -> u.userId());
    }

    long currentUserId() {
        return permissions.requireUser().userId();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Officials and the NGO liaison officer of the owning JST run its consultations. */
    public boolean isOfficial(long jstId) {
        return permissions.has(Role.OFFICIAL, jstId) || permissions.has(Role.LIAISON_OFFICER, jstId);
    }

    public void requireOfficial(long jstId) {
        permissions.require(jstId, Role.OFFICIAL, Role.LIAISON_OFFICER);
    }

    /** The JSTs in which the current user may publish consultations. */
    public Set<Long> jstsOfOfficial() {
        Set<Long> ids = new TreeSet<>(permissions.jstsWith(Role.OFFICIAL));
        ids.addAll(permissions.jstsWith(Role.LIAISON_OFFICER));
        return ids;
    }

    // ---- publishing
    // -------------------------------------------------------------------------------------------

    public long publish(long jstId, ConsultationDetails details, String draft) {
        requireOfficial(jstId);
        if (!jsts.exists(jstId)) {
            throw new RuleViolation("jstId", "consultations.jst.unknown");
        }
        List<DraftText.Item> parsed = parsedDraft(draft);
        if (details.endsOn().isBefore(details.startsOn())) {
            throw new RuleViolation("endsOn", "consultations.endsOn.beforeStart");
        }
        AuthenticatedUser user = permissions.requireUser();
        Instant now = clock.instant();
        Consultation c = consultations.save(new Consultation(jstId, details, user.userId(), now));
        saveItems(c.getId(), 1, parsed);
        events.publishEvent(new ContentPublished(ContentType.CONSULTATION, String.valueOf(c.getId()), c.getSubject(),
                summaryOf(c), "/consultations/" + c.getId(), jstId, c.sphereCodeSet(), now));
        return c.getId();
    }

    private static String summaryOf(Consultation c) {
        return c.getLegalBasis().length() > 300 ? c.getLegalBasis().substring(0, 300) : c.getLegalBasis();
    }

    private List<DraftText.Item> parsedDraft(String draft) {
        List<DraftText.Item> parsed = DraftText.parse(draft == null ? "" : draft);
        if (parsed.stream().noneMatch(i -> i.kind() == ItemKind.PARAGRAPH)) {
            throw new RuleViolation("draft", "consultations.draft.noParagraph");
        }
        if (parsed.size() > MAX_ITEMS) {
            throw new RuleViolation("draft", "consultations.draft.tooManyItems", MAX_ITEMS);
        }
        return parsed;
    }

    private void saveItems(long consultationId, int version, List<DraftText.Item> parsed) {
        int position = 0;
        for (DraftText.Item item : parsed) {
            items.save(new DraftItem(consultationId, version, ++position, item));
        }
    }

    /**
     * True when the remarks period is shorter than the JST's minimum (a warning, not a
     * refusal).
     */
    public boolean shortPeriod(Consultation c) {
        return c.periodDays() < minimumDays(c.getJstId());
    }

    public int minimumDays(long jstId) {
        return settings.minimumDaysFor(jsts.find(jstId).map(j -> j.teryt()).orElse(null));
    }

    // ---- reading
    // ----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Consultation get(long id) {
        return consultations.findById(id).orElseThrow(() -> new NotFound("consultation " + id));
    }

    public record Row(Consultation consultation, ConsultationStatus status, long remarks) {
    }

    @Transactional(readOnly = true)
    public Page<Row> search(long jstId, String status, int page, int size) {
        LocalDate today = today();
        Page<Consultation> found = consultations.search(jstId, status, today, PageRequest.of(page, size));
        Map<Long, long[]> counts = countsOf(found.getContent().stream().map(Consultation::getId).toList());
        return found.map(c -> new Row(c, c.status(today), counts.getOrDefault(c.getId(), new long[2])[0]));
    }

    /** Remarks and unanswered remarks per consultation, in one query. */
    public Map<Long, long[]> countsOf(Collection<Long> ids) {
        Map<Long, long[]> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : remarks.countsFor(ids)) {
                counts.put((Long) row[0], new long[] { ((Number) row[1]).longValue(), ((Number) row[2]).longValue() });
            }
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public List<DraftItem> items(long consultationId, int version) {
        return items.findByConsultationIdAndDraftVersionOrderByPosition(consultationId, version);
    }

    /** The current user's own remarks on a consultation (none for a visitor). */
    @Transactional(readOnly = true)
    public List<Remark> myRemarks(long consultationId) {
        return permissions.currentUser().map(u -> remarks.byAuthor(consultationId, u.userId())).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<Remark> remarksWithAnswers(long consultationId) {
        return remarks.withAnswers(consultationId);
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetings(long consultationId) {
        return meetings.findByConsultationIdOrderByStartsAt(consultationId);
    }

    @Transactional(readOnly = true)
    public Remark remark(long consultationId, long remarkId) {
        Remark r = remarks.findById(remarkId).orElseThrow(() -> new NotFound("remark " + remarkId));
        if (!r.getConsultationId().equals(consultationId)) {
            throw new NotFound("remark " + remarkId);
        }
        return r;
    }

    @Transactional(readOnly = true)
    public List<Consultation> latest(int max) {
        return consultations.search(0, "ALL", today(), PageRequest.of(0, max)).getContent();
    }

    @Transactional(readOnly = true)
    public List<Consultation> recentOf(long jstId, int max) {
        return consultations.search(jstId, "ALL", today(), PageRequest.of(0, max)).getContent();
    }

    @Transactional(readOnly = true)
    public List<Consultation> heldBetween(long jstId, LocalDate from, LocalDate to) {
        return consultations.heldBetween(jstId, from, to);
    }

    // ---- remarks
    // ----------------------------------------------------------------------------------------------

    /** The organisations on whose behalf the current user may remark. */
    public Map<Long, String> organizationsOfCurrentUser() {
        return permissions.currentUser().map(u -> {
            Map<Long, String> names = new TreeMap<>();
            organizations.findAll(organizations.representedBy(u.userId()))
                .values()
                .forEach(o -> names.put(o.id(), o.name()));
            return names;
        }).orElse(Map.of());
    }

    /**
     * Whether the current user may remark on this consultation (by its participation
     * rule), ignoring dates.
     */
    public boolean mayTakePart(Consultation c) {
        return permissions.currentUser()
            .map(u -> c.getParticipation() != Participation.NGOS || !organizations.representedBy(u.userId()).isEmpty())
            .orElse(false);
    }

    public long addRemark(long consultationId, RemarkInput input) {
        AuthenticatedUser user = permissions.requireUser();
        Consultation c = get(consultationId);
        c.requireOpen(today());
        OrganizationSummary org = checkedOrganization(c, user, input.organizationId());
        Long itemId = checkedItem(c, input.itemId());
        Remark r = remarks.save(new Remark(c.getId(), itemId, user.userId(), user.displayName(),
                org == null ? null : org.id(), org == null ? null : org.name(), RemarkSource.ONLINE, null,
                input.proposal().strip(), blankToNull(input.justification()), clock.instant()));
        consultations.remarksChanged(c.getId());
        return r.getId();
    }

    public void editRemark(long consultationId, long remarkId, RemarkInput input) {
        AuthenticatedUser user = permissions.requireUser();
        Remark r = remark(consultationId, remarkId);
        if (r.getAuthorUserId() == null || r.getAuthorUserId() != user.userId()) {
            throw new NotAllowed("not the author of remark " + remarkId);
        }
        Consultation c = get(consultationId);
        c.requireOpen(today());
        OrganizationSummary org = checkedOrganization(c, user, input.organizationId());
        r.edit(checkedItem(c, input.itemId()), org == null ? null : org.id(), org == null ? null : org.name(),
                input.proposal().strip(), blankToNull(input.justification()), clock.instant());
        consultations.remarksChanged(c.getId());
    }

    /** The author may edit while the consultation is open. */
    public boolean mayEdit(Remark r, Consultation c) {
        return r.getAuthorUserId() != null && c.status(today()) == ConsultationStatus.OPEN
                && permissions.currentUser().map(u -> u.userId() == r.getAuthorUserId()).orElse(false);
    }

    public long addPaperRemark(long consultationId, PaperRemarkInput input) {
        Consultation c = get(consultationId);
        requireOfficial(c.getJstId());
        ConsultationStatus s = c.status(today());
        if (s == ConsultationStatus.CLOSED) {
            throw new RuleViolation(null, "consultations.closed");
        }
        if (s == ConsultationStatus.PLANNED) {
            throw new RuleViolation(null, "consultations.remark.notStarted");
        }
        String organization = blankToNull(input.organizationName());
        Remark r = remarks.save(new Remark(c.getId(), checkedItem(c, input.itemId()), null, input.authorName().strip(),
                null, organization, input.source(), blankToNull(input.sourceNote()), input.proposal().strip(),
                blankToNull(input.justification()), clock.instant()));
        consultations.remarksChanged(c.getId());
        return r.getId();
    }

    private OrganizationSummary checkedOrganization(Consultation c, AuthenticatedUser user, Long organizationId) {
        Set<Long> represented = organizations.representedBy(user.userId());
        if (c.getParticipation() == Participation.NGOS && represented.isEmpty()) {
            throw new RuleViolation(null, "consultations.remark.ngosOnly");
        }
        if (organizationId == null) {
            if (c.getParticipation() == Participation.NGOS) {
                throw new RuleViolation("organizationId", "consultations.remark.organizationRequired");
            }
            return null;
        }
        if (c.getParticipation() == Participation.RESIDENTS) {
            throw new RuleViolation("organizationId", "consultations.remark.residentsOnly");
        }
        if (!represented.contains(organizationId)) {
            throw new NotAllowed("does not represent organisation " + organizationId);
        }
        return organizations.find(organizationId).orElseThrow();
    }

    /**
     * A remark is anchored to a paragraph of the consulted version (1), or to the whole
     * draft.
     */
    private Long checkedItem(Consultation c, Long itemId) {
        if (itemId == null) {
            return null;
        }
        DraftItem item = items.findById(itemId).orElse(null);
        if (item == null || !item.getConsultationId().equals(c.getId()) || item.getDraftVersion() != 1
                || item.isChapter()) {
            throw new RuleViolation("itemId", "consultations.remark.unknownItem");
        }
        return item.getId();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- meetings
    // ---------------------------------------------------------------------------------------------

    public long addMeeting(long consultationId, LocalDateTime startsAt, String place, String onlineLink,
            String minutes) {
        Consultation c = get(consultationId);
        requireOfficial(c.getJstId());
        if (c.status(today()) == ConsultationStatus.CLOSED) {
            throw new RuleViolation(null, "consultations.closed");
        }
        if (blankToNull(place) == null && blankToNull(onlineLink) == null) {
            throw new RuleViolation("place", "consultations.meeting.placeOrLink");
        }
        Meeting m = meetings.save(new Meeting(c.getId(), startsAt.atZone(ClockConfig.WARSAW).toInstant(),
                blankToNull(place), blankToNull(onlineLink), blankToNull(minutes)));
        events.publishEvent(new CalendarEntryPublished("consultations", "meeting-" + m.getId(),
                CalendarEntryType.CONSULTATION_MEETING, c.getSubject(), blankToNull(place) == null ? onlineLink : place,
                startsAt.atZone(ClockConfig.WARSAW), null, blankToNull(place), c.getJstId(), c.sphereCodeSet(),
                "/consultations/" + c.getId() + "#meeting-" + m.getId()));
        return m.getId();
    }

    /**
     * A meeting of the consultation for its official; 404 when it belongs to another
     * consultation.
     */
    @Transactional(readOnly = true)
    public Meeting meeting(long consultationId, long meetingId) {
        Consultation c = get(consultationId);
        requireOfficial(c.getJstId());
        return meetings.findById(meetingId)
            .filter(m -> m.getConsultationId().equals(c.getId()))
            .orElseThrow(() -> new NotFound("meeting " + meetingId));
    }

    /**
     * Corrects a meeting (date, place, link, minutes) until the consultation is closed;
     * the calendar follows.
     */
    public void editMeeting(long consultationId, long meetingId, LocalDateTime startsAt, String place,
            String onlineLink, String minutes) {
        Meeting m = meeting(consultationId, meetingId);
        Consultation c = get(consultationId);
        if (c.status(today()) == ConsultationStatus.CLOSED) {
            throw new RuleViolation(null, "consultations.closed");
        }
        if (blankToNull(place) == null && blankToNull(onlineLink) == null) {
            throw new RuleViolation("place", "consultations.meeting.placeOrLink");
        }
        m.edit(startsAt.atZone(ClockConfig.WARSAW).toInstant(), blankToNull(place), blankToNull(onlineLink),
                blankToNull(minutes));
        events.publishEvent(new CalendarEntryPublished("consultations", "meeting-" + m.getId(),
                CalendarEntryType.CONSULTATION_MEETING, c.getSubject(), blankToNull(place) == null ? onlineLink : place,
                startsAt.atZone(ClockConfig.WARSAW), null, blankToNull(place), c.getJstId(), c.sphereCodeSet(),
                "/consultations/" + c.getId() + "#meeting-" + m.getId()));
    }

    /**
     * Deletes a meeting with its minutes (text and files) until the consultation is
     * closed; withdrawn from the calendar.
     */
    public void deleteMeeting(long consultationId, long meetingId) {
        Meeting m = meeting(consultationId, meetingId);
        if (get(consultationId).status(today()) == ConsultationStatus.CLOSED) {
            throw new RuleViolation(null, "consultations.closed");
        }
        // one by one: audited
        attachmentsOfMeetings.deleteAll(attachmentsOfMeetings.findByMeetingId(m.getId()));
        meetings.delete(m);
        events.publishEvent(new CalendarEntryWithdrawn("consultations", "meeting-" + m.getId()));
    }

    // ---- answers, versions, closing
    // ---------------------------------------------------------------------------

    public long answer(long consultationId, Collection<Long> remarkIds, Decision decision, String justification) {
        Consultation c = get(consultationId);
        requireOfficial(c.getJstId());
        c.requireEndedNotClosed(today());
        if (remarkIds == null || remarkIds.isEmpty()) {
            throw new RuleViolation("remarkIds", "consultations.answer.noRemarks");
        }
        List<Remark> chosen = remarks.findAllById(remarkIds);
        if (chosen.size() != Set.copyOf(remarkIds).size()
                || chosen.stream().anyMatch(r -> !r.getConsultationId().equals(c.getId()))) {
            throw new RuleViolation("remarkIds", "consultations.answer.unknownRemark");
        }
        Answer answer = answers.save(new Answer(c.getId(), decision, justification.strip(),
                permissions.requireUser().userId(), clock.instant()));
        chosen.forEach(r -> r.answeredBy(answer));
        consultations.remarksChanged(c.getId());
        events.publishEvent(new ConsultationEvents.RemarksAnswered(c.getId(), answer.getId(),
                chosen.stream().map(Remark::getId).toList()));
        return answer.getId();
    }

    public int publishVersion(long consultationId, String draft) {
        Consultation c = get(consultationId);
        requireOfficial(c.getJstId());
        ConsultationStatus s = c.status(today());
        if (s != ConsultationStatus.ENDED && s != ConsultationStatus.CLOSED) {
            throw new RuleViolation(null, "consultations.answer.notEnded");
        }
        List<DraftText.Item> parsed = parsedDraft(draft);
        c.newVersion();
        saveItems(c.getId(), c.getCurrentVersion(), parsed);
        return c.getCurrentVersion();
    }

    public void close(long consultationId, String conclusions) {
        Consultation c = get(consultationId);
        requireOfficial(c.getJstId());
        c.requireEndedNotClosed(today());
        long open = remarks.unanswered(c.getId());
        if (open > 0) {
            throw new RuleViolation(null, "consultations.close.unanswered", open);
        }
        Instant now = clock.instant();
        c.close(conclusions.strip(), now);
        events.publishEvent(new ConsultationEvents.ReportPublished(c.getId()));
        events.publishEvent(new ContentPublished(ContentType.CONSULTATION, c.getId() + "/report", c.getSubject(),
                conclusions.length() > 300 ? conclusions.substring(0, 300) : conclusions,
                "/consultations/" + c.getId() + "/report", c.getJstId(), c.sphereCodeSet(), now));
    }

    public long unanswered(long consultationId) {
        return remarks.unanswered(consultationId);
    }

}
