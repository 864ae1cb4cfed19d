package pl.wspolnie.governance.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.events.CalendarEntryPublished;
import pl.wspolnie.shared.events.CalendarEntryType;
import pl.wspolnie.shared.files.FileCheck;
import pl.wspolnie.shared.files.FileTypes;
import pl.wspolnie.shared.files.StoredFile;
import pl.wspolnie.shared.files.Upload;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Meetings of the Forum and the Council: the coordinator calls one (the members in office
 * on its day are invited by mail with an .ics file, and it appears in the common
 * calendar), records who was present (the quorum: more than half of the members) and the
 * minutes; the coordinator or a Council member attaches its documents (agenda,
 * materials).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Meetings {

    /** The largest document of a meeting. */
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    /** A document: a PDF, an image or an office file of at most 10 MB. */
    private static final FileCheck DOCUMENT = FileCheck.of("file", FileTypes.KNOWN, MAX_DOCUMENT_BYTES,
            "governance.meeting.document");

    /** The most documents of one meeting. */
    public static final int MAX_DOCUMENTS = 30;

    private final Agreements agreements;

    private final AgreementMeetingRepository meetings;

    private final PartyRepository parties;

    private final MandateRepository mandates;

    private final PartyExits exits;

    private final MeetingDocumentRepository documents;

    private final GovernanceAccess access;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    @Transactional(readOnly = true)
    public AgreementMeeting get(long agreementId, long meetingId) {
        return meetings.findByIdAndAgreementId(meetingId, agreementId)
            .orElseThrow(() -> new NotFound("meeting " + meetingId));
    }

    @Transactional(readOnly = true)
    public List<AgreementMeeting> of(long agreementId) {
        return meetings.findByAgreementIdOrderByStartsAtDesc(agreementId);
    }

    /**
     * The members of the body on the day: the Forum's representatives of the member
     * parties, or the Council's seat holders.
     */
    @Transactional(readOnly = true)
    public Set<Long> members(long agreementId, AgreementMeeting.Body body, LocalDate day) {
        if (body == AgreementMeeting.Body.COUNCIL) {
            return exits.councilMembersOn(agreementId, day);
        }
        List<Long> ids = parties.findByAgreementIdOrderByJoinedOnAscNameAsc(agreementId)
            .stream()
            .filter(p -> p.isMemberOn(day))
            .map(Party::getId)
            .toList();
        Set<Long> result = new LinkedHashSet<>();
        for (Mandate m : mandates.findByPartyIdInOrderByValidFromAscIdAsc(ids)) {
            if (m.getRole() == Mandate.Role.REPRESENTATIVE && m.isValidOn(day)) {
                result.add(m.getUserId());
            }
        }
        return result;
    }

    /** Calls a meeting; its members are told by mail with an .ics file. */
    public long call(long actor, long agreementId, AgreementMeeting.Body body, LocalDateTime startsAt, String place,
            String agenda) {
        Agreement agreement = agreements.get(agreementId);
        access.requireCoordinator(actor, agreement);
        if (body == null) {
            throw new RuleViolation("body", "governance.field.required");
        }
        Set<Long> members = members(agreementId, body, startsAt.toLocalDate());
        if (members.isEmpty()) {
            throw new RuleViolation("body", "governance.meeting.noMembers");
        }
        AgreementMeeting meeting = meetings
            .save(new AgreementMeeting(agreementId, body, startsAt.atZone(ClockConfig.WARSAW).toInstant(),
                    place.strip(), agenda.strip(), members, actor, clock.instant()));
        events.publishEvent(new CalendarEntryPublished("governance", "meeting-" + meeting.getId(),
                body == AgreementMeeting.Body.FORUM ? CalendarEntryType.FORUM : CalendarEntryType.MEETING,
                (body == AgreementMeeting.Body.FORUM ? "Posiedzenie Forum: " : "Posiedzenie Rady Porozumienia: ")
                        + agreement.getTitle(),
                meeting.getAgenda(), startsAt.atZone(ClockConfig.WARSAW), null, meeting.getPlace(),
                agreement.getJstId(), Set.of(), "/governance/" + agreementId + "/meetings/" + meeting.getId()));
        events.publishEvent(new GovernanceEvents.MeetingCalled(agreementId, meeting.getId()));
        return meeting.getId();
    }

    /** Records who of the members was present. */
    public void recordAttendance(long actor, long agreementId, long meetingId, Set<Long> present) {
        access.requireCoordinator(actor, agreements.get(agreementId));
        get(agreementId, meetingId).recordAttendance(present);
    }

    /** Records the minutes. */
    public void recordMinutes(long actor, long agreementId, long meetingId, String minutes) {
        access.requireCoordinator(actor, agreements.get(agreementId));
        get(agreementId, meetingId).recordMinutes(minutes);
    }

    /**
     * Attaches a document to the meeting (the coordinator or a Council member only): a
     * PDF, image or office file of at most 10 MB, its type confirmed by its first bytes;
     * at most {@value #MAX_DOCUMENTS} a meeting.
     */
    public long attach(long actor, long agreementId, long meetingId, Upload upload) {
        agreements.requireEditor(actor, agreements.get(agreementId));
        get(agreementId, meetingId);
        StoredFile file = DOCUMENT.check(upload, clock.instant());
        if (documents.listed(meetingId).size() >= MAX_DOCUMENTS) {
            throw new RuleViolation("file", "governance.meeting.document.tooMany", MAX_DOCUMENTS);
        }
        return documents.save(new MeetingDocument(meetingId, file, actor)).getId();
    }

    /** Removes a document of the meeting (the coordinator or a Council member only). */
    public void removeDocument(long actor, long agreementId, long meetingId, long documentId) {
        agreements.requireEditor(actor, agreements.get(agreementId));
        documents.delete(document(agreementId, meetingId, documentId));
    }

    /** The meeting's documents, without their bytes. */
    @Transactional(readOnly = true)
    public List<MeetingDocumentRepository.Listed> documents(long meetingId) {
        return documents.listed(meetingId);
    }

    /** A document of the meeting, for download. */
    @Transactional(readOnly = true)
    public MeetingDocument document(long agreementId, long meetingId, long documentId) {
        get(agreementId, meetingId);
        return documents.findByIdAndMeetingId(documentId, meetingId)
            .orElseThrow(() -> new NotFound("meeting document " + documentId));
    }

}
