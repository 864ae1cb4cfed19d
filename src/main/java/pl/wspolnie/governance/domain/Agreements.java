package pl.wspolnie.governance.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The agreement's use cases: the coordinator creates it; a JST, a unit or an NGO applies
 * to join by accepting its declaration; the coordinator (while the agreement has no
 * Council) or a Council member accepts or refuses with reasons; a party leaves on a date.
 * Each takes the acting person's id and checks their right.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Agreements {

    private static final Set<Party.Status> ACTIVE = Set.of(Party.Status.APPLIED, Party.Status.MEMBER);

    private final AgreementRepository agreements;

    private final PartyRepository parties;

    private final UnitRepository units;

    private final GovernanceAccess access;

    private final Jsts jsts;

    private final Organizations organizations;

    private final PartyExits exits;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public Agreement get(long agreementId) {
        return agreements.findById(agreementId).orElseThrow(() -> new NotFound("agreement " + agreementId));
    }

    @Transactional(readOnly = true)
    public List<Agreement> all() {
        return agreements.findAllByOrderBySignedOnDescIdDesc();
    }

    @Transactional(readOnly = true)
    public Party party(long agreementId, long partyId) {
        return parties.findByIdAndAgreementId(partyId, agreementId)
            .orElseThrow(() -> new NotFound("party " + partyId + " of agreement " + agreementId));
    }

    /**
     * A new agreement of the JST, by one of its liaison officers; the JST is its first
     * party, a member from the day it was signed.
     */
    public long create(long actor, long jstId, AgreementText text, LocalDate signedOn) {
        JstSummary jst = jsts.get(jstId);
        if (!access.mayCoordinate(actor, jstId)) {
            throw new NotAllowed("not a liaison officer of " + jstId);
        }
        Agreement agreement = agreements.save(new Agreement(jstId, text.stripped(), signedOn, actor, clock.instant()));
        parties.save(
                Party.founding(agreement.getId(), Party.Kind.JST, jstId, jst.name(), actor, clock.instant(), signedOn));
        return agreement.getId();
    }

    /**
     * An application to join, by a representative of the NGO, an administrator of the
     * JST, or (for a unit) an administrator of its parent JST; the declaration must be
     * accepted, and a subject applies or is a party once at a time. Those who decide are
     * told by mail.
     * @throws RuleViolation on "declaration", "organizationId", "jstId", "unitName"
     */
    public long apply(long actor, long agreementId, Application application) {
        Agreement agreement = get(agreementId);
        Party.Kind kind = application.kind();
        if (kind == null) {
            throw new RuleViolation("kind", "governance.apply.kindRequired");
        }
        long subjectId;
        String name;
        switch (kind) {
            case NGO -> {
                Long orgId = application.organizationId();
                if (orgId == null) {
                    throw new RuleViolation("organizationId", "governance.apply.organizationRequired");
                }
                OrganizationSummary org = organizations.find(orgId)
                    .orElseThrow(() -> new RuleViolation("organizationId", "governance.apply.organizationRequired"));
                if (!organizations.isRepresentative(actor, orgId)) {
                    throw new NotAllowed("not a representative of organisation " + orgId);
                }
                subjectId = orgId;
                name = org.name();
            }
            case JST -> {
                JstSummary jst = requireAdministeredJst(actor, application.jstId());
                subjectId = jst.id();
                name = jst.name();
            }
            default -> {
                JstSummary parent = requireAdministeredJst(actor, application.jstId());
                String unitName = application.unitName() == null ? "" : application.unitName().strip();
                if (unitName.isEmpty()) {
                    throw new RuleViolation("unitName", "governance.apply.unitNameRequired");
                }
                Unit unit = units.findByParentJstIdAndName(parent.id(), unitName)
                    .orElseGet(() -> units.save(new Unit(parent.id(), unitName)));
                subjectId = unit.getId();
                name = unitName;
            }
        }
        if (!application.declaration()) {
            throw new RuleViolation("declaration", "governance.apply.declarationRequired");
        }
        if (parties.existsByAgreementIdAndKindAndSubjectIdAndStatusIn(agreementId, kind, subjectId, ACTIVE)) {
            throw new RuleViolation("kind", "governance.apply.already", name);
        }
        long partyId;
        try {
            partyId = parties.saveAndFlush(new Party(agreement.getId(), kind, subjectId, name, actor, clock.instant()))
                .getId();
        }
        catch (DataIntegrityViolationException e) {
            // applied at the same moment
            throw new RuleViolation("kind", "governance.apply.already", name);
        }
        events.publishEvent(new GovernanceEvents.Applied(agreementId, partyId));
        return partyId;
    }

    private JstSummary requireAdministeredJst(long actor, Long jstId) {
        if (jstId == null || !jsts.exists(jstId)) {
            throw new RuleViolation("jstId", "governance.apply.jstRequired");
        }
        if (!access.isJstAdmin(actor, jstId)) {
            throw new NotAllowed("not an administrator of JST " + jstId);
        }
        return jsts.get(jstId);
    }

    /**
     * Whether the person decides on applications: a member of the agreement's Council in
     * office today, or, while it has none, a coordinator.
     */
    @Transactional(readOnly = true)
    public boolean mayDecide(long userId, Agreement agreement) {
        Set<Long> council = exits.councilMembersOn(agreement.getId(), today());
        return council.isEmpty() ? access.isCoordinator(userId, agreement) : council.contains(userId);
    }

    /**
     * Whether the person edits the register of resolutions, the documents and the goals:
     * the coordinator, or a member of the Council today.
     */
    public boolean mayEdit(long userId, Agreement agreement) {
        return access.isCoordinator(userId, agreement)
                || exits.councilMembersOn(agreement.getId(), today()).contains(userId);
    }

    void requireEditor(long userId, Agreement agreement) {
        if (!mayEdit(userId, agreement)) {
            throw new NotAllowed("neither the coordinator nor a Council member of agreement " + agreement.getId());
        }
    }

    /**
     * Accepts (a member from today) or refuses (with the reason, else a violation on
     * "reason") an application; the applicant is told by mail.
     */
    public void decide(long actor, long agreementId, long partyId, boolean accept, String reason) {
        Agreement agreement = get(agreementId);
        if (!mayDecide(actor, agreement)) {
            throw new NotAllowed("may not decide on applications to agreement " + agreementId);
        }
        Party party = party(agreementId, partyId);
        if (accept) {
            party.accept(actor, clock.instant(), today(), reason);
        }
        else {
            party.refuse(actor, clock.instant(), reason);
        }
        events
            .publishEvent(new GovernanceEvents.ApplicationDecided(agreementId, partyId, party.getAppliedBy(), accept));
    }

    /**
     * The party leaves on the date (not before it joined), by one who acts for it or a
     * coordinator; its Forum mandates and Council seats end with it.
     */
    public void leave(long actor, long agreementId, long partyId, LocalDate on) {
        Agreement agreement = get(agreementId);
        Party party = party(agreementId, partyId);
        if (!access.actsFor(actor, party) && !access.isCoordinator(actor, agreement)) {
            throw new NotAllowed("does not act for party " + partyId);
        }
        if (on == null) {
            throw new RuleViolation("leftOn", "governance.leave.dateRequired");
        }
        party.leave(on);
        exits.partyLeft(party, on);
    }

    /**
     * An application of an organisation made for the demo data, without the check that
     * the applicant represents it (the demo organisations have no representatives);
     * decided afterwards like any other. For the demo data only.
     */
    public long seedApplication(long applicantId, long agreementId, long organizationId) {
        OrganizationSummary org = organizations.find(organizationId)
            .orElseThrow(() -> new NotFound("organisation " + organizationId));
        return parties
            .save(new Party(get(agreementId).getId(), Party.Kind.NGO, organizationId, org.name(), applicantId,
                    clock.instant()))
            .getId();
    }

    /** The id of the subject's party (applied or member) in the agreement. */
    @Transactional(readOnly = true)
    public long partyOf(long agreementId, Party.Kind kind, long subjectId) {
        return parties.findByAgreementIdOrderByJoinedOnAscNameAsc(agreementId)
            .stream()
            .filter(p -> p.getKind() == kind && p.getSubjectId() == subjectId && ACTIVE.contains(p.getStatus()))
            .map(Party::getId)
            .findFirst()
            .orElseThrow(() -> new NotFound("party " + kind + " " + subjectId));
    }

}
