package pl.wspolnie.competitions.domain.offer;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.competitions.domain.CanonicalJson;
import pl.wspolnie.competitions.domain.CompetitionSettings;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionRepository;
import pl.wspolnie.competitions.domain.announcement.CompetitionTask;
import pl.wspolnie.competitions.domain.decision.Award;
import pl.wspolnie.competitions.domain.decision.AwardRepository;
import pl.wspolnie.competitions.domain.review.OffersReadyForScoring;

import pl.wspolnie.shared.domain.NotAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.time.Duration;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import pl.wspolnie.shared.scheduling.JobLocks;
import java.math.BigDecimal;

/**
 * Use cases of an offer: an NGO representative drafts it (alone or jointly with other
 * organisations), saves it, submits it before the deadline as an immutable version with a
 * SHA-256 checksum, or withdraws it; anyone verifies a checksum.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Offers {

    /**
     * An offer opened for work: the offer, its form as saved, its competition and its
     * offerors (lead first).
     */
    public record Workspace(Offer offer, OfferForm form, Competition competition, List<OrganizationSummary> offerors,
            List<OfferVersion> versions) {
    }

    /**
     * The result of saving or submitting: problems (each with its field) and the computed
     * values.
     */
    public record Outcome(OfferRules.Check check, OfferVersion version, List<String> missingAttachments) {
        public Outcome(OfferRules.Check check, OfferVersion version) {
            this(check, version, List.of());
        }
    }

    /** What the verify page shows about a checksum. */
    public record Verified(OfferVersion version, Offer offer, Competition competition, List<String> offerorNames,
            String jstName) {
    }

    private final OfferRepository offers;

    private final OfferVersionRepository versions;

    private final CompetitionRepository competitions;

    private final Organizations organizations;

    private final Offerors offerors;

    private final Permissions permissions;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final OfferDocuments documents;

    private final CompetitionSettings settings;

    private final AwardRepository awards;

    private final OfferAttachments attachments;

    private final Jsts jsts;

    /**
     * The organisations the current user represents (for choosing the lead offeror), by
     * name.
     */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> representedByCurrentUser() {
        AuthenticatedUser user = permissions.requireUser();
        return organizations.findAll(organizations.representedBy(user.userId()))
            .values()
            .stream()
            .sorted(Comparator.comparing(OrganizationSummary::name))
            .toList();
    }

    @Transactional(readOnly = true)
    public boolean mayCurrentUserOffer() {
        return permissions.currentUser().map(u -> !organizations.representedBy(u.userId()).isEmpty()).orElse(false);
    }

    /**
     * Starts a draft offer of an organisation the current user represents, in a
     * competition open for offers.
     */
    public long startDraft(long competitionId, long leadOrganizationId, String title) {
        AuthenticatedUser user = permissions.requireUser();
        if (!organizations.isRepresentative(user.userId(), leadOrganizationId)) {
            throw new NotAllowed("not a representative of " + leadOrganizationId);
        }
        Competition c = competitions.findById(competitionId).orElseThrow(() -> new NotFound("competition"));
        Instant now = clock.instant();
        if (!c.acceptsOffers(now)) {
            throw new RuleViolation(null, "competitions.submit.afterDeadline");
        }
        OfferForm form = new OfferForm();
        form.setTitle(title);
        if (c.getTasks().size() == 1) {
            form.setTaskId(c.getTasks().get(0).getId());
        }
        form.setPeriodFrom(c.getPeriodFrom());
        form.setPeriodTo(c.getPeriodTo());
        Offer offer = new Offer(competitionId, leadOrganizationId, title, CanonicalJson.write(form), user.userId(),
                now);
        return offers.save(offer).getId();
    }

    /**
     * The offer for its offerors' representatives; 403 for anybody else (also the JST's
     * officials: a draft is private).
     */
    @Transactional(readOnly = true)
    public Workspace open(long offerId) {
        Offer offer = find(offerId);
        offerors.requireCurrentUser(offer);
        return workspace(offer);
    }

    /**
     * Saves what was typed (drafts only: a submitted offer → 409); unreadable values come
     * back as field problems.
     */
    public Outcome saveDraft(long offerId, OfferForm posted) {
        Offer offer = offers.lockById(offerId)
            .filter(o -> !o.isSmallGrant())
            .orElseThrow(() -> new NotFound("offer " + offerId));
        offerors.requireCurrentUser(offer);
        Competition c = competitions.findById(offer.getCompetitionId()).orElseThrow();
        offer.requireOpenForChanges(c, clock.instant());
        OfferForm form = editableForm(offer, posted);
        List<OrganizationSummary> offerors = new ArrayList<>();
        List<RuleViolation> coProblems = new ArrayList<>();
        Set<Long> co = coOfferors(form, offer, offerors, coProblems);
        offer.saveDraft(CanonicalJson.write(form), form.getTitle(), form.getTaskId(), co, clock.instant());
        OfferRules.Check check = OfferRules.check(form, c, offerId, offerors, false);
        check.problems().addAll(0, coProblems);
        return new Outcome(check, null);
    }

    /**
     * Submits the offer as typed, in one transaction: an offer submitted at the deadline
     * second lands whole or not at all. After the deadline: refused, nothing changes. The
     * competition row is locked for share (many offers are submitted at once; a change of
     * the competition waits) and then the offer's row for update (the same offer sent
     * twice at once: the second sees it submitted and gets 409).
     */
    public Outcome submit(long offerId, OfferForm posted) {
        Locked locked = lock(offerId);
        Offer offer = locked.offer();
        Competition c = locked.competition();
        offerors.requireCurrentUser(offer);
        Instant now = clock.instant();
        offer.requireOpenForChanges(c, now);
        OfferForm form = editableForm(offer, posted);
        List<OrganizationSummary> offerors = new ArrayList<>();
        List<RuleViolation> coProblems = new ArrayList<>();
        Set<Long> co = coOfferors(form, offer, offerors, coProblems);
        offer.saveDraft(CanonicalJson.write(form), form.getTitle(), form.getTaskId(), co, now);
        // A budget updated after the decision must ask for exactly the awarded grant.
        BigDecimal awarded = offer.getStatus() != OfferStatus.BUDGET_UPDATE ? null
                : awards.findById(offerId).map(Award::getAmount).orElse(null);
        OfferRules.Check check = OfferRules.check(form, c, offerId, offerors, true, awarded);
        if (!coProblems.isEmpty() || !check.ok()) {
            check.problems().addAll(0, coProblems);
            return new Outcome(check, null);
        }
        int number = versions.lastNumber(offerId) + 1;
        // The files become part of the version: their SHA-256 digests are in the content
        // the checksum covers.
        OfferContent content = check.content().withAttachments(attachments.forVersion(offerId));
        String json = CanonicalJson.write(content);
        String checksum = CanonicalJson.sha256(json);
        if (versions.existsByChecksum(checksum)) {
            // Resubmitting exactly the content of an earlier version (e.g. after a call
            // for corrections).
            check.problems().add(new RuleViolation(null, "competitions.offer.unchanged"));
            return new Outcome(check, null);
        }
        attachments.markSubmitted(offerId, number);
        OfferVersion version = versions
            .save(new OfferVersion(offerId, number, json, checksum, now, permissions.requireUser().userId()));
        offer.submitted(now);
        events.publishEvent(new OfferSubmitted(offerId, number, version.getSubmittedBy()));
        // Missing required attachments do not block the submission (a formal defect): the
        // offeror is warned.
        List<String> missing = OfferAttachments.missing(c,
                content.attachments().stream().map(OfferContent.Attachment::requiredName).toList());
        return new Outcome(check, version, missing);
    }

    /**
     * Withdraws the offer before the deadline (its submitted versions stay, verifiable).
     */
    public void withdraw(long offerId) {
        Locked locked = lock(offerId);
        Offer offer = locked.offer();
        Competition c = locked.competition();
        offerors.requireCurrentUser(offer);
        offer.withdraw(c, clock.instant());
    }

    /**
     * Reopens a withdrawn offer as a draft before the deadline (the change is in the
     * audit log like every change of an offer).
     */
    public void reopen(long offerId) {
        Locked locked = lock(offerId);
        Offer offer = locked.offer();
        offerors.requireCurrentUser(offer);
        offer.reopen(locked.competition(), clock.instant());
    }

    /**
     * A submitted version's PDF: for the offerors' representatives and the officials of
     * the competition's JST.
     */
    @Transactional(readOnly = true)
    public byte[] versionPdf(long offerId, int number, Locale locale) {
        Offer offer = find(offerId);
        Competition c = competitions.findById(offer.getCompetitionId()).orElseThrow();
        if (!offerors.includeCurrentUser(offer) && !permissions.has(Role.OFFICIAL, c.getJstId())) {
            throw new NotAllowed("offer " + offerId);
        }
        OfferVersion version = versions.findByOfferIdAndNumber(offerId, number)
            .orElseThrow(() -> new NotFound("version"));
        return documents.render(version, c, locale);
    }

    /**
     * Versions whose checksum is or starts with the typed text (at least 8 hex
     * characters).
     */
    @Transactional(readOnly = true)
    public List<Verified> verify(String typed) {
        String prefix = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (prefix.length() < 8 || prefix.length() > 64 || !prefix.matches("[0-9a-f]+")) {
            throw new RuleViolation("checksum", "competitions.verify.invalid");
        }
        List<Verified> found = new ArrayList<>();
        for (OfferVersion v : versions.findByChecksumPrefix(prefix)) {
            Offer offer = offers.findById(v.getOfferId()).orElseThrow();
            // A small grant's offer has no competition: the page names its JST.
            Competition c = offer.isSmallGrant() ? null : competitions.findById(offer.getCompetitionId()).orElseThrow();
            OfferContent content = CanonicalJson.read(v.getContent(), OfferContent.class);
            found.add(new Verified(v, offer, c, content.offerors().stream().map(OfferContent.Offeror::name).toList(),
                    jsts.get(offer.isSmallGrant() ? offer.getJstId() : c.getJstId()).name()));
        }
        return found;
    }

    /**
     * The current user's organisations' offers in a competition (empty for anonymous
     * visitors).
     */
    @Transactional(readOnly = true)
    public List<Offer> mineIn(long competitionId) {
        return permissions.currentUser().map(u -> {
            Set<Long> orgs = organizations.representedBy(u.userId());
            return orgs.isEmpty() ? List.<Offer>of() : offers.findByCompetitionAndOrganizations(competitionId, orgs);
        }).orElse(List.of());
    }

    /** The current user's organisations' offers in all competitions. */
    @Transactional(readOnly = true)
    public List<Offer> mine() {
        AuthenticatedUser user = permissions.requireUser();
        Set<Long> orgs = organizations.representedBy(user.userId());
        return orgs.isEmpty() ? List.of() : offers.findByOrganizations(orgs);
    }

    /** Submitted offers of a competition, for the officials of its JST. */
    @Transactional(readOnly = true)
    public List<Offer> submittedIn(long competitionId) {
        Competition c = competitions.findById(competitionId).orElseThrow(() -> new NotFound("competition"));
        permissions.require(c.getJstId(), Role.OFFICIAL);
        return offers.findSubmitted(competitionId);
    }

    @Transactional(readOnly = true)
    public Map<Long, OrganizationSummary> organizationsOf(List<Offer> list) {
        Set<Long> ids = new LinkedHashSet<>();
        list.forEach(o -> ids.add(o.getLeadOrganizationId()));
        return organizations.findAll(ids);
    }

    /**
     * What was posted, limited to the unlocked sections when the offer is under
     * correction.
     */
    private static OfferForm editableForm(Offer offer, OfferForm posted) {
        if (offer.getStatus() != OfferStatus.CORRECTION && offer.getStatus() != OfferStatus.BUDGET_UPDATE) {
            return posted;
        }
        return CanonicalJson.read(offer.getDraft(), OfferForm.class).withUnlocked(posted, offer.unlockedSections());
    }

    /**
     * The submitted offer with its competition, for the formal review by the officials of
     * the competition's JST.
     */
    @Transactional(readOnly = true)
    public Workspace forFormalReview(long offerId) {
        Offer offer = find(offerId);
        Competition c = competitions.findById(offer.getCompetitionId()).orElseThrow();
        permissions.require(c.getJstId(), Role.OFFICIAL);
        if (offer.getStatus() == OfferStatus.DRAFT) {
            throw new NotFound("offer " + offerId);
        }
        return workspace(offer);
    }

    /**
     * Records the formal review: the checklist, a note and the result; a call for
     * corrections unlocks the named sections for {@code days} days (the setting's default
     * when null).
     */
    public void recordFormalReview(long offerId, List<Boolean> checks, String note, FormalResult result,
            Set<OfferSection> sections, Integer days) {
        Offer offer = find(offerId);
        Competition c = competitions.findById(offer.getCompetitionId()).orElseThrow();
        permissions.require(c.getJstId(), Role.OFFICIAL);
        long reviewer = permissions.requireUser().userId();
        Instant now = clock.instant();
        String checksJson = CanonicalJson.write(checks);
        if (result == FormalResult.CORRECTIONS_REQUESTED) {
            if (sections.isEmpty()) {
                throw new RuleViolation("sections", "competitions.formal.sections.required");
            }
            int d = days == null ? settings.correctionDays() : days;
            if (d < 1 || d > 60) {
                throw new RuleViolation("days", "competitions.formal.days.invalid");
            }
            offer.callForCorrections(sections, now.plus(Duration.ofDays(d)), checksJson, note, reviewer, now);
            events.publishEvent(new CorrectionsRequested(offerId));
        }
        else if (result == FormalResult.CORRECT || result == FormalResult.INCORRECT) {
            offer.recordFormalReview(result, checksJson, note, reviewer, now);
            tellCommissionWhenAllReviewed(c, now);
        }
        else {
            throw new RuleViolation("result", "competitions.formal.result.required");
        }
    }

    /**
     * Every few minutes: tells the commissions whose offers were all reviewed before the
     * deadline passed (the review itself tells them when it comes after the deadline).
     */
    @Scheduled(cron = "${wspolnie.competitions.scoring-notice-cron:0 */10 * * * *}", zone = "Europe/Warsaw")
    @SchedulerLock(name = "competitions.scoring-notices", lockAtLeastFor = JobLocks.CRON_AT_LEAST)
    public void tellCommissionsScheduled() {
        tellCommissionsReadyForScoring();
    }

    /**
     * Tells each commission whose offers are ready for scoring (once); returns how many.
     */
    public int tellCommissionsReadyForScoring() {
        Instant now = clock.instant();
        int told = 0;
        for (Long id : competitions.awaitingScoringNotice(now)) {
            if (tellCommissionWhenAllReviewed(competitions.findById(id).orElseThrow(), now)) {
                told++;
            }
        }
        return told;
    }

    /**
     * After the deadline, once every submitted offer has its formal result and one is
     * correct, the commission is told (once) that it may score.
     */
    private boolean tellCommissionWhenAllReviewed(Competition c, Instant now) {
        if (c.acceptsOffers(now) || c.getDecidedAt() != null) {
            return false;
        }
        List<Offer> submitted = offers.findSubmitted(c.getId());
        boolean allReviewed = submitted.stream()
            .allMatch(
                    o -> o.getFormalResult() == FormalResult.CORRECT || o.getFormalResult() == FormalResult.INCORRECT);
        boolean anyCorrect = submitted.stream().anyMatch(o -> o.getFormalResult() == FormalResult.CORRECT);
        if (allReviewed && anyCorrect && c.markReadyForScoring(now)) {
            events.publishEvent(new OffersReadyForScoring(c.getId()));
            return true;
        }
        return false;
    }

    private Workspace workspace(Offer offer) {
        Competition c = competitions.findById(offer.getCompetitionId()).orElseThrow();
        c.getTasks().size();
        OfferForm form = CanonicalJson.read(offer.getDraft(), OfferForm.class);
        List<OrganizationSummary> offerors = new ArrayList<>();
        coOfferors(form, offer, offerors, new ArrayList<>());
        return new Workspace(offer, form, c, offerors, versions.findByOfferIdOrderByNumber(offer.getId()));
    }

    /**
     * Reads the co-offerors' directory numbers; fills {@code offerors} (lead first) and
     * the problems.
     */
    private Set<Long> coOfferors(OfferForm form, Offer offer, List<OrganizationSummary> offerors,
            List<RuleViolation> problems) {
        Set<Long> ids = new LinkedHashSet<>();
        String text = form.getCoOfferors() == null ? "" : form.getCoOfferors();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                long id = Long.parseLong(part.strip());
                if (id != offer.getLeadOrganizationId()) {
                    ids.add(id);
                }
            }
            catch (NumberFormatException e) {
                problems.add(new RuleViolation("coOfferors", "competitions.offer.coOfferors.invalid"));
                return Set.of();
            }
        }
        if (ids.size() > 10) {
            problems.add(new RuleViolation("coOfferors", "competitions.offer.coOfferors.tooMany"));
            return Set.of();
        }
        Map<Long, OrganizationSummary> found = organizations
            .findAll(Stream.concat(Stream.of(offer.getLeadOrganizationId()), ids.stream()).toList());
        offerors.add(found.get(offer.getLeadOrganizationId()));
        for (Long id : ids) {
            if (!found.containsKey(id)) {
                problems.add(new RuleViolation("coOfferors", "competitions.offer.coOfferors.unknown", id));
                return Set.of();
            }
            offerors.add(found.get(id));
        }
        return ids;
    }

    /**
     * The offerors whose statutory spheres do not include the sphere of the offer's task
     * (a formal defect the official judges in the formal review, shown to the offeror as
     * a warning; it does not block submission).
     */
    public List<OrganizationSummary> offerorsOutsideTaskSphere(Workspace w) {
        Long taskId = w.offer().getTaskId();
        String sphere = taskId == null ? null
                : w.competition()
                    .getTasks()
                    .stream()
                    .filter(t -> t.getId().equals(taskId))
                    .map(CompetitionTask::getSphereCode)
                    .findFirst()
                    .orElse(null);
        if (sphere == null || w.offerors().isEmpty()) {
            return List.of();
        }
        Set<Long> inSphere = organizations.activeInSphere(w.offerors().stream().map(OrganizationSummary::id).toList(),
                sphere);
        return w.offerors().stream().filter(o -> !inSphere.contains(o.id())).toList();
    }

    private record Locked(Competition competition, Offer offer) {
    }

    /**
     * Locks in the order a decision does (competition, then offer), so the two cannot
     * deadlock.
     */
    private Locked lock(long offerId) {
        long competitionId = offers.competitionIdOf(offerId).orElseThrow(() -> new NotFound("offer " + offerId));
        Competition competition = competitions.lockSharedById(competitionId).orElseThrow();
        Offer offer = offers.lockById(offerId).orElseThrow(() -> new NotFound("offer " + offerId));
        return new Locked(competition, offer);
    }

    /**
     * A competition's offer (a small grant's offer has its own pages:
     * {@code SmallGrants}).
     */
    private Offer find(long offerId) {
        return offers.findById(offerId)
            .filter(o -> !o.isSmallGrant())
            .orElseThrow(() -> new NotFound("offer " + offerId));
    }

}
