package pl.wspolnie.council.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.consultations.ConsultationSummary;
import pl.wspolnie.consultations.Consultations;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Permissions;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the council's pages show to the person looking at them, each read in one read-only
 * transaction.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CouncilPages {

    /**
     * The council page of a JST: the NGOs' requests to create it (with their
     * organisations), the current term and its members, the requests for opinion with
     * their status today, the meetings, what this person may do, and the organisations
     * they represent (id → name, to file a request).
     */
    public record CouncilPage(JstSummary jst, CouncilWork.CreationRequests creation,
            Map<Long, OrganizationSummary> orgs, CouncilTerm term, List<CouncilMember> members,
            List<OpinionRequest> opinionRequests, Map<Long, String> statuses, List<CouncilMeeting> meetings,
            boolean official, boolean mayRecordOpinion, Map<Long, String> myOrganizations) {
    }

    /**
     * The form requesting an opinion (or correcting one: {@code request} is then set).
     */
    public record OpinionRequestPage(JstSummary jst, List<ConsultationSummary> consultations, int opinionDays,
            OpinionRequest request) {
    }

    /** The form correcting or ending a member's membership. */
    public record MemberPage(JstSummary jst, CouncilMember member, LocalDate today) {
    }

    /** The form adding a meeting (or correcting one: {@code meeting} is then set). */
    public record MeetingPage(JstSummary jst, CouncilMeeting meeting) {
    }

    private final CouncilWork work;

    private final CouncilRequestRepository requests;

    private final CouncilTermRepository terms;

    private final CouncilMemberRepository members;

    private final OpinionRequestRepository opinions;

    private final CouncilMeetingRepository meetings;

    private final Organizations organizations;

    private final Consultations consultations;

    private final Jsts jsts;

    private final Permissions permissions;

    /**
     * The council page (404 for an unknown JST). The organisations of the requests and
     * those the person represents are read in one query.
     */
    public CouncilPage show(long jstId) {
        JstSummary jst = jsts.get(jstId);
        List<CouncilRequest> all = requests.findByJstIdOrderByRequestedAt(jstId);
        Set<Long> represented = permissions.currentUser()
            .map(u -> organizations.representedBy(u.userId()))
            .orElse(Set.of());
        Set<Long> ids = new HashSet<>(represented);
        all.forEach(r -> ids.add(r.getOrganizationId()));
        Map<Long, OrganizationSummary> found = organizations.findAll(ids);
        CouncilWork.CreationRequests creation = work.creationRequests(jstId, all, found);
        Map<Long, OrganizationSummary> orgs = new LinkedHashMap<>();
        creation.requests().forEach(r -> orgs.put(r.getOrganizationId(), found.get(r.getOrganizationId())));
        Map<Long, String> mine = new TreeMap<>();
        represented.stream().map(found::get).filter(o -> o != null).forEach(o -> mine.put(o.id(), o.name()));
        CouncilTerm term = terms.findFirstByJstIdOrderByStartsOnDescIdDesc(jstId).orElse(null);
        LocalDate today = work.today();
        List<OpinionRequest> requested = opinions.findByJstIdOrderByRequestedAtDesc(jstId);
        Map<Long, String> statuses = new LinkedHashMap<>();
        requested.forEach(r -> statuses.put(r.getId(), r.statusOn(today).name()));
        return new CouncilPage(jst, creation, orgs, term,
                term == null ? List.of() : members.findByTermIdOrderByPosition(term.getId()), requested, statuses,
                meetings.findByJstIdOrderByStartsAtDesc(jstId), work.isOfficial(jstId), work.mayRecordOpinion(jstId),
                mine);
    }

    /**
     * The form requesting an opinion, or correcting the request {@code requestId} when
     * given: for the JST's officials (403), the request of that JST (404).
     */
    public OpinionRequestPage opinionRequestForm(long jstId, Long requestId) {
        OpinionRequest request = null;
        if (requestId == null) {
            work.requireOfficial(jstId);
        }
        else {
            request = work.opinionRequest(jstId, requestId);
        }
        return new OpinionRequestPage(jsts.get(jstId), consultations.recent(jstId, 50), work.opinionDays(jstId),
                request);
    }

    /** A member of the JST's council for its official (403; 404 for another JST's). */
    public MemberPage memberForm(long jstId, long memberId) {
        CouncilMember member = work.member(jstId, memberId);
        return new MemberPage(jsts.get(jstId), member, work.today());
    }

    /**
     * The meeting form, with the meeting {@code meetingId} when given: for the JST's
     * officials (403), a meeting of that JST (404).
     */
    public MeetingPage meetingForm(long jstId, Long meetingId) {
        CouncilMeeting meeting = null;
        if (meetingId == null) {
            work.requireOfficial(jstId);
        }
        else {
            meeting = work.meeting(jstId, meetingId);
        }
        return new MeetingPage(jsts.get(jstId), meeting);
    }

}
