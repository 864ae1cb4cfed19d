package pl.wspolnie.diagnosis.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Invitations by mail with a personal single-use link, for people without an account: the
 * survey's editor pastes the addresses (one a line), each new one gets a mail.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Invitations {

    /** At most this many addresses at once. */
    public static final int MAX_AT_ONCE = 500;

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]{2,}");

    /** How an invitation went: how many were sent now, how many were invited before. */
    public record Outcome(int invited, int skipped) {
    }

    private final Surveys surveys;

    private final InvitationRepository invitations;

    private final Permissions permissions;

    private final ApplicationEventPublisher events;

    private final Answering answering;

    private final Clock clock;

    @Transactional(readOnly = true)
    public List<Invitation> of(long surveyId) {
        surveys.editable(surveyId);
        return invitations.findBySurveyIdOrderByIdAsc(surveyId);
    }

    /**
     * Invites the addresses typed one a line: every address not looking like one is named
     * in the refusal (at the field), nothing is sent then; an address invited before is
     * skipped.
     */
    public Outcome invite(long surveyId, String typed) {
        Survey survey = surveys.editable(surveyId);
        if (survey.isEmbedded()) {
            throw new RuleViolation("addresses", "diagnosis.survey.embedded");
        }
        AuthenticatedUser user = permissions.requireUser();
        Set<String> addresses = new LinkedHashSet<>();
        List<String> wrong = new ArrayList<>();
        for (String line : (typed == null ? "" : typed).split("\\R")) {
            String address = line.strip();
            if (address.isEmpty()) {
                continue;
            }
            if (address.length() > 320 || !ADDRESS.matcher(address).matches()) {
                wrong.add(address.length() > 60 ? address.substring(0, 60) + "…" : address);
            }
            else {
                addresses.add(address.toLowerCase(Locale.ROOT));
            }
        }
        if (!wrong.isEmpty()) {
            throw new RuleViolation("addresses", "diagnosis.invite.wrong", String.join(", ", wrong));
        }
        if (addresses.isEmpty()) {
            throw new RuleViolation("addresses", "diagnosis.invite.none");
        }
        if (addresses.size() > MAX_AT_ONCE) {
            throw new RuleViolation("addresses", "diagnosis.invite.tooMany", MAX_AT_ONCE);
        }
        if (!survey.isPublished()) {
            throw new RuleViolation("addresses", "diagnosis.invite.notPublished");
        }
        if (survey.hasEndedOn(answering.today())) {
            throw new RuleViolation("addresses", "diagnosis.answer.closed");
        }
        Set<String> before = new LinkedHashSet<>();
        invitations.findBySurveyIdOrderByIdAsc(surveyId).forEach(i -> before.add(i.getEmail()));
        int invited = 0;
        for (String address : addresses) {
            if (before.contains(address)) {
                continue;
            }
            Invitation invitation = invitations.save(new Invitation(survey, address, user.userId(), clock.instant()));
            events.publishEvent(new InvitationDue(invitation.getId()));
            invited++;
        }
        return new Outcome(invited, addresses.size() - invited);
    }

    /**
     * Short single-use answer codes of an embedded survey, for its owner to hand out (no
     * mail); the codes are returned once, only their hashes stay. No permission checks:
     * the owner checked them.
     */
    public List<String> issueCodes(Survey survey, int count, long issuedBy) {
        if (survey.hasEndedOn(answering.today())) {
            throw new StateConflict("diagnosis.answer.closed");
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Invitation invitation = Invitation.code(survey, issuedBy, clock.instant());
            codes.add(invitation.issueCode(clock.instant()));
            invitations.save(invitation);
        }
        return codes;
    }

    /** How many codes (or invitations) of a survey were issued, how many of them used. */
    public record Issued(int issued, int used) {
    }

    @Transactional(readOnly = true)
    public Issued issued(long surveyId) {
        List<Invitation> all = invitations.findBySurveyIdOrderByIdAsc(surveyId);
        return new Issued(all.size(), (int) all.stream().filter(Invitation::isUsed).count());
    }

}
