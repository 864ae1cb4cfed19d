package pl.wspolnie.competitions.domain.offer;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.competitions.domain.CompetitionSettings;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionRepository;
import pl.wspolnie.competitions.domain.review.CommissionMemberRepository;

import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.files.Upload;
import pl.wspolnie.shared.files.StoredFile;
import pl.wspolnie.shared.files.FileCheck;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Attachments to an offer: the offeror uploads a file per required attachment of the
 * announcement (a new file replaces the one before) and other files; PDF, JPEG, PNG, ODT
 * or DOCX (checked by the first bytes), up to
 * {@code wspolnie.competitions.attachment-max-mb}. Submission makes them part of the
 * version (their SHA-256 digests are in the canonical JSON); from then on they can only
 * be replaced under a call for corrections that unlocks them. Missing required
 * attachments do not block submission: they are a formal defect shown to both sides.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OfferAttachments {

    /** An attachment without its bytes. */
    public interface Listed {

        Long getId();

        String getRequiredName();

        String getFileName();

        String getContentType();

        int getSizeBytes();

        String getSha256();

        Integer getSubmittedIn();

        Instant getUploadedAt();

        /** The size in kilobytes, two decimals. */
        default BigDecimal getSizeKb() {
            return BigDecimal.valueOf(getSizeBytes()).divide(BigDecimal.valueOf(1024), 2, RoundingMode.HALF_UP);
        }

    }

    /** The allowed types, by extension (the first bytes must match too). */
    public static final Set<String> EXTENSIONS = Set.of("pdf", "jpg", "jpeg", "png", "odt", "docx");

    public static final int MAX_PER_OFFER = 20;

    private final OfferAttachmentRepository attachments;

    private final OfferRepository offers;

    private final CompetitionRepository competitions;

    private final CommissionMemberRepository members;

    private final Organizations organizations;

    private final Permissions permissions;

    private final CompetitionSettings settings;

    private final Clock clock;

    /** The size limit in bytes. */
    public long maxBytes() {
        return settings.attachmentMaxMb() * 1024L * 1024L;
    }

    public int maxMb() {
        return settings.attachmentMaxMb();
    }

    /**
     * Attaches a file to the offer (its offerors' representatives only, 403 otherwise; a
     * submitted offer → 409). {@code requiredName} names one of the announcement's
     * required attachments, or is blank for another file.
     */
    public long attach(long offerId, String requiredName, Upload upload) {
        Offer offer = find(offerId);
        AuthenticatedUser user = requireOfferor(offer);
        Competition c = competitions.findById(offer.getCompetitionId()).orElseThrow();
        requireAttachmentsEditable(offer, c);
        String slot = requiredName == null || requiredName.isBlank() ? null : requiredName.strip();
        if (slot != null && !c.requiredAttachmentList().contains(slot)) {
            throw new RuleViolation("requiredName", "competitions.attachment.unknownSlot");
        }
        StoredFile file = FileCheck.of("file", EXTENSIONS, (int) maxBytes(), "competitions.attachment")
            .check(upload, clock.instant());
        List<Listed> current = attachments.current(offerId);
        if (slot != null) {
            // A new file for a required attachment replaces the one before.
            current.stream().filter(a -> slot.equals(a.getRequiredName())).forEach(a -> remove(offer, a.getId()));
        }
        else if (current.size() >= MAX_PER_OFFER) {
            throw new RuleViolation("file", "competitions.attachment.tooMany", MAX_PER_OFFER);
        }
        return attachments
            .save(new OfferAttachment(offerId, slot, file.getFileName(), file.getMediaType(), file.getContent(),
                    user.userId(), file.getUploadedAt()))
            .getId();
    }

    /**
     * Removes a file from the offer: deleted while never submitted; only marked removed
     * under a call for corrections.
     */
    public void remove(long offerId, long attachmentId) {
        Offer offer = find(offerId);
        requireOfferor(offer);
        Competition c = competitions.findById(offer.getCompetitionId()).orElseThrow();
        requireAttachmentsEditable(offer, c);
        remove(offer, attachmentId);
    }

    private void remove(Offer offer, long attachmentId) {
        OfferAttachment a = attachments.findById(attachmentId)
            .filter(x -> x.getOfferId().equals(offer.getId()) && x.getRemovedAt() == null)
            .orElseThrow(() -> new NotFound("attachment " + attachmentId));
        if (a.isSubmitted()) {
            a.removed(clock.instant());
        }
        else {
            attachments.delete(a);
        }
    }

    /**
     * The offer's current attachments (for its offerors' page; the caller has checked
     * access).
     */
    @Transactional(readOnly = true)
    public List<Listed> current(long offerId) {
        return attachments.current(offerId);
    }

    /**
     * The required attachments of the announcement that have no file among
     * {@code current}.
     */
    public static List<String> missing(Competition c, List<String> attachedRequiredNames) {
        List<String> missing = new ArrayList<>(c.requiredAttachmentList());
        missing.removeAll(attachedRequiredNames);
        return missing;
    }

    /**
     * The current attachments as they go into the content of a version being submitted.
     */
    List<OfferContent.Attachment> forVersion(long offerId) {
        return attachments.current(offerId)
            .stream()
            .map(a -> new OfferContent.Attachment(a.getId(), a.getRequiredName(), a.getFileName(), a.getContentType(),
                    a.getSizeBytes(), a.getSha256()))
            .toList();
    }

    /**
     * Makes the current attachments part of the submitted version {@code number}: from
     * now on they cannot change.
     */
    void markSubmitted(long offerId, int number) {
        attachments.markSubmitted(offerId, number);
    }

    /**
     * A file for download: the offerors' representatives (any of the offer's files); for
     * a file of a submitted version also the officials of the competition's JST and,
     * after the offer deadline, the members of its commission who are not excluded from
     * the offer. Anybody else: 403.
     */
    @Transactional(readOnly = true)
    public OfferAttachment download(long offerId, long attachmentId) {
        Offer offer = find(offerId);
        OfferAttachment a = attachments.findById(attachmentId)
            .filter(x -> x.getOfferId().equals(offer.getId()))
            .orElseThrow(() -> new NotFound("attachment " + attachmentId));
        AuthenticatedUser user = permissions.requireUser();
        Set<Long> represented = organizations.representedBy(user.userId());
        boolean offeror = offer.getOrganizationIds().stream().anyMatch(represented::contains);
        if (offeror) {
            return a;
        }
        Competition c = competitions.findById(offer.getCompetitionId()).orElseThrow();
        if (a.isSubmitted() && offer.getStatus() != OfferStatus.DRAFT) {
            if (permissions.has(Role.OFFICIAL, c.getJstId())) {
                return a;
            }
            boolean member = members.findByCompetitionIdAndUserId(c.getId(), user.userId()).isPresent();
            if (member && !c.acceptsOffers(clock.instant())) {
                return a;
            }
        }
        throw new NotAllowed("attachment " + attachmentId + " of offer " + offerId);
    }

    /**
     * A draft before the deadline, or an offer under a call for corrections that unlocked
     * the attachments.
     */
    public static boolean attachmentsEditable(Offer offer, Competition c, Instant now) {
        return switch (offer.getStatus()) {
            case DRAFT -> offer.isEditable(c, now);
            case CORRECTION -> offer.isEditable(c, now) && offer.unlockedSections().contains(OfferSection.ATTACHMENTS);
            default -> false;
        };
    }

    private void requireAttachmentsEditable(Offer offer, Competition c) {
        offer.requireEditable();
        if (offer.getStatus() == OfferStatus.BUDGET_UPDATE || (offer.getStatus() == OfferStatus.CORRECTION
                && !offer.unlockedSections().contains(OfferSection.ATTACHMENTS))) {
            throw new StateConflict("competitions.conflict.attachmentsLocked",
                    "attachments of offer " + offer.getId() + " are locked");
        }
        if (!offer.isEditable(c, clock.instant())) {
            throw new RuleViolation("file", offer.getStatus() == OfferStatus.CORRECTION
                    ? "competitions.correction.afterDeadline" : "competitions.submit.afterDeadline");
        }
    }

    private Offer find(long offerId) {
        return offers.findById(offerId).orElseThrow(() -> new NotFound("offer " + offerId));
    }

    private AuthenticatedUser requireOfferor(Offer offer) {
        AuthenticatedUser user = permissions.requireUser();
        if (offer.getOrganizationIds().stream().noneMatch(organizations.representedBy(user.userId())::contains)) {
            throw new NotAllowed("not an offeror of offer " + offer.getId());
        }
        return user;
    }

}
