package pl.wspolnie.governance.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.shared.security.Permissions;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The read side of the register of resolutions: one call per page. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ResolutionPages {

    /** A resolution in the register with the meeting that adopted it. */
    public record RegisterRow(Resolution resolution, AgreementMeeting meeting) {
    }

    /**
     * The register (or what the search found) and whether the viewer records resolutions.
     */
    public record RegisterPage(Agreement agreement, List<RegisterRow> rows, String q, boolean mayEdit) {
    }

    /** A member's vote as the resolution's page shows it. */
    public record VoteRow(String name, Resolution.Vote vote) {
    }

    /**
     * A resolution's page: its meeting, the named vote, the resolution it changes, and
     * the later ones that changed it.
     */
    public record ResolutionPage(Agreement agreement, Resolution resolution, AgreementMeeting meeting, long present,
            List<VoteRow> votes, Resolution changes, List<Resolution> changedBy,
            List<Documents.AdoptedVersion> adopted) {
    }

    /**
     * The form of a resolution adopted at a meeting: the members present who vote, and
     * the resolutions it may amend or repeal.
     */
    public record FormPage(Agreement agreement, AgreementMeeting meeting, List<GovernancePages.Attendee> present,
            List<Resolution> changeable) {
    }

    private final Agreements agreements;

    private final Meetings meetings;

    private final ResolutionRegister resolutions;

    private final ResolutionRepository repository;

    private final AgreementMeetingRepository meetingRepository;

    private final Documents documents;

    private final Accounts accounts;

    private final Permissions permissions;

    public RegisterPage register(long agreementId, String q) {
        Agreement agreement = agreements.get(agreementId);
        List<Resolution> found = resolutions.search(agreementId, q);
        Map<Long, AgreementMeeting> byId = meetingRepository
            .findAllById(found.stream().map(Resolution::getMeetingId).collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(AgreementMeeting::getId, Function.identity()));
        return new RegisterPage(agreement,
                found.stream().map(r -> new RegisterRow(r, byId.get(r.getMeetingId()))).toList(),
                q == null ? "" : q.strip(), mayEdit(agreement));
    }

    public ResolutionPage resolution(long agreementId, long resolutionId) {
        Agreement agreement = agreements.get(agreementId);
        Resolution r = resolutions.get(agreementId, resolutionId);
        Map<Long, AccountSummary> people = accounts.findAll(r.getVotes().keySet());
        List<VoteRow> votes = r.getVotes()
            .entrySet()
            .stream()
            .map(e -> new VoteRow(people.containsKey(e.getKey()) ? people.get(e.getKey()).displayName() : "",
                    e.getValue()))
            .sorted(Comparator.comparing(VoteRow::name))
            .toList();
        AgreementMeeting meeting = meetings.get(agreementId, r.getMeetingId());
        return new ResolutionPage(agreement, r, meeting, meeting.presentCount(), votes,
                r.getChangesId() == null ? null : repository.findById(r.getChangesId()).orElse(null),
                repository.findByChangesIdOrderByYearAscNumberAsc(r.getId()), documents.adoptedBy(r.getId()));
    }

    public FormPage form(long agreementId, long meetingId) {
        Agreement agreement = agreements.get(agreementId);
        agreements.requireEditor(permissions.requireUser().userId(), agreement);
        AgreementMeeting meeting = meetings.get(agreementId, meetingId);
        Set<Long> present = meeting.present();
        Map<Long, AccountSummary> people = accounts.findAll(present);
        List<GovernancePages.Attendee> attendees = present.stream()
            .map(id -> new GovernancePages.Attendee(id, people.containsKey(id) ? people.get(id).displayName() : "",
                    true))
            .sorted(Comparator.comparing(GovernancePages.Attendee::name))
            .toList();
        return new FormPage(agreement, meeting, attendees,
                resolutions.search(agreementId, "").stream().filter(Resolution::isInForce).toList());
    }

    /** The resolutions adopted at a meeting (listed on its page). */
    public List<Resolution> ofMeeting(long meetingId) {
        return repository.findByMeetingIdOrderByNumberAsc(meetingId);
    }

    private boolean mayEdit(Agreement agreement) {
        return permissions.currentUser().map(u -> agreements.mayEdit(u.userId(), agreement)).orElse(false);
    }

}
