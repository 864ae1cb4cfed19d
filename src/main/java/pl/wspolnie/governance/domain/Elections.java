package pl.wspolnie.governance.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Elections of the NGO members of the Council by the Forum: the coordinator calls one for
 * the NGO seats vacant in the term in office; Forum members (representatives and
 * substitutes of the parties) nominate candidates of NGO parties, who accept; in the vote
 * each party casts one ballot, by its representative or, while the representative has not
 * voted, its substitute; at the close the quorum and tie rule of the agreement decide and
 * the elected take the NGO seats.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Elections {

    private final Agreements agreements;

    private final Council council;

    private final ElectionRepository elections;

    private final CandidacyRepository nominations;

    private final ElectionBallotRepository ballots;

    private final PartyRepository parties;

    private final MandateRepository mandates;

    private final TermRepository terms;

    private final CouncilSeatRepository seats;

    private final GovernanceAccess access;

    private final Accounts accounts;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    @Transactional(readOnly = true)
    public Election get(long agreementId, long electionId) {
        return elections.findByIdAndAgreementId(electionId, agreementId)
            .orElseThrow(() -> new NotFound("election " + electionId));
    }

    /**
     * Calls an election for the NGO seats vacant in the term in office today.
     * @throws RuleViolation no term today, no vacant NGO seat
     */
    public long call(long actor, long agreementId, String title) {
        Agreement agreement = agreements.get(agreementId);
        access.requireCoordinator(actor, agreement);
        if (title == null || title.isBlank()) {
            throw new RuleViolation("title", "governance.field.required");
        }
        LocalDate today = agreements.today();
        Term term = council.termOn(agreementId, today)
            .orElseThrow(() -> new RuleViolation("title", "governance.election.noTerm"));
        int vacant = council.missing(agreement, term, today).get(SeatGroup.NGO);
        if (vacant == 0) {
            throw new RuleViolation("title", "governance.election.noVacancy");
        }
        return elections.save(new Election(agreement, term.getId(), title.strip(), vacant, actor, clock.instant()))
            .getId();
    }

    /**
     * The member parties whose Forum representative or substitute the person is today.
     */
    @Transactional(readOnly = true)
    public List<Party> forumPartiesOf(long userId, long agreementId) {
        LocalDate today = agreements.today();
        List<Party> members = parties.findByAgreementIdOrderByJoinedOnAscNameAsc(agreementId)
            .stream()
            .filter(Party::isMember)
            .toList();
        Set<Long> ids = new LinkedHashSet<>();
        for (Mandate m : mandates
            .findByPartyIdInOrderByValidFromAscIdAsc(members.stream().map(Party::getId).toList())) {
            if (m.getUserId() == userId && m.isValidOn(today)) {
                ids.add(m.getPartyId());
            }
        }
        return members.stream().filter(p -> ids.contains(p.getId())).toList();
    }

    /**
     * A Forum member nominates a candidate (an account) for an NGO party of the
     * agreement; the candidate is told and must accept.
     */
    public long nominate(long actor, long agreementId, long electionId, String candidateEmail, long candidatePartyId) {
        Party nominating = requireForumMember(actor, agreementId);
        get(agreementId, electionId).requireStatus(Election.Status.NOMINATION, "governance.election.notNomination");
        AccountSummary candidate = access.person(candidateEmail);
        return nominate(actor, nominating, agreementId, electionId, candidate, candidatePartyId);
    }

    /** As {@link #nominate(long, long, long, String, long)} for an account. */
    public long nominatePerson(long actor, long agreementId, long electionId, long candidateId, long candidatePartyId) {
        Party nominating = requireForumMember(actor, agreementId);
        get(agreementId, electionId).requireStatus(Election.Status.NOMINATION, "governance.election.notNomination");
        return nominate(actor, nominating, agreementId, electionId,
                accounts.find(candidateId).orElseThrow(() -> new NotFound("account " + candidateId)), candidatePartyId);
    }

    private Party requireForumMember(long actor, long agreementId) {
        return forumPartiesOf(actor, agreementId).stream()
            .findFirst()
            .orElseThrow(() -> new NotAllowed("not a Forum member of agreement " + agreementId));
    }

    private long nominate(long actor, Party nominating, long agreementId, long electionId, AccountSummary candidate,
            long candidatePartyId) {
        Party party = agreements.party(agreementId, candidatePartyId);
        if (party.getKind() != Party.Kind.NGO || !party.isMember()) {
            throw new RuleViolation("partyId", "governance.nomination.ngoOnly");
        }
        if (nominations.existsByElectionIdAndCandidateId(electionId, candidate.id())) {
            throw new RuleViolation("email", "governance.nomination.already", candidate.displayName());
        }
        Candidacy n = nominations
            .save(new Candidacy(electionId, candidate.id(), party.getId(), actor, nominating.getId(), clock.instant()));
        events.publishEvent(new GovernanceEvents.Nominated(agreementId, electionId, candidate.id(), party.getName()));
        return n.getId();
    }

    /** The candidate accepts the nomination: then on the ballot. */
    public void accept(long actor, long agreementId, long electionId, long nominationId) {
        Election election = get(agreementId, electionId);
        Candidacy n = nominations.findById(nominationId)
            .filter(x -> x.getElectionId().equals(electionId))
            .orElseThrow(() -> new NotFound("nomination " + nominationId));
        if (n.getCandidateId() != actor) {
            throw new NotAllowed("not the candidate of nomination " + nominationId);
        }
        election.requireStatus(Election.Status.NOMINATION, "governance.election.notNomination");
        n.accept(clock.instant());
    }

    /**
     * Opens the vote (the coordinator): at least one candidate has accepted; the parties
     * members today are the electorate the quorum counts.
     */
    public void openVoting(long actor, long agreementId, long electionId) {
        Agreement agreement = agreements.get(agreementId);
        access.requireCoordinator(actor, agreement);
        Election election = get(agreementId, electionId);
        if (nominations.findByElectionIdOrderByNominatedAtAscIdAsc(electionId)
            .stream()
            .noneMatch(Candidacy::isAccepted)) {
            throw new RuleViolation(null, "governance.election.noCandidates");
        }
        int eligible = (int) parties.findByAgreementIdOrderByJoinedOnAscNameAsc(agreementId)
            .stream()
            .filter(Party::isMember)
            .count();
        election.openVoting(clock.instant(), eligible);
    }

    /**
     * The party's one ballot, cast by its representative or, while the representative has
     * not voted, by its substitute: up to as many accepted candidates as there are seats.
     * A second ballot of the party is a conflict (409), a person who is neither is
     * refused (403).
     */
    public void vote(long actor, long agreementId, long electionId, Collection<Long> choices) {
        Election election = get(agreementId, electionId);
        List<Party> mine = forumPartiesOf(actor, agreementId);
        if (mine.isEmpty()) {
            throw new NotAllowed("not a Forum member of agreement " + agreementId);
        }
        election.requireStatus(Election.Status.VOTING, "governance.election.notVoting");
        Party party = mine.stream()
            .filter(p -> !ballots.existsByElectionIdAndPartyId(electionId, p.getId()))
            .findFirst()
            .orElseThrow(() -> new StateConflict("governance.vote.already", "party voted in " + electionId));
        Set<Long> chosen = new LinkedHashSet<>(choices);
        Set<Long> onBallot = new LinkedHashSet<>();
        for (Candidacy n : nominations.findByElectionIdOrderByNominatedAtAscIdAsc(electionId)) {
            if (n.isAccepted()) {
                onBallot.add(n.getId());
            }
        }
        if (chosen.isEmpty()) {
            throw new RuleViolation("choices", "governance.vote.none");
        }
        if (!onBallot.containsAll(chosen)) {
            throw new RuleViolation("choices", "governance.vote.unknown");
        }
        if (chosen.size() > election.getSeats()) {
            throw new RuleViolation("choices", "governance.vote.tooMany", election.getSeats());
        }
        try {
            ballots.saveAndFlush(new ElectionBallot(electionId, party.getId(), actor, clock.instant(), chosen));
        }
        catch (DataIntegrityViolationException e) {
            throw new StateConflict("governance.vote.already", "party " + party.getId() + " voted at the same time");
        }
    }

    /** Whether the party has cast its ballot. */
    @Transactional(readOnly = true)
    public boolean hasVoted(long electionId, long partyId) {
        return ballots.existsByElectionIdAndPartyId(electionId, partyId);
    }

    /**
     * Closes the vote and counts it: without the quorum nobody is elected; otherwise the
     * candidates with most votes take the seats, a tie for the last seat resolved by the
     * tie rule; the elected take NGO seats in the term from today.
     */
    public void close(long actor, long agreementId, long electionId) {
        Agreement agreement = agreements.get(agreementId);
        access.requireCoordinator(actor, agreement);
        Election election = get(agreementId, electionId);
        List<ElectionBallot> cast = ballots.findByElectionId(electionId);
        boolean quorum = election.quorumMetBy(cast.size());
        election.close(clock.instant(), cast.size(), quorum);
        Map<Long, Integer> votes = new HashMap<>();
        for (ElectionBallot b : cast) {
            for (Long n : b.getChoices()) {
                votes.merge(n, 1, Integer::sum);
            }
        }
        List<Candidacy> ranked = new ArrayList<>(nominations.findByElectionIdOrderByNominatedAtAscIdAsc(electionId)
            .stream()
            .filter(Candidacy::isAccepted)
            .toList());
        ranked.sort(Comparator.comparing((Candidacy n) -> -votes.getOrDefault(n.getId(), 0))
            .thenComparing(Candidacy::getNominatedAt)
            .thenComparing(Candidacy::getId));
        Set<Long> elected = quorum ? elected(ranked, votes, election) : Set.of();
        Term term = terms.findById(election.getTermId()).orElseThrow();
        LocalDate today = agreements.today();
        LocalDate from = today.isBefore(term.getStartsOn()) ? term.getStartsOn() : today;
        for (Candidacy n : ranked) {
            boolean won = elected.contains(n.getId());
            n.count(votes.getOrDefault(n.getId(), 0), won);
            if (won) {
                AccountSummary person = accounts.find(n.getCandidateId()).orElseThrow();
                council.seat(agreement, term, SeatGroup.NGO, agreements.party(agreementId, n.getPartyId()), person,
                        from, electionId);
            }
        }
        seats.flush();
    }

    /** The elected among the ranked candidates (at least one vote each). */
    private static Set<Long> elected(List<Candidacy> ranked, Map<Long, Integer> votes, Election election) {
        Set<Long> result = new LinkedHashSet<>();
        int seatsLeft = election.getSeats();
        for (int i = 0; i < ranked.size() && result.size() < seatsLeft; i++) {
            Candidacy n = ranked.get(i);
            int v = votes.getOrDefault(n.getId(), 0);
            if (v == 0) {
                break;
            }
            boolean tiedBeyond = i + 1 < ranked.size() && votes.getOrDefault(ranked.get(i + 1).getId(), 0) == v;
            if (election.getTieRule() == TieRule.NO_ELECTION && result.size() == seatsLeft - 1 && tiedBeyond) {
                break; // a tie for the last seat: it stays vacant
            }
            result.add(n.getId());
        }
        return result;
    }

}
