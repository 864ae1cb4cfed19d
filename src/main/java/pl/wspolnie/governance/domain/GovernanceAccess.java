package pl.wspolnie.governance.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.security.Role;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Who may act in an agreement, for a person given by id (the logged-in person, or the
 * demo's people): the coordinators are the liaison officers (pełnomocnik ds. współpracy z
 * organizacjami) of the agreement's JST; a JST acts through its administrators, a unit
 * through the administrators of its parent JST, an NGO through its representatives.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GovernanceAccess {

    private final Accounts accounts;

    private final Organizations organizations;

    private final UnitRepository units;

    public boolean isCoordinator(long userId, Agreement agreement) {
        return holds(userId, Role.LIAISON_OFFICER, agreement.getJstId());
    }

    void requireCoordinator(long userId, Agreement agreement) {
        if (!isCoordinator(userId, agreement)) {
            throw new NotAllowed("not a coordinator of agreement " + agreement.getId());
        }
    }

    /** A liaison officer of the JST: may create an agreement for it. */
    public boolean mayCoordinate(long userId, long jstId) {
        return holds(userId, Role.LIAISON_OFFICER, jstId);
    }

    boolean isJstAdmin(long userId, long jstId) {
        return holds(userId, Role.JST_ADMIN, jstId);
    }

    /**
     * Whether the person speaks for the party: applies, leaves, names its Forum
     * representatives.
     */
    public boolean actsFor(long userId, Party party) {
        return switch (party.getKind()) {
            case NGO -> organizations.isRepresentative(userId, party.getSubjectId());
            case JST -> isJstAdmin(userId, party.getSubjectId());
            case UNIT ->
                units.findById(party.getSubjectId()).map(u -> isJstAdmin(userId, u.getParentJstId())).orElse(false);
        };
    }

    /**
     * The ids of the parties among these that the person speaks for, as {@link #actsFor}
     * says for each, in at most two statements whatever their number (the organisations
     * the person represents, the units' parent JSTs) rather than one per party;
     * {@code administered} are the JSTs the person administers (the logged-in person's
     * roles).
     */
    public Set<Long> partiesActedFor(long userId, Set<Long> administered, Collection<Party> list) {
        boolean anyNgo = list.stream().anyMatch(p -> p.getKind() == Party.Kind.NGO);
        Set<Long> represented = anyNgo ? organizations.representedBy(userId) : Set.of();
        List<Long> unitIds = list.stream()
            .filter(p -> p.getKind() == Party.Kind.UNIT)
            .map(Party::getSubjectId)
            .toList();
        Map<Long, Long> parentOf = new HashMap<>();
        if (!unitIds.isEmpty() && !administered.isEmpty()) {
            units.findAllById(unitIds).forEach(u -> parentOf.put(u.getId(), u.getParentJstId()));
        }
        Set<Long> result = new HashSet<>();
        for (Party p : list) {
            boolean acts = switch (p.getKind()) {
                case NGO -> represented.contains(p.getSubjectId());
                case JST -> administered.contains(p.getSubjectId());
                case UNIT -> administered.contains(parentOf.get(p.getSubjectId()));
            };
            if (acts) {
                result.add(p.getId());
            }
        }
        return result;
    }

    void requireActsFor(long userId, Party party) {
        if (!actsFor(userId, party)) {
            throw new NotAllowed("does not act for party " + party.getId());
        }
    }

    /**
     * The account of the e-mail typed on a form (a Forum mandate, a seat, a candidate).
     * @throws RuleViolation on "email" when there is none
     */
    AccountSummary person(String email) {
        return Optional.ofNullable(email)
            .map(String::strip)
            .flatMap(accounts::findByEmail)
            .orElseThrow(() -> new RuleViolation("email", "governance.mandate.unknownPerson"));
    }

    private boolean holds(long userId, Role role, long jstId) {
        return accounts.holdersOf(List.of(role), List.of(jstId)).contains(userId);
    }

}
