package pl.wspolnie.competitions.domain.smallgrant;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.competitions.domain.offer.OfferSubmitted;
import java.util.Comparator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.competitions.domain.CanonicalJson;
import pl.wspolnie.competitions.domain.announcement.CompetitionSpheres;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferContent;
import pl.wspolnie.competitions.domain.offer.OfferDocuments;
import pl.wspolnie.competitions.domain.offer.OfferRepository;
import pl.wspolnie.competitions.domain.offer.OfferRules;
import pl.wspolnie.competitions.domain.offer.OfferVersion;
import pl.wspolnie.competitions.domain.offer.OfferVersionRepository;
import pl.wspolnie.competitions.domain.offer.Offerors;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small grant's simplified offer (art. 19a): an NGO representative drafts it for a JST
 * of the partnership at any time of the year and submits it as an immutable version with
 * its SHA-256 checksum and PDF, exactly as a competition's offer ({@code offer},
 * {@code offer_version}, {@link OfferDocuments}); the limits of art. 19a in force on the
 * offer's date are checked ({@link SmallGrantLimits}).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SmallGrantOffers {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    /**
     * A small grant's offer opened for work: the offer, its form as saved, its lead
     * organisation, its versions, the limits in force on its date and the procedure once
     * submitted (null before).
     */
    public record Workspace(Offer offer, SmallGrantForm form, OrganizationSummary organization,
            List<OfferVersion> versions, SmallGrantLimits limits, String jstName, SmallGrant grant) {
    }

    /** The result of saving or submitting: the check and the version written, if any. */
    public record Outcome(OfferRules.Check check, OfferVersion version) {
    }

    private final OfferRepository offers;

    private final OfferVersionRepository versions;

    private final SmallGrantRepository grants;

    private final SmallGrantCaps caps;

    private final Offerors offerors;

    private final Organizations organizations;

    private final Permissions permissions;

    private final Jsts jsts;

    private final CompetitionSpheres spheres;

    private final OfferDocuments documents;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    /**
     * Starts a draft for a JST of the partnership, by a representative of the
     * organisation.
     */
    public long startDraft(long jstId, long organizationId, String title) {
        AuthenticatedUser user = permissions.requireUser();
        if (!organizations.isRepresentative(user.userId(), organizationId)) {
            throw new NotAllowed("not a representative of " + organizationId);
        }
        if (jsts.members().stream().noneMatch(j -> j.id() == jstId)) {
            throw new RuleViolation("jstId", "smallgrants.start.jst.required");
        }
        if (title == null || title.isBlank()) {
            throw new RuleViolation("title", "competitions.offer.title.required");
        }
        SmallGrantForm form = new SmallGrantForm();
        form.setTitle(title.strip());
        Instant now = clock.instant();
        return offers
            .save(Offer.smallGrant(jstId, organizationId, title.strip(), CanonicalJson.write(form), user.userId(), now))
            .getId();
    }

    /**
     * The offer for its organisation's representatives; a draft is theirs only (403 for
     * anybody else, officials too).
     */
    @Transactional(readOnly = true)
    public Workspace open(long offerId) {
        Offer offer = find(offerId);
        offerors.requireCurrentUser(offer);
        return workspace(offer);
    }

    /** Saves what was typed (a draft only; a submitted offer → 409). */
    public Outcome saveDraft(long offerId, SmallGrantForm form) {
        Offer offer = lock(offerId);
        offer.saveSmallGrantDraft(CanonicalJson.write(form), form.getTitle(), sphere(form), clock.instant());
        return new Outcome(check(offer, form, false), null);
    }

    /**
     * Submits the offer: checked by the rules of the form and the limits in force today;
     * then an immutable version with its checksum, and the procedure starts (the JST's
     * officials judge it).
     */
    public Outcome submit(long offerId, SmallGrantForm form) {
        Offer offer = lock(offerId);
        Instant now = clock.instant();
        offer.saveSmallGrantDraft(CanonicalJson.write(form), form.getTitle(), sphere(form), now);
        OfferRules.Check check = check(offer, form, true);
        if (!check.ok()) {
            return new Outcome(check, null);
        }
        String json = CanonicalJson.write(check.content());
        String checksum = CanonicalJson.sha256(json);
        if (versions.existsByChecksum(checksum)) {
            check.problems().add(new RuleViolation(null, "competitions.offer.unchanged"));
            return new Outcome(check, null);
        }
        int number = versions.lastNumber(offerId) + 1;
        OfferVersion version = versions
            .save(new OfferVersion(offerId, number, json, checksum, now, permissions.requireUser().userId()));
        offer.submitted(now);
        grants.save(new SmallGrant(offerId, offer.getJstId(), offer.getLeadOrganizationId(), today(),
                check.computed().grant(), form.getPeriodFrom(), form.getPeriodTo()));
        events.publishEvent(new OfferSubmitted(offerId, number, version.getSubmittedBy()));
        events.publishEvent(new SmallGrantSubmitted(offerId));
        return new Outcome(check, version);
    }

    /**
     * The offer as typed checked: the cost table and totals of the offer form, and the
     * limits in force on the offer's date.
     */
    public OfferRules.Check check(Offer offer, SmallGrantForm form, boolean strict) {
        LocalDate day = today();
        SmallGrantLimits limits = caps.limitsOn(day);
        BigDecimal given = caps.awardedTo(offer.getJstId(), offer.getLeadOrganizationId(), day.getYear());
        List<RuleViolation> sphereProblems = new ArrayList<>();
        if (strict && !spheres.exists(sphere(form))) {
            sphereProblems.add(new RuleViolation("sphereCode", "smallgrants.offer.sphere.required"));
        }
        if (strict && (form.getPlace() == null || form.getPlace().isBlank())) {
            sphereProblems.add(new RuleViolation("place", "smallgrants.offer.place.required"));
        }
        String sphere = sphere(form);
        OfferContent.SmallGrantPart part = new OfferContent.SmallGrantPart(offer.getJstId(),
                jsts.get(offer.getJstId()).name(), sphere, spheres.label(sphere, new Locale("pl")),
                form.getPlace() == null ? "" : form.getPlace().strip());
        List<OrganizationSummary> lead = List.of(organizations.find(offer.getLeadOrganizationId()).orElseThrow());
        OfferRules.Check check = OfferRules.checkSmallGrant(form, part, offer.getId(), lead, strict, computed -> {
            List<RuleViolation> problems = new ArrayList<>(sphereProblems);
            problems
                .addAll(limits.checkOffer(form.getPeriodFrom(), form.getPeriodTo(), computed.grant(), given, strict));
            return problems;
        });
        return check;
    }

    /**
     * A version's PDF (the simplified form): the offerors and the JST's officials;
     * anybody once the offer is published for remarks (the Act publishes the offer).
     */
    @Transactional(readOnly = true)
    public byte[] versionPdf(long offerId, int number, Locale locale) {
        Offer offer = find(offerId);
        boolean published = grants.findById(offerId).map(g -> g.getPublishedOn() != null).orElse(false);
        if (!published && !offerors.includeCurrentUser(offer) && !permissions.has(Role.OFFICIAL, offer.getJstId())) {
            permissions.requireUser();
            throw new NotAllowed("small grant offer " + offerId);
        }
        OfferVersion version = versions.findByOfferIdAndNumber(offerId, number)
            .orElseThrow(() -> new NotFound("version"));
        return documents.render(version, offer.getJstId(), locale);
    }

    /** The organisations the current user represents. */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> representedByCurrentUser() {
        AuthenticatedUser user = permissions.requireUser();
        return organizations.findAll(organizations.representedBy(user.userId()))
            .values()
            .stream()
            .sorted(Comparator.comparing(OrganizationSummary::name))
            .toList();
    }

    /** The small-grant offers of the organisations the current user represents. */
    @Transactional(readOnly = true)
    public List<Offer> mine() {
        AuthenticatedUser user = permissions.requireUser();
        var orgs = organizations.representedBy(user.userId());
        return orgs.isEmpty() ? List.of() : offers.findSmallGrantsOf(orgs);
    }

    Workspace workspace(Offer offer) {
        SmallGrantForm form = CanonicalJson.read(offer.getDraft(), SmallGrantForm.class);
        SmallGrant grant = grants.findById(offer.getId()).orElse(null);
        LocalDate day = grant == null ? today() : grant.getOfferDate();
        return new Workspace(offer, form, organizations.find(offer.getLeadOrganizationId()).orElseThrow(),
                versions.findByOfferIdOrderByNumber(offer.getId()), caps.limitsOn(day),
                jsts.get(offer.getJstId()).name(), grant);
    }

    Offer find(long offerId) {
        return offers.findById(offerId)
            .filter(Offer::isSmallGrant)
            .orElseThrow(() -> new NotFound("small grant offer " + offerId));
    }

    private Offer lock(long offerId) {
        Offer offer = offers.lockById(offerId)
            .filter(Offer::isSmallGrant)
            .orElseThrow(() -> new NotFound("small grant offer " + offerId));
        offerors.requireCurrentUser(offer);
        offer.requireDraft();
        return offer;
    }

    private static String sphere(SmallGrantForm form) {
        return form.getSphereCode() == null || form.getSphereCode().isBlank() ? null : form.getSphereCode().strip();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WARSAW);
    }

}
