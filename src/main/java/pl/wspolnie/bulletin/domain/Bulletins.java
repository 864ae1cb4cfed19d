package pl.wspolnie.bulletin.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.events.ContentType;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.subscriptions.PublishedItem;
import pl.wspolnie.subscriptions.PublishedItems;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;

/**
 * Use cases of the bulletin: propose an issue for a period, edit it, publish it (PDF and
 * newsletter).
 */
@Service
@Transactional
public class Bulletins {

    static final Role[] EDITORS = { Role.OFFICIAL, Role.LIAISON_OFFICER, Role.CENTRE_STAFF };

    public static final int MAX_PERIOD_DAYS = 366;

    /** An editor's change of one entry: its new position and summary, or removal. */
    public record ItemEdit(long itemId, int position, String summary, boolean remove) {
    }

    private final BulletinIssueRepository issues;

    private final PublishedItems publishedItems;

    private final PdfDocuments pdfs;

    private final Permissions permissions;

    private final Jsts jsts;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final ItemDates dates;

    private final String baseUrl;

    Bulletins(BulletinIssueRepository issues, PublishedItems publishedItems, PdfDocuments pdfs, Permissions permissions,
            Jsts jsts, ApplicationEventPublisher events, Clock clock, ItemDates dates,
            @Value("${wspolnie.base-url}") String baseUrl) {
        this.dates = dates;
        this.baseUrl = baseUrl;
        this.issues = issues;
        this.publishedItems = publishedItems;
        this.pdfs = pdfs;
        this.permissions = permissions;
        this.jsts = jsts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<JstSummary> editorJsts() {
        if (permissions.currentUser().isEmpty()) {
            return List.of();
        }
        if (permissions.isPlatformAdmin()) {
            return jsts.members();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (Role r : EDITORS) {
            ids.addAll(permissions.jstsWith(r));
        }
        return jsts.all().stream().filter(j -> ids.contains(j.id())).toList();
    }

    @Transactional(readOnly = true)
    public Page<BulletinIssueRepository.Listed> archive(int page) {
        return issues.published(PageRequest.of(Math.max(0, page), 20));
    }

    @Transactional(readOnly = true)
    public List<BulletinIssue> drafts() {
        return issues.drafts(editorJsts().stream().map(JstSummary::id).toList());
    }

    /**
     * A draft issue with the period's items of the JST (and the gminas below it, and
     * partnership-wide items).
     */
    public long propose(Long jstId, LocalDate from, LocalDate to) {
        AuthenticatedUser user = permissions.requireUser();
        if (jstId == null || !jsts.exists(jstId)) {
            throw new RuleViolation("jstId", "bulletin.jst.required");
        }
        permissions.require(jstId, EDITORS);
        if (to.isBefore(from)) {
            throw new RuleViolation("to", "bulletin.period.order");
        }
        if (from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            throw new RuleViolation("to", "bulletin.period.tooLong");
        }
        BulletinIssue issue = new BulletinIssue(jstId, from, to, user.userId(), clock.instant());
        List<PublishedItem> found = publishedItems.between(from.atStartOfDay(ClockConfig.WARSAW).toInstant(),
                to.plusDays(1).atStartOfDay(ClockConfig.WARSAW).toInstant(), jsts.selfAndDescendants(jstId));
        int position = 1;
        for (PublishedItem item : found) {
            BulletinItem entry = new BulletinItem(position++, item.type(), item.title(), trim(item.summary()),
                    item.path(), item.publishedAt());
            if (item.type() == ContentType.EVENT || item.type() == ContentType.TRAINING) {
                // an event whose summary is its place does not print the place twice
                dates.of(item.path())
                    .ifPresent(w -> entry.takesPlace(w.startsAt(), w.endsAt(),
                            Objects.equals(w.place(), entry.getSummary()) ? null : w.place()));
            }
            issue.getItems().add(entry);
        }
        issues.save(issue);
        return issue.getId();
    }

    @Transactional(readOnly = true)
    public BulletinIssue forEdit(long id) {
        BulletinIssue issue = get(id);
        permissions.require(issue.getJstId(), EDITORS);
        if (issue.isPublished()) {
            throw new RuleViolation(null, "bulletin.published");
        }
        issue.getItems().size();
        return issue;
    }

    public void edit(long id, List<ItemEdit> edits) {
        BulletinIssue issue = forEdit(id);
        Map<Long, ItemEdit> byId = new HashMap<>();
        edits.forEach(e -> byId.put(e.itemId(), e));
        issue.getItems().removeIf(i -> byId.containsKey(i.getId()) && byId.get(i.getId()).remove());
        for (BulletinItem item : issue.getItems()) {
            ItemEdit e = byId.get(item.getId());
            if (e != null) {
                item.edit(e.position(), trim(e.summary()));
            }
        }
        List<BulletinItem> ordered = new ArrayList<>(issue.getItems());
        ordered.sort(Comparator.comparingInt(BulletinItem::getPosition).thenComparing(BulletinItem::getId));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).edit(i + 1, ordered.get(i).getSummary());
        }
    }

