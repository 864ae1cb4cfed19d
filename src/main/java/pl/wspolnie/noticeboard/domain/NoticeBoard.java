package pl.wspolnie.noticeboard.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.partnership.RoleAreas;
import pl.wspolnie.shared.events.ContentPublished;
import pl.wspolnie.shared.events.ContentType;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.domain.ModerationRule;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Arrays;

/**
 * Use cases of the notice board. Funding offers come from a JST's officials, liaison
 * officers and centre staff; volunteering and job offers from an organisation's
 * representatives (or those staff). An offer of an organisation the JST has not verified
 * waits for the liaison officer of its gmina (or of a JST above it), as NGO news do; the
 * others are published at once. Only volunteering offers take responses; the
 * organisation's representatives and the author see them.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NoticeBoard {

    static final Role[] STAFF = { Role.OFFICIAL, Role.LIAISON_OFFICER, Role.CENTRE_STAFF };

    /** A liaison officer's decision on a notice of an unverified organisation. */
    private static final ModerationRule MODERATION = new ModerationRule("notices");

    private final NoticeRepository notices;

    private final NoticeResponseRepository responses;

    private final Permissions permissions;

    private final Organizations organizations;

    private final Jsts jsts;

    private final RoleAreas roleAreas;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    @Transactional(readOnly = true)
    public Page<Notice> current(NoticeKind kind, int page, int size) {
        return notices.current(LocalDate.now(clock), kind, PageRequest.of(Math.max(0, page), size));
    }

    @Transactional(readOnly = true)
    public Notice get(long id) {
        return notices.findById(id).orElseThrow(() -> new NotFound("notice " + id));
    }

    /**
     * A notice as its page shows it: published for everyone; pending or rejected only for
     * its side and moderators (else 404).
     */
    @Transactional(readOnly = true)
    public Notice visible(long id) {
        Notice notice = get(id);
        if (!notice.isPublished() && !mayManage(notice) && !mayModerate(notice)) {
            throw new NotFound("notice " + id);
        }
        return notice;
    }

    /**
     * Posts an offer for an organisation (its representative) or for a JST (its staff);
     * 403 otherwise.
     */
    public long post(Long jstId, Long organizationId, NoticeDetails details) {
        AuthenticatedUser user = permissions.requireUser();
        check(details);
        Notice notice;
        if (organizationId != null) {
            if (!organizations.isRepresentative(user.userId(), organizationId)) {
                throw new NotAllowed("not a representative of " + organizationId);
            }
            if (details.kind() == NoticeKind.FUNDING) {
                throw new RuleViolation("kind", "notices.kind.fundingByJst");
            }
            OrganizationSummary org = organizations.find(organizationId)
                .orElseThrow(() -> new NotFound("organisation"));
            notice = new Notice(org.gminaId(), org.id(), user.userId(), details,
                    org.verified() ? NoticeStatus.PUBLISHED : NoticeStatus.PENDING, clock.instant());
        }
        else {
            if (jstId == null || !jsts.exists(jstId)) {
                throw new RuleViolation("jstId", "notices.publisher.required");
            }
            permissions.require(jstId, STAFF);
            notice = new Notice(jstId, null, user.userId(), details, NoticeStatus.PUBLISHED, clock.instant());
        }
        notices.save(notice);
        if (notice.isPublished()) {
            announce(notice);
        }
        else {
            events.publishEvent(new NoticeEvents.AwaitsModeration(notice.getId()));
        }
        return notice.getId();
    }

    private void announce(Notice notice) {
        events.publishEvent(new ContentPublished(ContentType.NOTICE, String.valueOf(notice.getId()), notice.getTitle(),
                notice.getDescription().length() > 300 ? notice.getDescription().substring(0, 300) + "…"
                        : notice.getDescription(),
                "/notices/" + notice.getId(), notice.getJstId(), Set.of(), clock.instant()));
    }

    /**
     * Pending notices in the JSTs (and the gminas below them) where the user is the
     * liaison officer.
     */
    @Transactional(readOnly = true)
    public List<Notice> moderationQueue() {
        Set<Long> jstIds = moderatedJsts();
        return jstIds.isEmpty() ? List.of() : notices.pendingIn(jstIds);
    }

    @Transactional(readOnly = true)
    public boolean moderates() {
        return permissions.currentUser().isPresent() && !moderatedJsts().isEmpty();
    }

    @Transactional(readOnly = true)
    public boolean mayModerate(Notice notice) {
        return permissions.currentUser().isPresent() && moderatedJsts().contains(notice.getJstId());
    }

    /** The liaison officer publishes a pending notice (then subscribers hear of it). */
    public void approve(long id) {
        Notice notice = decide(id, NoticeStatus.PUBLISHED, null);
        announce(notice);
    }

    /** Rejects a pending notice; the reason is required and is mailed to the author. */
    public void reject(long id, String reason) {
        decide(id, NoticeStatus.REJECTED, reason);
    }

    private Notice decide(long id, NoticeStatus decision, String reason) {
        AuthenticatedUser user = permissions.requireUser();
        Notice notice = get(id);
        if (!mayModerate(notice)) {
            throw new NotAllowed("not the liaison officer of JST " + notice.getJstId());
        }
        String stored = MODERATION.check(notice.getStatus() == NoticeStatus.PENDING, decision == NoticeStatus.REJECTED,
                reason);
        notice.moderate(decision, user.userId(), stored, clock.instant());
        events.publishEvent(new NoticeEvents.Moderated(notice.getId()));
        return notice;
    }

    /**
     * The JSTs (with the gminas below them) where the current user is the liaison officer
     * by an explicit role: what their work list shows.
     */
    @Transactional(readOnly = true)
    public Set<Long> moderatedByLiaisonRole() {
        return roleAreas.of(Role.LIAISON_OFFICER);
    }

    private Set<Long> moderatedJsts() {
        return roleAreas.ofOrEverywhereForAdmin(Role.LIAISON_OFFICER);
    }

    /**
     * A volunteer answers a volunteering offer that has not expired (once per person).
     */
    public void respond(long id, String message) {
        AuthenticatedUser user = permissions.requireUser();
        Notice notice = get(id);
        if (!notice.isPublished() || notice.getKind() != NoticeKind.VOLUNTEERING
                || notice.isExpiredOn(LocalDate.now(clock))) {
            throw new RuleViolation("message", "notices.respond.closed");
        }
        if (responses.existsByNoticeIdAndUserId(id, user.userId())) {
            throw new RuleViolation("message", "notices.respond.already");
        }
        NoticeResponse response = responses
            .save(new NoticeResponse(id, user.userId(), message.strip(), clock.instant()));
        events.publishEvent(new NoticeEvents.VolunteerResponded(id, response.getId()));
    }

    @Transactional(readOnly = true)
    public boolean hasResponded(long id) {
        return permissions.currentUser().map(u -> responses.existsByNoticeIdAndUserId(id, u.userId())).orElse(false);
    }

    /**
     * The responses, for the organisation's representatives and the author only (403 for
     * others).
     */
    @Transactional(readOnly = true)
    public List<NoticeResponse> responses(long id) {
        Notice notice = get(id);
        if (!mayManage(notice)) {
            throw new NotAllowed("not the offer's organisation");
        }
        return responses.findByNoticeIdOrderByCreatedAt(id);
    }

    @Transactional(readOnly = true)
    public boolean mayManage(Notice notice) {
        return permissions.currentUser()
            .map(u -> u.userId() == notice.getAuthorId()
                    || notice.getOrganizationId() != null
                            && organizations.isRepresentative(u.userId(), notice.getOrganizationId())
                    || notice.getOrganizationId() == null
                            && Arrays.stream(STAFF).anyMatch(r -> permissions.has(r, notice.getJstId())))
            .orElse(false);
    }

    private void check(NoticeDetails d) {
        if (!d.expiresOn().isAfter(LocalDate.now(clock).minusDays(1))) {
            throw new RuleViolation("expiresOn", "notices.expiresOn.past");
        }
        if (d.amountMin() != null && d.amountMax() != null && d.amountMin().compareTo(d.amountMax()) > 0) {
            throw new RuleViolation("amountMax", "notices.amount.order");
        }
    }

}
