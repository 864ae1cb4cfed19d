package pl.wspolnie.organizations.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.OrganizationDetails;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.JstType;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.identifiers.PolishIdentifiers;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Use cases of an organisation's profile: register it, change its data and logo, verify
 * it. Every rule on the data (register given, identifiers not yet in the directory, a
 * real gmina, known spheres) is checked here.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OrganizationProfiles {

    /** What the profile page shows, read in one transaction. */
    public record Profile(Organization organization, JstSummary gmina, List<Sphere> spheres, long representatives,
            MembershipStatus myMembership, boolean mayManage, boolean mayVerify) {
    }

    /** An organisation opened for editing, with its data read in the transaction. */
    public record Editable(Organization organization, OrganizationDetails details) {
    }

    private final OrganizationRepository organizations;

    private final LogoRepository logos;

    private final MembershipRepository memberships;

    private final SphereCatalogue spheres;

    private final OrganizationAccess access;

    private final Permissions permissions;

    private final Jsts jsts;

    private final Clock clock;

    /**
     * Registers an organisation; the logged-in registrant becomes its active
     * representative. It starts unverified.
     * @param logo a checked logo, or null
     * @throws RuleViolation naming the fields at fault (all of them, see
     * {@link RuleViolation#all()})
     */
    public long register(OrganizationDetails details, boolean boardMember, LogoImage logo) {
        AuthenticatedUser user = permissions.requireUser();
        return create(details, user.userId(), boardMember, logo, false);
    }

    /**
     * Creates an organisation without a permission check (demo data and tests): see
     * OrganizationSeeding.
     */
    public long seed(OrganizationDetails details, Long representativeId, boolean boardMember, boolean verified) {
        return create(details, representativeId, boardMember, null, verified);
    }

    private long create(OrganizationDetails details, Long representativeId, boolean boardMember, LogoImage logo,
            boolean verified) {
        check(details, null);
        Instant now = clock.instant();
        Organization organization = new Organization(details, spheres.polishNames(details.sphereCodes()),
                representativeId, now);
        if (logo != null) {
            organization.logoChanged(logo.contentType(), now);
        }
        if (verified) {
            organization.verify(null, now); // verified by the system (demo data)
        }
        saveChecked(organization);
        if (logo != null) {
            logos.save(new OrganizationLogo(organization.getId(), logo));
        }
        if (representativeId != null) {
            memberships.save(Membership.founder(organization, representativeId, boardMember, now));
        }
        return organization.getId();
    }

    /**
     * Changes the public data (representatives, the liaison officer, platform
     * administrators).
     */
    public void update(long id, long expectedVersion, OrganizationDetails details) {
        Organization organization = get(id);
        access.requireManage(organization);
        if (organization.getVersion() != expectedVersion) {
            throw new RuleViolation(null, "organizations.edit.staleVersion");
        }
        check(details, id);
        organization.change(details, spheres.polishNames(details.sphereCodes()));
        saveChecked(organization);
    }

    public void changeLogo(long id, LogoImage image) {
        Organization organization = get(id);
        access.requireManage(organization);
        logos.findById(id).ifPresentOrElse(l -> l.replace(image), () -> logos.save(new OrganizationLogo(id, image)));
        organization.logoChanged(image.contentType(), clock.instant());
    }

    public void removeLogo(long id) {
        Organization organization = get(id);
        access.requireManage(organization);
        logos.findById(id).ifPresent(logos::delete);
        organization.logoChanged(null, null);
    }

    /**
     * The liaison officer confirms that the organisation exists and its data are true.
     */
    public void verify(long id) {
        Organization organization = get(id);
        access.requireVerify(organization);
        organization.verify(permissions.requireUser().userId(), clock.instant());
    }

    public void unverify(long id) {
        Organization organization = get(id);
        access.requireVerify(organization);
        organization.unverify();
    }

    @Transactional(readOnly = true)
    public Organization get(long id) {
        return organizations.findById(id).orElseThrow(() -> new NotFound("organisation " + id));
    }

    /**
     * The organisation and its data for the edit form: only for those who may change it.
     */
    @Transactional(readOnly = true)
    public Editable getForEdit(long id) {
        Organization organization = get(id);
        access.requireManage(organization);
        return new Editable(organization, organization.details());
    }

    @Transactional(readOnly = true)
    public Profile profile(long id) {
        Organization organization = get(id);
        JstSummary gmina = jsts.get(organization.getGminaId());
        MembershipStatus mine = permissions.currentUser()
            .flatMap(u -> memberships.findOne(id, u.userId(),
                    EnumSet.of(MembershipStatus.PENDING, MembershipStatus.ACTIVE)))
            .map(Membership::getStatus)
            .orElse(null);
        boolean mayVerify = access.mayVerify(organization);
        // The same rule as OrganizationAccess.mayManage, without asking again for the
        // membership read above.
        boolean mayManage = mine == MembershipStatus.ACTIVE || mayVerify;
        return new Profile(organization, gmina, spheres.inOrder(organization.getSphereCodes()),
                memberships.countActive(id), mine, mayManage, mayVerify);
    }

    @Transactional(readOnly = true)
    public Optional<OrganizationLogo> logo(long id) {
        return logos.findById(id);
    }

    private void check(OrganizationDetails d, Long self) {
        List<RuleViolation> problems = new ArrayList<>();
        if (d.krs() == null) {
            if (d.registerName() == null && d.registerNumber() == null) {
                problems.add(new RuleViolation("krs", "organizations.registry.required"));
            }
            else if (d.registerName() == null) {
                problems.add(new RuleViolation("registerName", "organizations.registry.nameRequired"));
            }
            else if (d.registerNumber() == null) {
                problems.add(new RuleViolation("registerNumber", "organizations.registry.numberRequired"));
            }
        }
        else {
            organizations.findByKrs(PolishIdentifiers.digits(d.krs()))
                .filter(o -> !o.getId().equals(self))
                .ifPresent(o -> problems.add(new RuleViolation("krs", "organizations.krs.taken", o.getName())));
        }
        if (d.nip() != null) {
            organizations.findByNip(PolishIdentifiers.digits(d.nip()))
                .filter(o -> !o.getId().equals(self))
                .ifPresent(o -> problems.add(new RuleViolation("nip", "organizations.nip.taken", o.getName())));
        }
        if (d.gminaId() == null || jsts.find(d.gminaId()).filter(j -> j.type() == JstType.GMINA).isEmpty()) {
            problems.add(new RuleViolation("gminaId", "organizations.gmina.unknown"));
        }
        if (d.sphereCodes().isEmpty()) {
            problems.add(new RuleViolation("spheres", "organizations.spheres.required"));
        }
        else if (!d.sphereCodes().stream().allMatch(spheres::isItem)) {
            problems.add(new RuleViolation("spheres", "organizations.spheres.unknown"));
        }
        RuleViolation.throwIfAny(problems);
    }

    /**
     * Saves now, so that a registration racing this one on the same KRS or NIP ends as a
     * field error, not a 500.
     */
    private void saveChecked(Organization organization) {
        try {
            organizations.saveAndFlush(organization);
        }
        catch (DataIntegrityViolationException e) {
            String message = String.valueOf(e.getMostSpecificCause().getMessage());
            if (message.contains("organization_krs_uq")) {
                throw new RuleViolation("krs", "organizations.krs.takenNow");
            }
            if (message.contains("organization_nip_uq")) {
                throw new RuleViolation("nip", "organizations.nip.takenNow");
            }
            throw e;
        }
    }

}
