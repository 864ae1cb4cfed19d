package pl.wspolnie.news.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import pl.wspolnie.news.domain.ArticleKind;
import pl.wspolnie.news.domain.NewsContent;
import pl.wspolnie.news.domain.NewsItem;
import pl.wspolnie.news.domain.RichText;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.ArrayList;

/**
 * The news form. {@code publishAt} is the value of a datetime-local input (Warsaw time);
 * empty = now. Either {@code organizationId} (an NGO's item, moderated) or {@code jstId}
 * (an editor's item).
 */
record NewsForm(Long jstId, Long organizationId,
        @NotBlank @Size(max = 200, message = "{news.field.tooLong}") String title,
        @NotBlank @Size(max = 600, message = "{news.field.tooLong}") String lead,
        @NotBlank @Size(max = RichText.MAX_LENGTH, message = "{news.field.tooLong}") String body, List<String> spheres,
        @Size(max = 20) String publishAt, ArticleKind kind,
        @Size(max = 200, message = "{news.field.tooLong}") String authorName,
        @Size(max = 500, message = "{news.field.tooLong}") String linkedOrganizations, Long version) {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static NewsForm empty() {
        return empty(ArticleKind.NEWS);
    }

    static NewsForm empty(ArticleKind kind) {
        return new NewsForm(null, null, "", "", "", List.of(), "", kind, "", "", null);
    }

    static NewsForm of(NewsItem item) {
        return new NewsForm(item.getJstId(), item.getOrganizationId(), item.getTitle(), item.getLead(), item.getBody(),
                item.getSphereCodes(), INPUT.format(item.getPublishAt().atZone(ClockConfig.WARSAW)), item.getKind(),
                item.getAuthorName() == null ? "" : item.getAuthorName(),
                String.join(", ", item.getLinkedOrganizationIds().stream().map(String::valueOf).toList()),
                item.getVersion());
    }

    /**
     * The content, or null with a field error when the publication time cannot be read.
     */
    NewsContent content(BindingResult result) {
        Instant at = null;
        if (publishAt != null && !publishAt.isBlank()) {
            try {
                at = LocalDateTime.parse(publishAt.strip(), INPUT).atZone(ClockConfig.WARSAW).toInstant();
            }
            catch (DateTimeParseException e) {
                result.rejectValue("publishAt", "news.publishAt.invalid");
                return null;
            }
        }
        List<Long> linked = List.of();
        if (linkedOrganizations != null && !result.hasFieldErrors("linkedOrganizations")) {
            linked = organizationIds(linkedOrganizations);
            if (linked == null) {
                result.rejectValue("linkedOrganizations", "news.linkedOrganizations.unknown");
                return null;
            }
        }
        if (linked.size() > 20) {
            result.rejectValue("linkedOrganizations", "news.linkedOrganizations.tooMany");
            return null;
        }
        return new NewsContent(title, lead, body, spheres == null ? List.of() : spheres, at, kind, authorName, linked);
    }

    /**
     * The directory numbers typed as numbers or profile links ("12,
     * https://…/organizations/34"), separated by commas, semicolons or white space;
     * duplicates once. Null when a part is not a number of at most 18 digits. One pass
     * over the text (linear: a regular expression here took 85 s of CPU on 100,000
     * characters).
     */
    static List<Long> organizationIds(String text) {
        List<Long> ids = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isSeparator(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSeparator(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            int from = i;
            while (from > start && text.charAt(from - 1) != '/') {
                from--;
            }
            if (from == i || i - from > 18) {
                return null;
            }
            long id = 0;
            for (int k = from; k < i; k++) {
                char c = text.charAt(k);
                if (c < '0' || c > '9') {
                    return null;
                }
                id = id * 10 + (c - '0');
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
            if (ids.size() > 20) {
                break; // too many anyway: the caller says so
            }
        }
        return ids;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    public boolean hasSphere(String code) {
        return spheres != null && spheres.contains(code);
    }
}
