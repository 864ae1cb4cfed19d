package pl.wspolnie.competitions.domain.decision;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.domain.NotFound;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Requests for the reasons of a decision: anyone logged in files one on a decided
 * competition; the officials of its JST see all of them and answer; the requester sees
 * their own requests and the answers.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReasonRequests {

    private final ReasonRequestRepository requests;

    private final CompetitionRepository competitions;

    private final Permissions permissions;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    public void ask(long competitionId, String question) {
        long userId = permissions.requireUser().userId();
        Competition c = competitions.findById(competitionId).orElseThrow(() -> new NotFound("competition"));
        if (c.getDecidedAt() == null) {
            throw new StateConflict("competitions.reasons.notDecided");
        }
        String q = question == null ? "" : question.strip();
        if (q.isEmpty() || q.length() > 2000) {
            throw new RuleViolation("question", "competitions.reasons.question.invalid");
        }
        requests.save(new ReasonRequest(competitionId, c.getJstId(), userId, q, clock.instant()));
    }

    public void answer(long requestId, String answer) {
        ReasonRequest r = requests.findById(requestId).orElseThrow(() -> new NotFound("request"));
        permissions.require(r.auditJstId(), Role.OFFICIAL);
        String a = answer == null ? "" : answer.strip();
        if (a.isEmpty() || a.length() > 10_000) {
            throw new RuleViolation("answer" + requestId, "competitions.reasons.answer.invalid");
        }
        r.answer(a, permissions.requireUser().userId(), clock.instant());
        events.publishEvent(new ReasonAnswered(r.getId()));
    }

    @Transactional(readOnly = true)
    public boolean mayAsk() {
        return permissions.currentUser().isPresent();
    }

    /** The competition a request belongs to. */
    @Transactional(readOnly = true)
    public long competitionOf(long requestId) {
        return requests.findById(requestId).orElseThrow(() -> new NotFound("request")).getCompetitionId();
    }

    /**
     * The officials of the JST: all requests; anybody else logged in: their own;
     * anonymous: none.
     */
    @Transactional(readOnly = true)
    public List<ReasonRequest> visibleIn(long competitionId) {
        Competition c = competitions.findById(competitionId).orElseThrow(() -> new NotFound("competition"));
        if (permissions.has(Role.OFFICIAL, c.getJstId())) {
            return requests.findByCompetitionIdOrderByAskedAt(competitionId);
        }
        return permissions.currentUser()
            .map(u -> requests.findByCompetitionIdAndUserIdOrderByAskedAt(competitionId, u.userId()))
            .orElse(List.of());
    }

}
