package pl.wspolnie.competitions.domain.smallgrant;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.HashMap;
import java.util.Locale;
import org.springframework.context.MessageSource;
import pl.wspolnie.shared.events.CalendarEntryPublished;
import pl.wspolnie.shared.events.CalendarEntryType;
import pl.wspolnie.shared.events.NoticeEntryPublished;
import pl.wspolnie.shared.text.Formats;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.competitions.domain.CanonicalJson;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferContent;
import pl.wspolnie.competitions.domain.offer.OfferRepository;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The procedure of art. 19a after submission: the official of the offer's JST judges its
 * purposefulness and publishes it for 7 days; anyone logged in sends remarks, the
 * official answers each; then the decision, refused before the 7 days end, with a remark
 * unanswered, or over a limit in force on the offer's date (each refusal naming the limit
 * and its source). The public pages: the JST's small grants and the register.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SmallGrants {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    /**
     * What the page of a submitted small grant shows: the latest version's content, the
     * procedure, the remarks, and what the viewer may do.
     */
    public record View(Offer offer, SmallGrant grant, OfferVersion version, OfferContent content, String jstName,
            List<SmallGrantRemark> remarks, boolean official, boolean offeror, LocalDate today,
            SmallGrantLimits limits) {

        public boolean mayJudge() {
            return official && grant.getStatus() == SmallGrantStatus.SUBMITTED;
        }

        public boolean mayRemark() {
            return grant.acceptsRemarks(today);
        }

        public boolean mayDecide() {
            return official && grant.getStatus() == SmallGrantStatus.PUBLISHED;
        }

        public long unanswered() {
            return remarks.stream().filter(r -> r.getAnswer() == null).count();
        }
    }

    /**
     * A row of the register: a small grant awarded, and where its contract stands (the
     * amount to return once settled).
     */
    public record RegisterRow(long offerId, String organization, String task, BigDecimal amount, LocalDate from,
            LocalDate to, LocalDate offerDate, Stage stage, BigDecimal toReturn) {
    }

    /**
     * Where an awarded small grant stands on the competitions' contract machinery:
     * awarded without a contract yet, under a contract, its final report submitted, or
     * settled (the final report accepted).
     */
    public enum Stage {

        AWARDED, CONTRACTED, REPORTED, SETTLED

    }

    private final SmallGrantRepository grants;

    private final SmallGrantRemarkRepository remarks;

    private final OfferRepository offers;

    private final OfferVersionRepository versions;

    private final SmallGrantCaps caps;

    private final Offerors offerors;

    private final Organizations organizations;

    private final Permissions permissions;

    private final Jsts jsts;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final MessageSource messages;

    /**
     * The page of a submitted small grant: public once published; before, its offerors
     * and the officials of its JST only (403 for anybody else).
     */
    @Transactional(readOnly = true)
    public View view(long offerId) {
        SmallGrant grant = grants.findById(offerId).orElseThrow(() -> new NotFound("small grant " + offerId));
        Offer offer = offers.findById(offerId).orElseThrow();
        boolean official = permissions.has(Role.OFFICIAL, grant.getJstId());
        boolean offeror = offerors.includeCurrentUser(offer);
        if (grant.getPublishedOn() == null && !official && !offeror) {
            permissions.requireUser();
            throw new NotAllowed("small grant " + offerId);
        }
        List<OfferVersion> all = versions.findByOfferIdOrderByNumber(offerId);
        OfferVersion latest = all.get(all.size() - 1);
        return new View(offer, grant, latest, CanonicalJson.read(latest.getContent(), OfferContent.class),
                jsts.get(grant.getJstId()).name(), remarks.findByOfferIdOrderByCreatedAt(offerId), official, offeror,
                today(), caps.limitsOn(grant.getOfferDate()));
    }

    /**
     * The official's judgement of purposefulness with its reason; purposeful → published
     * today for 7 days.
     */
    public void judge(long offerId, boolean purposeful, String reason) {
        SmallGrant grant = lockAsOfficial(offerId);
        long officialId = permissions.requireUser().userId();
        grant.judge(purposeful, reason, officialId, clock.instant(), today());
        events.publishEvent(purposeful ? new SmallGrantPublished(offerId) : new SmallGrantDecided(offerId));
        if (purposeful) {
            announce(grant, officialId);
        }
    }

    /**
     * The offer published for remarks goes on the JST's notice board for its 7 days and
     * into the calendar on the last day of remarks (art. 19a ust. 3 and 5), through the
     * information modules' events.
     */
    private void announce(SmallGrant grant, long officialId) {
        Offer offer = offers.findById(grant.getOfferId()).orElseThrow();
        String path = "/small-grants/offers/" + offer.getId();
        Formats fmt = new Formats();
        Object[] args = { offer.getTitle(), jsts.get(grant.getJstId()).name(), fmt.money(grant.getAmount()),
                fmt.date(grant.getPublishedOn()), fmt.date(grant.getRemarksUntil()) };
        String description = messages.getMessage("smallgrants.notice.description", args, POLISH);
        events.publishEvent(new NoticeEntryPublished(grant.getJstId(), officialId,
                messages.getMessage("smallgrants.notice.title", args, POLISH), description, path,
                grant.getRemarksUntil()));
        events.publishEvent(new CalendarEntryPublished("competitions", "small-grant-" + offer.getId(),
                CalendarEntryType.SMALL_GRANT_REMARKS, messages.getMessage("smallgrants.calendar.title", args, POLISH),
                description, grant.getRemarksUntil().atTime(23, 59).atZone(SmallGrantOffers.WARSAW), null, null,
                grant.getJstId(), offer.getSphereCode() == null ? Set.of() : Set.of(offer.getSphereCode()), path));
    }

    /** A remark by anyone logged in, within the 7 days (after them: refused). */
    public void remark(long offerId, String text) {
        AuthenticatedUser user = permissions.requireUser();
        SmallGrant grant = grants.findById(offerId).orElseThrow(() -> new NotFound("small grant " + offerId));
        if (grant.getPublishedOn() == null) {
            throw new NotFound("small grant " + offerId);
        }
        if (!grant.acceptsRemarks(today())) {
            throw new RuleViolation("text", "smallgrants.remark.closed");
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolation("text", "smallgrants.remark.required");
        }
        if (text.length() > 5000) {
            throw new RuleViolation("text", "competitions.field.tooLong");
        }
        SmallGrantRemark remark = remarks
            .save(new SmallGrantRemark(offerId, user.userId(), user.displayName(), text.strip(), clock.instant()));
        events.publishEvent(new SmallGrantRemarked(offerId, remark.getId()));
    }

    /** The official's answer to a remark (public). */
    public void answer(long remarkId, String text) {
        SmallGrantRemark remark = remarks.findById(remarkId).orElseThrow(() -> new NotFound("remark " + remarkId));
        lockAsOfficial(remark.getOfferId());
        remark.answer(text, permissions.requireUser().userId(), clock.instant());
    }

    /**
     * The decision after the 7 days with every remark answered: awarding checks the
     * limits in force on the offer's date (the organisation's yearly total, the JST's
     * share of its yearly funds).
     */
    public void decide(long offerId, boolean award, String reason) {
        SmallGrant grant = lockAsOfficial(offerId);
        long unanswered = remarks.countByOfferIdAndAnswerIsNull(offerId);
        grant.requireDecidable(unanswered, today());
        if (award) {
            LocalDate day = grant.getOfferDate();
            SmallGrantLimits limits = caps.limitsOn(day);
            List<RuleViolation> problems = new ArrayList<>();
            problems.addAll(limits.checkOrganisationYear(grant.getAmount(),
                    caps.awardedTo(grant.getJstId(), grant.getOrganizationId(), day.getYear()), null));
            problems.addAll(limits.checkShare(grant.getAmount(), caps.awardedBy(grant.getJstId(), day.getYear()),
                    caps.yearFunds(grant.getJstId(), day.getYear()), day.getYear()));
            RuleViolation.throwIfAny(problems);
        }
        grant.decide(award, reason, unanswered, permissions.requireUser().userId(), clock.instant(), today());
        events.publishEvent(new SmallGrantDecided(offerId));
    }

    /**
     * A JST's small grants for its public page: published (remarks open or closed) and
     * decided; for its officials also those waiting for the judgement.
     */
    @Transactional(readOnly = true)
    public List<SmallGrant> ofJst(long jstId) {
        List<SmallGrantStatus> statuses = new ArrayList<>(
                List.of(SmallGrantStatus.PUBLISHED, SmallGrantStatus.AWARDED, SmallGrantStatus.REFUSED));
        if (permissions.has(Role.OFFICIAL, jstId)) {
            statuses.add(SmallGrantStatus.SUBMITTED);
        }
        return grants.findByJstIdAndStatusInOrderByPublishedOnDesc(jstId, statuses);
    }

    /** The titles of the offers of these small grants. */
    @Transactional(readOnly = true)
    public Map<Long, Offer> offersOf(List<SmallGrant> list) {
        Map<Long, Offer> byId = new HashMap<>();
        offers.findAllById(list.stream().map(SmallGrant::getOfferId).toList()).forEach(o -> byId.put(o.getId(), o));
        return byId;
    }

    /** The organisations of these small grants. */
    @Transactional(readOnly = true)
    public Map<Long, OrganizationSummary> organizationsOf(List<SmallGrant> list) {
        Set<Long> ids = new HashSet<>();
        list.forEach(g -> ids.add(g.getOrganizationId()));
        return organizations.findAll(ids);
    }

    /**
     * The register: the small grants a JST awarded for offers of a year (organisation,
     * task, amount, dates, and whether the contract is signed and settled); public.
     */
    @Transactional(readOnly = true)
    public List<RegisterRow> register(long jstId, int year) {
        List<SmallGrant> list = grants.awardedIn(jstId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        Map<Long, Offer> byId = offersOf(list);
        Map<Long, OrganizationSummary> orgs = organizationsOf(list);
        Map<Long, Object[]> settlement = new HashMap<>();
        if (!list.isEmpty()) {
            grants.settlementOf(byId.keySet()).forEach(row -> settlement.put(((Number) row[0]).longValue(), row));
        }
        return list.stream().map(g -> {
            Object[] k = settlement.get(g.getOfferId());
            Stage stage = k == null ? Stage.AWARDED : "ACCEPTED".equals(k[1]) ? Stage.SETTLED
                    : "SUBMITTED".equals(k[1]) ? Stage.REPORTED : Stage.CONTRACTED;
            return new RegisterRow(g.getOfferId(), orgs.get(g.getOrganizationId()).name(),
                    byId.get(g.getOfferId()).getTitle(), g.getAmount(), g.getPeriodFrom(), g.getPeriodTo(),
                    g.getOfferDate(), stage, stage == Stage.SETTLED ? (BigDecimal) k[2] : null);
        }).toList();
    }

    /**
     * The grant awarded by the decision on this small grant's offer (the contract's
     * amount); empty when not awarded.
     */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> awarded(long offerId) {
        return grants.findById(offerId)
            .filter(g -> g.getStatus() == SmallGrantStatus.AWARDED)
            .map(SmallGrant::getAmount);
    }

    /** Whether the offer was submitted (its procedure started). */
    @Transactional(readOnly = true)
    public boolean isSubmitted(long offerId) {
        return grants.existsById(offerId);
    }

    /** Whether the current user is an official of the JST. */
    @Transactional(readOnly = true)
    public boolean isOfficialOf(long jstId) {
        return permissions.has(Role.OFFICIAL, jstId);
    }

    /** A small grant published for remarks, for the feed. */
    public record Published(long offerId, String title, String jstName, String organisation, BigDecimal amount,
            LocalDate remarksUntil, Instant publishedAt) {
    }

    /** The latest 50 offers published for remarks, newest first (the Atom feed). */
    @Transactional(readOnly = true)
    public List<Published> published() {
        List<SmallGrant> list = grants.findTop50ByPublishedOnIsNotNullOrderByJudgedAtDesc();
        Map<Long, Offer> byId = offersOf(list);
        Map<Long, OrganizationSummary> orgs = organizationsOf(list);
        return list.stream()
            .map(g -> new Published(g.getOfferId(), byId.get(g.getOfferId()).getTitle(), jsts.get(g.getJstId()).name(),
                    orgs.get(g.getOrganizationId()).name(), g.getAmount(), g.getRemarksUntil(), g.getJudgedAt()))
            .toList();
    }

    private SmallGrant lockAsOfficial(long offerId) {
        SmallGrant grant = grants.lockById(offerId).orElseThrow(() -> new NotFound("small grant " + offerId));
        permissions.require(grant.getJstId(), Role.OFFICIAL);
        return grant;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), SmallGrantOffers.WARSAW);
    }

}