    /**
     * Numbers the issue (next of its JST), renders the PDF and sends the newsletter after
     * the commit.
     */
    public void publish(long id) {
        BulletinIssue issue = forEdit(id);
        if (issue.getItems().isEmpty()) {
            throw new RuleViolation(null, "bulletin.empty");
        }
        int number = issues.lastNumber(issue.getJstId()) + 1;
        issue.publish(number, pdf(issue, number), clock.instant());
        events.publishEvent(new BulletinPublished(issue.getId()));
    }

    @Transactional(readOnly = true)
    public BulletinIssue get(long id) {
        return issues.findById(id).orElseThrow(() -> new NotFound("bulletin " + id));
    }

    @Transactional(readOnly = true)
    public BulletinIssue published(long id) {
        BulletinIssue issue = get(id);
        if (!issue.isPublished()) {
            throw new NotFound("bulletin " + id);
        }
        issue.getPdf();
        issue.getItems().size();
        return issue;
    }

    private byte[] pdf(BulletinIssue issue, int number) {
        Locale polish = Locale.forLanguageTag("pl");
        List<BulletinItem> items = issue.getItems()
            .stream()
            .sorted(Comparator.comparingInt(BulletinItem::getPosition))
            .toList();
        int half = balancedSplit(items);
        Map<String, Object> model = new HashMap<>();
        model.put("jstName", jsts.get(issue.getJstId()).name());
        model.put("number", number);
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        model.put("from", date.format(issue.getPeriodFrom()));
        model.put("to", date.format(issue.getPeriodTo()));
        model.put("left", items.subList(0, half));
        model.put("right", items.subList(half, items.size()));
        model.put("columns", List.of(items.subList(0, half), items.subList(half, items.size())));
        model.put("pdfFooter", jsts.get(issue.getJstId()).name() + " — nr " + number);
        model.put("baseUrl", baseUrl);
        return pdfs.render("bulletin/pdf", model, polish);
    }

    /**
     * Where the right column starts: after the items that fill about half of the text
     * (title, date line, summary and address weighed by their length), so the two columns
     * end at about the same height instead of splitting by count.
     */
    static int balancedSplit(List<BulletinItem> items) {
        if (items.size() < 2) {
            return items.size();
        }
        int[] weights = items.stream().mapToInt(Bulletins::weight).toArray();
        int total = Arrays.stream(weights).sum();
        int best = 1;
        int bestDifference = Integer.MAX_VALUE;
        int left = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            left += weights[i];
            int difference = Math.abs(total - 2 * left);
            if (difference < bestDifference) {
                bestDifference = difference;
                best = i + 1;
            }
        }
        return best;
    }

    /** Lines an item takes in a column about 40 characters wide. */
    private static int weight(BulletinItem item) {
        int lines = 3 + lines(item.getTitle(), 30) + lines(item.getSummary(), 40) + lines(item.getPath(), 40);
        return item.getWhen() == null ? lines : lines + lines(item.getWhen(), 40);
    }

    private static int lines(String text, int width) {
        return text == null || text.isEmpty() ? 0 : (text.length() + width - 1) / width;
    }

    private static String trim(String summary) {
        if (summary == null || summary.isBlank()) {
            return null;
        }
        String s = summary.strip();
        return s.length() > 1000 ? s.substring(0, 999) + "…" : s;
    }

}
