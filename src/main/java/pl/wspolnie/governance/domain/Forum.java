package pl.wspolnie.governance.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The Forum of an agreement: every party names exactly one representative (and may name a
 * substitute) by a dated mandate. A mandate from a later day replaces the open one of the
 * same role (which ends the day before); any other overlap is refused, and the database's
 * exclusion constraint keeps it so under concurrent requests.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Forum {

    /** What a party names: the role, the person (an account's e-mail) and the period. */
    public record Naming(Mandate.Role role, String email, LocalDate validFrom, LocalDate validTo) {
    }

    private final Agreements agreements;

    private final MandateRepository mandates;

    private final GovernanceAccess access;

    private final Accounts accounts;

    private final Clock clock;

    /**
     * Names the party's representative or substitute, by one who acts for the party.
     * @throws RuleViolation on "email" (no such account, the same person in the other
     * role), "validFrom" (before the party joined, overlapping another mandate),
     * "validTo" (before the start)
     */
    public long name(long actor, long agreementId, long partyId, Naming naming) {
        Party party = agreements.party(agreementId, partyId);
        access.requireActsFor(actor, party);
        if (!party.isMember()) {
            throw new StateConflict("governance.leave.notMember", "party " + partyId + " is " + party.getStatus());
        }
        if (naming.role() == null) {
            throw new RuleViolation("role", "governance.field.required");
        }
        AccountSummary person = access.person(naming.email());
        LocalDate from = naming.validFrom();
        LocalDate to = naming.validTo();
        if (from.isBefore(party.getJoinedOn())) {
            throw new RuleViolation("validFrom", "governance.mandate.beforeJoining", Days.of(party.getJoinedOn()));
        }
        if (to != null && to.isBefore(from)) {
            throw new RuleViolation("validTo", "governance.mandate.endBeforeStart");
        }
        List<Mandate> ofParty = mandates.findByPartyIdOrderByValidFromAsc(partyId);
        for (Mandate m : ofParty) {
            if (m.getRole() == naming.role() && m.getValidTo() == null && m.getValidFrom().isBefore(from)) {
                m.endOn(from.minusDays(1)); // a change of representative from that day
            }
        }
        mandates.flush(); // the ended mandate is updated before the new one is inserted
        for (Mandate m : ofParty) {
            if (m.getRole() == naming.role() && m.overlaps(from, to)) {
                throw new RuleViolation("validFrom", "governance.mandate.overlap", nameOf(m.getUserId()),
                        Days.of(m.getValidFrom()), Days.of(m.getValidTo()));
            }
            if (m.getRole() != naming.role() && m.getUserId() == person.id() && m.overlaps(from, to)) {
                throw new RuleViolation("email", "governance.mandate.bothRoles", person.displayName());
            }
        }
        try {
            return mandates
                .saveAndFlush(new Mandate(partyId, naming.role(), person.id(), from, to, actor, clock.instant()))
                .getId();
        }
        catch (DataIntegrityViolationException e) {
            // named at the same moment
            throw new RuleViolation("validFrom", "governance.mandate.overlapNow");
        }
    }

    private String nameOf(long userId) {
        return accounts.find(userId).map(AccountSummary::displayName).orElse("?");
    }

    /** The party's mandate of the role on that day. */
    @Transactional(readOnly = true)
    public Optional<Mandate> holder(long partyId, Mandate.Role role, LocalDate day) {
        return mandates.findByPartyIdOrderByValidFromAsc(partyId)
            .stream()
            .filter(m -> m.getRole() == role && m.isValidOn(day))
            .findFirst();
    }

    /**
     * A mandate named for the demo data without the check of who names it (the demo
     * organisations have no representatives to name them). For the demo data only.
     */
    public long seedMandate(long partyId, Mandate.Role role, long userId, LocalDate from, long namedBy) {
        return mandates.save(new Mandate(partyId, role, userId, from, null, namedBy, clock.instant())).getId();
    }

}
