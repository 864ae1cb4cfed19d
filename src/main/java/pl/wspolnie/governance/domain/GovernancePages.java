package pl.wspolnie.governance.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The read side of the agreement's pages: one call per page, returning its record. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GovernancePages {

    /**
     * A party as the pages show it: the link to its JST or organisation, and for a unit
     * the name of its parent JST.
     */
    public record PartyRow(Party party, String link, String parentName) {
    }

    /** The agreement's public page, with what the viewer may do on it. */
    public record AgreementPage(Agreement agreement, JstSummary jst, List<PartyRow> members, List<PartyRow> former,
            List<PartyRow> pending, boolean coordinator, boolean decider, boolean mayApply, Set<Long> actsFor) {
    }

    /** The application form: the organisations and JSTs the person may apply for. */
    public record ApplyPage(Agreement agreement, List<OrganizationSummary> organizations, List<JstSummary> jsts) {
        public boolean mayApply() {
            return !organizations.isEmpty() || !jsts.isEmpty();
        }
    }

    /** A member party in the Forum: who represents it today, and its substitute. */
    public record ForumSeat(PartyRow row, String representative, String substitute) {
    }

    /** One mandate in the Forum's history. */
    public record MandateRow(String party, Mandate.Role role, String person, LocalDate from, LocalDate to) {
    }

    /**
     * The Forum page: the member parties with their representatives today, the history of
     * mandates, and the parties the viewer names the mandates of.
     */
    public record ForumPage(Agreement agreement, List<ForumSeat> seats, List<MandateRow> history,
            List<Choice> namedByViewer, LocalDate today) {
    }

    /** An option of a select: an id and a name. */
    public record Choice(long id, String name) {
    }

    /**
     * A group's seats in the term on the day: its number, how many are held and missing.
     */
    public record GroupState(SeatGroup group, int quota, int missing) {
        public int filled() {
            return quota - missing;
        }
    }

    /** A seat as the Council page shows it. */
    public record SeatRow(CouncilSeat seat, String person, String party, Term term) {
    }

    /**
     * The Council page: the term in office today (or none), each group's state, the
     * members today, every seat held in any term, and for the coordinator the parties of
     * each group.
     */
    public record CouncilPage(Agreement agreement, Term term, List<Term> terms, List<GroupState> groups,
            List<SeatRow> members, List<SeatRow> history, boolean coordinator,
            Map<SeatGroup, List<Choice>> partiesByGroup, LocalDate today) {
        public boolean complete() {
            return term != null && groups.stream().allMatch(g -> g.missing() == 0);
        }
    }

    /** A candidate as the election page shows them. */
    public record NominationRow(Candidacy nomination, String candidate, String party, String nominatedBy) {
    }

    /**
     * The election page: the candidates (ranked by votes once closed), the parties that
     * voted, and what the viewer may do: accept their nomination, nominate (a Forum
     * member), vote (for the party named), open and close (the coordinator).
     */
    public record ElectionPage(Agreement agreement, Election election, List<NominationRow> nominations,
            List<String> votedParties, boolean coordinator, boolean forumMember, String votesFor,
            List<Choice> ngoParties, Long viewer) {
        public List<NominationRow> onBallot() {
            return nominations.stream().filter(r -> r.nomination().isAccepted()).toList();
        }
    }

    /** A member invited to a meeting. */
    public record Attendee(long userId, String name, boolean present) {
    }

    /**
     * The meeting page: its members with their attendance (the coordinator records it),
     * the resolutions adopted there (the coordinator or a Council member records them).
     */
    public record MeetingPage(Agreement agreement, AgreementMeeting meeting, List<Attendee> attendees,
            boolean coordinator, List<Resolution> resolutions, boolean mayEdit,
            List<MeetingDocumentRepository.Listed> documents) {
    }

    private final Agreements agreements;

    private final Meetings meetings;

    private final Elections elections;

    private final ElectionRepository electionRepository;

    private final CandidacyRepository nominationRepository;

    private final ElectionBallotRepository ballots;

    private final Council council;

    private final TermRepository terms;

    private final CouncilSeatRepository seats;

    private final MandateRepository mandates;

    private final Accounts accounts;

    private final PartyRepository parties;

    private final UnitRepository units;

    private final GovernanceAccess access;

    private final Jsts jsts;

    private final Organizations organizations;

    private final Permissions permissions;

    private final ResolutionRepository resolutions;

    /** The logged-in person's id, or null for a visitor. */
    Long viewer() {
        return permissions.currentUser().map(u -> u.userId()).orElse(null);
    }

    public AgreementPage agreement(long agreementId) {
        Agreement agreement = agreements.get(agreementId);
        Long viewer = viewer();
        List<PartyRow> rows = rows(parties.findByAgreementIdOrderByJoinedOnAscNameAsc(agreementId));
        boolean decider = viewer != null && agreements.mayDecide(viewer, agreement);
        Set<Long> actsFor = viewer == null ? Set.of()
                : access.partiesActedFor(viewer, permissions.jstsWith(Role.JST_ADMIN),
                        rows.stream().map(PartyRow::party).filter(Party::isMember).toList());
        return new AgreementPage(agreement, jsts.get(agreement.getJstId()),
                rows.stream().filter(r -> r.party().isMember()).toList(),
                rows.stream().filter(r -> r.party().getStatus() == Party.Status.LEFT).toList(),
                decider ? rows.stream().filter(r -> r.party().getStatus() == Party.Status.APPLIED).toList() : List.of(),
                viewer != null && access.isCoordinator(viewer, agreement), decider,
                viewer != null && applyPage(agreementId).mayApply(), actsFor);
    }

    /** The rows of these parties, with the links and the units' parent JSTs. */
    List<PartyRow> rows(List<Party> list) {
        Map<Long, Unit> unitsById = units
            .findAllById(list.stream().filter(p -> p.getKind() == Party.Kind.UNIT).map(Party::getSubjectId).toList())
            .stream()
            .collect(Collectors.toMap(Unit::getId, Function.identity()));
        return list.stream().map(p -> switch (p.getKind()) {
            case NGO -> new PartyRow(p, "/organizations/" + p.getSubjectId(), null);
            case JST -> new PartyRow(p, "/jst/" + p.getSubjectId(), null);
            case UNIT -> {
                Unit u = unitsById.get(p.getSubjectId());
                yield new PartyRow(p, u == null ? null : "/jst/" + u.getParentJstId(),
                        u == null ? null : jsts.find(u.getParentJstId()).map(JstSummary::name).orElse(null));
            }
        }).toList();
    }

    /** What the logged-in person may apply for. */
    public ApplyPage applyPage(long agreementId) {
        Agreement agreement = agreements.get(agreementId);
        long me = permissions.requireUser().userId();
        List<OrganizationSummary> orgs = organizations.findAll(organizations.representedBy(me))
            .values()
            .stream()
            .sorted(Comparator.comparing(OrganizationSummary::name))
            .toList();
        Set<Long> administered = permissions.jstsWith(Role.JST_ADMIN);
        List<JstSummary> mine = jsts.all().stream().filter(j -> administered.contains(j.id())).toList();
        return new ApplyPage(agreement, orgs, mine);
    }

    public ForumPage forum(long agreementId) {
        Agreement agreement = agreements.get(agreementId);
        LocalDate today = agreements.today();
        List<Party> all = parties.findByAgreementIdOrderByJoinedOnAscNameAsc(agreementId);
        Map<Long, Party> byId = all.stream().collect(Collectors.toMap(Party::getId, Function.identity()));
        List<Mandate> history = mandates.ofAgreement(agreementId);
        Map<Long, AccountSummary> people = accounts
            .findAll(history.stream().map(Mandate::getUserId).collect(Collectors.toSet()));
        Function<Long, String> name = id -> people.containsKey(id) ? people.get(id).displayName() : "";
        List<ForumSeat> seats = rows(all.stream().filter(Party::isMember).toList()).stream().map(r -> {
            Function<Mandate.Role, String> holder = role -> history.stream()
                .filter(m -> m.getPartyId().equals(r.party().getId()) && m.getRole() == role && m.isValidOn(today))
                .findFirst()
                .map(m -> name.apply(m.getUserId()))
                .orElse(null);
            return new ForumSeat(r, holder.apply(Mandate.Role.REPRESENTATIVE), holder.apply(Mandate.Role.SUBSTITUTE));
        }).toList();
        List<MandateRow> rows = history.stream()
            .map(m -> new MandateRow(byId.get(m.getPartyId()).getName(), m.getRole(), name.apply(m.getUserId()),
                    m.getValidFrom(), m.getValidTo()))
            .toList();
        Long viewer = viewer();
        List<Party> members = all.stream().filter(Party::isMember).toList();
        Set<Long> named = viewer == null ? Set.of()
                : access.partiesActedFor(viewer, permissions.jstsWith(Role.JST_ADMIN), members);
        List<Choice> namedChoices = members.stream()
            .filter(p -> named.contains(p.getId()))
            .map(p -> new Choice(p.getId(), p.getName()))
            .toList();
        return new ForumPage(agreement, seats, rows, namedChoices, today);
    }

    public CouncilPage council(long agreementId) {
        Agreement agreement = agreements.get(agreementId);
        LocalDate today = agreements.today();
        Term term = council.termOn(agreementId, today).orElse(null);
        List<Term> all = terms.findByAgreementIdOrderByStartsOnDesc(agreementId);
        Map<Long, Term> termsById = all.stream().collect(Collectors.toMap(Term::getId, Function.identity()));
        List<CouncilSeat> held = seats.findByTermIdInOrderByFromOnAscIdAsc(termsById.keySet());
        Map<Long, AccountSummary> people = accounts
            .findAll(held.stream().map(CouncilSeat::getUserId).collect(Collectors.toSet()));
        List<Party> allParties = parties.findByAgreementIdOrderByJoinedOnAscNameAsc(agreementId);
        Map<Long, String> partyNames = allParties.stream().collect(Collectors.toMap(Party::getId, Party::getName));
        List<SeatRow> rows = held.stream()
            .map(s -> new SeatRow(s, people.containsKey(s.getUserId()) ? people.get(s.getUserId()).displayName() : "",
                    partyNames.get(s.getPartyId()), termsById.get(s.getTermId())))
            .toList();
        Map<SeatGroup, Integer> missing = council.missing(agreement, term, today);
        List<GroupState> groups = Arrays.stream(SeatGroup.values())
            .map(g -> new GroupState(g, agreement.quota(g), missing.get(g)))
            .toList();
        List<SeatRow> members = term == null ? List.of()
                : rows.stream()
                    .filter(r -> r.seat().getTermId().equals(term.getId()) && r.seat().isHeldOn(today))
                    .sorted(Comparator.comparing((SeatRow r) -> r.seat().getGroup()).thenComparing(SeatRow::person))
                    .toList();
        Long viewer = viewer();
        boolean coordinator = viewer != null && access.isCoordinator(viewer, agreement);
        Map<SeatGroup, List<Choice>> byGroup = new EnumMap<>(SeatGroup.class);
        for (SeatGroup g : SeatGroup.values()) {
            byGroup.put(g,
                    allParties.stream()
                        .filter(p -> p.isMember() && p.getKind() == g.partyKind())
                        .map(p -> new Choice(p.getId(), p.getName()))
                        .toList());
        }
        return new CouncilPage(agreement, term, all, groups, members, rows, coordinator, byGroup, today);
    }

    /** The agreement's elections, newest first (listed on the Council page). */
    public List<Election> elections(long agreementId) {
        return electionRepository.findByAgreementIdOrderByCreatedAtDesc(agreementId);
    }

    public ElectionPage election(long agreementId, long electionId) {
        Agreement agreement = agreements.get(agreementId);
        Election election = elections.get(agreementId, electionId);
        List<Candidacy> list = new ArrayList<>(
                nominationRepository.findByElectionIdOrderByNominatedAtAscIdAsc(electionId));
        if (election.getStatus() == Election.Status.CLOSED) {
            list.sort(Comparator.comparing((Candidacy n) -> n.getVotes() == null ? 0 : -n.getVotes())
                .thenComparing(Candidacy::getNominatedAt));
        }
        Map<Long, AccountSummary> people = accounts
            .findAll(list.stream().map(Candidacy::getCandidateId).collect(Collectors.toSet()));
        List<Party> all = parties.findByAgreementIdOrderByJoinedOnAscNameAsc(agreementId);
        Map<Long, String> partyNames = all.stream().collect(Collectors.toMap(Party::getId, Party::getName));
        List<NominationRow> rows = list.stream()
            .map(n -> new NominationRow(n,
                    people.containsKey(n.getCandidateId()) ? people.get(n.getCandidateId()).displayName() : "",
                    partyNames.get(n.getPartyId()), partyNames.get(n.getNominatedByParty())))
            .toList();
        List<ElectionBallot> cast = ballots.findByElectionId(electionId);
        List<String> voted = cast.stream().map(b -> partyNames.get(b.getPartyId())).sorted().toList();
        Set<Long> votedParties = cast.stream().map(ElectionBallot::getPartyId).collect(Collectors.toSet());
        Long viewer = viewer();
        boolean coordinator = viewer != null && access.isCoordinator(viewer, agreement);
        List<Party> forumParties = viewer == null ? List.of() : elections.forumPartiesOf(viewer, agreementId);
        String votesFor = election.getStatus() != Election.Status.VOTING ? null
                : forumParties.stream()
                    .filter(p -> !votedParties.contains(p.getId()))
                    .map(Party::getName)
                    .findFirst()
                    .orElse(null);
        List<Choice> ngo = all.stream()
            .filter(p -> p.isMember() && p.getKind() == Party.Kind.NGO)
            .map(p -> new Choice(p.getId(), p.getName()))
            .toList();
        return new ElectionPage(agreement, election, rows, voted, coordinator, !forumParties.isEmpty(), votesFor, ngo,
                viewer);
    }

    /** The agreement's meetings, newest first (listed on the agreement's page). */
    public List<AgreementMeeting> meetings(long agreementId) {
        return meetings.of(agreementId);
    }

    public MeetingPage meeting(long agreementId, long meetingId) {
        Agreement agreement = agreements.get(agreementId);
        AgreementMeeting meeting = meetings.get(agreementId, meetingId);
        Map<Long, AccountSummary> people = accounts.findAll(meeting.getAttendance().keySet());
        List<Attendee> attendees = meeting.getAttendance()
            .entrySet()
            .stream()
            .map(e -> new Attendee(e.getKey(),
                    people.containsKey(e.getKey()) ? people.get(e.getKey()).displayName() : "", e.getValue()))
            .sorted(Comparator.comparing(Attendee::name))
            .toList();
        Long viewer = viewer();
        return new MeetingPage(agreement, meeting, attendees, viewer != null && access.isCoordinator(viewer, agreement),
                resolutions.findByMeetingIdOrderByNumberAsc(meetingId),
                viewer != null && agreements.mayEdit(viewer, agreement), meetings.documents(meetingId));
    }

}
