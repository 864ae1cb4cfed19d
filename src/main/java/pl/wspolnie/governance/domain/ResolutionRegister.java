package pl.wspolnie.governance.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The register of resolutions: the coordinator or a Council member records a resolution
 * adopted at a meeting that took place, by the named vote of the members present; it is
 * refused without the quorum (more than half of the members present), with a vote of
 * someone not present, or without more votes for than against. A resolution may amend or
 * repeal an earlier one of the agreement.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ResolutionRegister {

    /** What is typed for a resolution besides the vote. */
    public record Draft(String title, String text, Long changesId, Resolution.Change change) {
    }

    private final Agreements agreements;

    private final Meetings meetings;

    private final ResolutionRepository resolutions;

    private final Clock clock;

    @Transactional(readOnly = true)
    public Resolution get(long agreementId, long resolutionId) {
        return resolutions.findByIdAndAgreementId(resolutionId, agreementId)
            .orElseThrow(() -> new NotFound("resolution " + resolutionId));
    }

    /** The register, or the resolutions whose title contains q or whose number is q. */
    @Transactional(readOnly = true)
    public List<Resolution> search(long agreementId, String q) {
        return resolutions.search(agreementId, q == null ? "" : q.strip());
    }

    /** Records a resolution adopted at the meeting; returns its id. */
    public long adopt(long actor, long agreementId, long meetingId, Draft draft, Map<Long, Resolution.Vote> votes) {
        Agreement agreement = agreements.get(agreementId);
        agreements.requireEditor(actor, agreement);
        AgreementMeeting meeting = meetings.get(agreementId, meetingId);
        LocalDate on = meeting.getStartsAt().atZone(ClockConfig.WARSAW).toLocalDate();
        if (on.isAfter(agreements.today())) {
            throw new RuleViolation(null, "governance.resolution.meetingAhead");
        }
        if (!meeting.hasQuorum()) {
            throw new RuleViolation(null, "governance.resolution.noQuorum", meeting.presentCount(),
                    meeting.getMembers(), meeting.quorumNeeded());
        }
        Set<Long> present = meeting.present();
        if (votes.size() > present.size()) {
            throw new RuleViolation("votes", "governance.resolution.tooManyVotes", votes.size(), present.size());
        }
        if (!present.containsAll(votes.keySet())) {
            throw new RuleViolation("votes", "governance.resolution.voteNotPresent");
        }
        long votesFor = votes.values().stream().filter(Resolution.Vote.FOR::equals).count();
        long against = votes.values().stream().filter(Resolution.Vote.AGAINST::equals).count();
        if (votesFor <= against) {
            throw new RuleViolation("votes", "governance.resolution.notAdopted", votesFor, against);
        }
        Resolution changes = null;
        if (draft.changesId() != null) {
            if (draft.change() == null) {
                throw new RuleViolation("change", "governance.field.required");
            }
            changes = resolutions.findByIdAndAgreementId(draft.changesId(), agreementId)
                .orElseThrow(() -> new RuleViolation("changesId", "governance.resolution.unknown"));
            changes.changedBy(draft.change());
        }
        try {
            Resolution saved = resolutions.saveAndFlush(new Resolution(meeting, on,
                    resolutions.lastNumber(agreementId, on.getYear()) + 1, draft.title().strip(), draft.text().strip(),
                    changes, draft.change(), votes, actor, clock.instant()));
            return saved.getId();
        }
        catch (DataIntegrityViolationException e) {
            throw new StateConflict("governance.resolution.numberTaken");
        }
    }

}
