package pl.wspolnie.competitions.domain.review;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionRepository;

import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * NGOs nominate people to a competition's commission (art. 15 ust. 2a–2d): while the
 * competition accepts offers, a representative of an organisation nominates a person who
 * has an account; the official of the JST sees the nominations and appoints from them
 * (the member then records the nominating organisation). A nominee who represents an
 * organisation of an offer is excluded from that offer automatically, like every member
 * ({@link Commissions}).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Nominations {

    /**
     * A nomination as shown: the nominating organisation, the nominee's e-mail, and
     * whether already appointed.
     */
    public record Row(Nomination nomination, String organization, String nomineeEmail) {
    }

    /**
     * The NGO's page: the competition, whether nominations are open, the user's
     * organisations and their nominations.
     */
    public record View(Competition competition, boolean open, List<OrganizationSummary> myOrganizations,
            List<Row> mine) {
    }

    private final NominationRepository nominations;

    private final CompetitionRepository competitions;

    private final Commissions commissions;

    private final Organizations organizations;

    private final Accounts accounts;

    private final Permissions permissions;

    private final Clock clock;

    /** Nominations are open while the published competition accepts offers. */
    @Transactional(readOnly = true)
    public boolean isOpen(Competition c) {
        return c.isPublished() && c.acceptsOffers(clock.instant());
    }

    /** For a representative of at least one organisation (403 for anybody else). */
    @Transactional(readOnly = true)
    public View view(long competitionId) {
        Competition c = published(competitionId);
        AuthenticatedUser user = permissions.requireUser();
        Set<Long> mine = organizations.representedBy(user.userId());
        if (mine.isEmpty()) {
            throw new NotAllowed("not a representative of any organisation");
        }
        List<OrganizationSummary> orgs = organizations.findAll(mine)
            .values()
            .stream()
            .sorted(Comparator.comparing(OrganizationSummary::name))
            .toList();
        return new View(c, isOpen(c), orgs,
                rows(nominations.findByCompetitionIdAndOrganizationIdInOrderById(competitionId, mine)));
    }

    /**
     * 403 unless the current user represents the organisation (checked before the form's
     * own errors are shown).
     */
    @Transactional(readOnly = true)
    public void requireRepresentative(Long organizationId) {
        AuthenticatedUser user = permissions.requireUser();
        if (organizationId == null || !organizations.isRepresentative(user.userId(), organizationId)) {
            throw new NotAllowed("not a representative of " + organizationId);
        }
    }

    /**
     * Records a nomination by a representative of the nominating organisation (403
     * otherwise, also by a crafted POST; 409 once the competition no longer accepts
     * offers). The nominee must have an account (field error).
     */
    public long nominate(long competitionId, NominationForm form) {
        Competition c = published(competitionId);
        requireRepresentative(form.getOrganizationId());
        AuthenticatedUser user = permissions.requireUser();
        if (!isOpen(c)) {
            throw new StateConflict("competitions.conflict.nominationsClosed", "nominations are closed");
        }
        AccountSummary nominee = accounts.findByEmail(form.getNomineeEmail().strip())
            .orElseThrow(() -> new RuleViolation("nomineeEmail", "competitions.commission.unknownUser"));
        if (nominations.existsByCompetitionIdAndOrganizationIdAndNomineeUserId(competitionId, form.getOrganizationId(),
                nominee.id())) {
            throw new RuleViolation("nomineeEmail", "competitions.nomination.already");
        }
        return nominations
            .save(new Nomination(competitionId, c.getJstId(), form.getOrganizationId(), nominee.id(),
                    form.getNomineeName().strip(), form.getJustification().strip(), user.userId(), clock.instant()))
            .getId();
    }

    /**
     * Every nomination of the competition, for the officials of its JST (403 for anybody
     * else).
     */
    @Transactional(readOnly = true)
    public List<Row> forOfficial(long competitionId) {
        Competition c = published(competitionId);
        permissions.require(c.getJstId(), Role.OFFICIAL);
        return rows(nominations.findByCompetitionIdOrderById(competitionId));
    }

    /**
     * The official appoints the nominee; the member records the nominating organisation
     * (409 when done already).
     */
    public void appoint(long competitionId, long nominationId, boolean chair) {
        Competition c = published(competitionId);
        permissions.require(c.getJstId(), Role.OFFICIAL);
        Nomination n = nominations.findById(nominationId)
            .filter(x -> x.getCompetitionId().equals(competitionId))
            .orElseThrow(() -> new NotFound("nomination " + nominationId));
        if (n.isAppointed()) {
            throw new StateConflict("competitions.conflict.nominationAppointed", "nomination already appointed");
        }
        String email = accounts.find(n.getNomineeUserId()).map(AccountSummary::email).orElse("");
        n.appointed(commissions.appoint(competitionId, email, n.getOrganizationId(), chair));
    }

    private List<Row> rows(List<Nomination> list) {
        Map<Long, OrganizationSummary> orgs = organizations
            .findAll(list.stream().map(Nomination::getOrganizationId).distinct().toList());
        Map<Long, AccountSummary> people = accounts
            .findAll(list.stream().map(Nomination::getNomineeUserId).distinct().toList());
        return list.stream()
            .map(n -> new Row(n,
                    Optional.ofNullable(orgs.get(n.getOrganizationId())).map(OrganizationSummary::name).orElse(""),
                    Optional.ofNullable(people.get(n.getNomineeUserId())).map(AccountSummary::email).orElse("")))
            .toList();
    }

    private Competition published(long competitionId) {
        Competition c = competitions.findById(competitionId)
            .orElseThrow(() -> new NotFound("competition " + competitionId));
        if (!c.isPublished()) {
            throw new NotFound("competition " + competitionId);
        }
        return c;
    }

}
