package pl.wspolnie.news.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.partnership.RoleAreas;
import pl.wspolnie.shared.events.ContentPublished;
import pl.wspolnie.shared.events.ContentType;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.domain.ModerationRule;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.files.FileCheck;
import pl.wspolnie.shared.files.FileTypes;
import pl.wspolnie.shared.files.StoredFile;
import pl.wspolnie.shared.files.Upload;
import pl.wspolnie.shared.domain.NotFound;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Comparator;

/**
 * Use cases of news: write (officials and centre staff for their JST, published at once
 * or at the chosen time; NGO representatives for their organisation, waiting for the
 * liaison officer), edit, moderate, and announce items whose publication time has come
 * (ContentPublished, for subscriptions and the bulletin).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Newsroom {

    /** The largest attachment of a news item. */
    public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

    /** An attachment: a PDF, an image or an office document of at most 10 MB. */
    private static final FileCheck ATTACHMENT = FileCheck.of("file", FileTypes.KNOWN, MAX_ATTACHMENT_BYTES,
            "news.attachment");

    /** Roles that publish for a JST without moderation. */
    static final Role[] EDITORS = { Role.OFFICIAL, Role.CENTRE_STAFF, Role.LIAISON_OFFICER };

    public static final int MAX_ATTACHMENTS = 10;

    /** A liaison officer's decision on an NGO's item. */
    private static final ModerationRule MODERATION = new ModerationRule("news");

    private final NewsRepository news;

    private final NewsAttachmentRepository attachments;

    private final Permissions permissions;

    private final Organizations organizations;

    private final Jsts jsts;

    private final RoleAreas roleAreas;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    /**
     * Where the current user may publish: JSTs (as an editor) and organisations (as a
     * representative).
     */
    public record Authorship(List<JstSummary> jsts, List<OrganizationSummary> organizations) {
        public boolean any() {
            return !jsts.isEmpty() || !organizations.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public Authorship authorship() {
        AuthenticatedUser user = permissions.requireUser();
        Set<Long> ids = new LinkedHashSet<>();
        for (Role r : EDITORS) {
            ids.addAll(permissions.jstsWith(r));
        }
        List<JstSummary> editorJsts = permissions.isPlatformAdmin() ? jsts.members()
                : jsts.all().stream().filter(j -> ids.contains(j.id())).toList();
        List<OrganizationSummary> orgs = organizations.findAll(organizations.representedBy(user.userId()))
            .values()
            .stream()
            .sorted(Comparator.comparing(OrganizationSummary::name))
            .toList();
        return new Authorship(editorJsts, orgs);
    }

    /**
     * Writes a news item. With an organisation: the user must represent it (else 403) and
     * the item waits for moderation in the organisation's gmina. Without: the user must
     * be an editor in the JST (else 403).
     */
    public long write(Long jstId, Long organizationId, NewsContent content) {
        AuthenticatedUser user = permissions.requireUser();
        NewsContent checked = checked(content);
        NewsItem item;
        if (organizationId != null) {
            OrganizationSummary org = requireRepresented(user, organizationId);
            item = new NewsItem(org.gminaId(), org.id(), user.userId(), checked, NewsStatus.PENDING, clock.instant());
        }
        else {
            if (jstId == null || !jsts.exists(jstId)) {
                throw new RuleViolation("jstId", "news.jst.required");
            }
            permissions.require(jstId, EDITORS);
            item = new NewsItem(jstId, null, user.userId(), checked, NewsStatus.PUBLISHED, clock.instant());
        }
        news.save(item);
        announceIfDue(item);
        if (item.getStatus() == NewsStatus.PENDING) {
            events.publishEvent(new NewsEvents.AwaitsModeration(item.getId()));
        }
        return item.getId();
    }

    /** The item for its edit form: only its author's side may edit (403 otherwise). */
    @Transactional(readOnly = true)
    public NewsItem forEdit(long id) {
        NewsItem item = get(id);
        requireEditable(item);
        return item;
    }

    public void update(long id, long version, NewsContent content) {
        NewsItem item = get(id);
        requireEditable(item);
        if (item.getVersion() != version) {
            throw new RuleViolation(null, "news.edit.conflict");
        }
        item.apply(checked(content), clock.instant());
        if (item.getOrganizationId() != null) {
            boolean wasWaiting = item.getStatus() == NewsStatus.PENDING;
            item.submitAgain(); // an NGO's changed text is moderated again
            if (!wasWaiting) {
                // the officers hear only when it starts waiting, not of every save
                events.publishEvent(new NewsEvents.AwaitsModeration(item.getId()));
            }
        }
        announceIfDue(item);
    }

    @Transactional(readOnly = true)
    public NewsItem get(long id) {
        return news.findById(id).orElseThrow(() -> new NotFound("news " + id));
    }

    /**
     * Attaches a file (its author's side only, 403 otherwise); at most
     * {@value #MAX_ATTACHMENTS} per item.
     */
    public long attach(long id, Upload upload) {
        NewsItem item = get(id);
        requireEditable(item);
        StoredFile file = ATTACHMENT.check(upload, clock.instant());
        if (attachments.listed(id).size() >= MAX_ATTACHMENTS) {
            throw new RuleViolation("file", "news.attachment.tooMany", MAX_ATTACHMENTS);
        }
        return attachments.save(new NewsAttachment(id, file)).getId();
    }

    public void removeAttachment(long id, long attachmentId) {
        NewsItem item = get(id);
        requireEditable(item);
        attachments.findById(attachmentId).filter(a -> a.getNewsId() == id).ifPresent(attachments::delete);
    }

    @Transactional(readOnly = true)
    public List<NewsAttachmentRepository.Listed> attachments(long id) {
        return attachments.listed(id);
    }

    /**
     * A file of an item that the current visitor may see (public item, or its author's
     * side or moderator).
     */
    @Transactional(readOnly = true)
    public NewsAttachment attachment(long id, long attachmentId) {
        NewsItem item = get(id);
        if (!item.isPublicAt(clock.instant()) && !mayPreview(item)) {
            throw new NotFound("news " + id);
        }
        NewsAttachment a = attachments.findById(attachmentId)
            .filter(x -> x.getNewsId() == id)
            .orElseThrow(() -> new NotFound("attachment " + attachmentId));
        a.getFile().getContent(); // loaded inside the transaction
        return a;
    }

    /** True when the current user may edit the item. */
    @Transactional(readOnly = true)
    public boolean mayEdit(NewsItem item) {
        try {
            requireEditable(item);
            return true;
        }
        catch (NotAllowed e) {
            return false;
        }
    }

    /**
     * True when the current user may see the item before it is public: its author's side,
     * or its moderator.
     */
    @Transactional(readOnly = true)
    public boolean mayPreview(NewsItem item) {
        if (permissions.currentUser().isEmpty()) {
            return false;
        }
        try {
            requireEditable(item);
            return true;
        }
        catch (NotAllowed e) {
            return moderatedJsts().contains(item.getJstId());
        }
    }

    /**
     * Items waiting in the JSTs (and the gminas below them) where the user is the liaison
     * officer.
     */
    @Transactional(readOnly = true)
    public List<NewsItem> moderationQueue() {
        return news.pendingIn(moderatedJsts());
    }

    @Transactional(readOnly = true)
    public boolean moderates() {
        return permissions.currentUser().isPresent() && !moderatedJsts().isEmpty();
    }

    public void approve(long id) {
        decide(id, NewsStatus.PUBLISHED, null);
    }

    /** Rejects a pending item; the reason is required and is mailed to the author. */
    public void reject(long id, String reason) {
        decide(id, NewsStatus.REJECTED, reason);
    }

    private void decide(long id, NewsStatus decision, String reason) {
        AuthenticatedUser user = permissions.requireUser();
        NewsItem item = get(id);
        if (!moderatedJsts().contains(item.getJstId())) {
            throw new NotAllowed("not the liaison officer of JST " + item.getJstId());
        }
        String stored = MODERATION.check(item.getStatus() == NewsStatus.PENDING, decision == NewsStatus.REJECTED,
                reason);
        item.moderate(decision, user.userId(), stored, clock.instant());
        announceIfDue(item);
        events.publishEvent(new NewsEvents.Moderated(item.getId()));
    }

    /** Every minute (wspolnie.news.release-check), on one instance at a time. */
    @Scheduled(fixedDelayString = "${wspolnie.news.release-check:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "news.release-check")
    public void releaseScheduled() {
        releaseDue();
    }

    /**
     * Announces the items whose publication time has come (scheduled ahead); returns how
     * many (tests call it).
     */
    public int releaseDue() {
        List<NewsItem> due = news.dueForAnnouncement(clock.instant());
        due.forEach(this::announceIfDue);
        return due.size();
    }

    private void announceIfDue(NewsItem item) {
        if (!item.isAnnounced() && item.isPublicAt(clock.instant())) {
            item.markAnnounced();
            events.publishEvent(
                    new ContentPublished(item.getKind().isArticle() ? ContentType.GOOD_PRACTICE : ContentType.NEWS,
                            String.valueOf(item.getId()), item.getTitle(), item.getLead(), item.path(), item.getJstId(),
                            Set.copyOf(item.getSphereCodes()), item.getPublishAt()));
        }
    }

    /**
     * The JSTs (with the gminas below them) where the current user is the liaison officer
     * by an explicit role (a platform administrator's right to moderate everywhere is not
     * counted): what their work list shows.
     */
    @Transactional(readOnly = true)
    public Set<Long> moderatedByLiaisonRole() {
        return roleAreas.of(Role.LIAISON_OFFICER);
    }

    private Set<Long> moderatedJsts() {
        return roleAreas.ofOrEverywhereForAdmin(Role.LIAISON_OFFICER);
    }

    private void requireEditable(NewsItem item) {
        AuthenticatedUser user = permissions.requireUser();
        if (item.getOrganizationId() != null) {
            requireRepresented(user, item.getOrganizationId());
        }
        else {
            permissions.require(item.getJstId(), EDITORS);
        }
    }

    private OrganizationSummary requireRepresented(AuthenticatedUser user, long organizationId) {
        if (!organizations.isRepresentative(user.userId(), organizationId)) {
            throw new NotAllowed("not a representative of organisation " + organizationId);
        }
        return organizations.find(organizationId).orElseThrow(() -> new NotFound("organisation " + organizationId));
    }

    private NewsContent checked(NewsContent content) {
        String body = RichText.sanitise("body", content.body());
        if (!content.linkedOrganizationIds().isEmpty() && organizations.findAll(content.linkedOrganizationIds())
            .size() != content.linkedOrganizationIds().size()) {
            throw new RuleViolation("linkedOrganizations", "news.linkedOrganizations.unknown");
        }
        return new NewsContent(content.title().strip(), content.lead().strip(), body, content.sphereCodes(),
                content.publishAt() == null ? clock.instant() : content.publishAt(), content.kind(),
                content.authorName(), content.linkedOrganizationIds());
    }

}
