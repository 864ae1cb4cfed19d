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

/**
 * The news form. {@code publishAt} is the value of a datetime-local input (Warsaw time); empty = now.
 * Either {@code organizationId} (an NGO's item, moderated) or {@code jstId} (an editor's item).
 */
record NewsForm(
        Long jstId,
        Long organizationId,
        @NotBlank @Size(max = 200, message = "{news.field.tooLong}") String title,
        @NotBlank @Size(max = 600, message = "{news.field.tooLong}") String lead,
        @NotBlank @Size(max = RichText.MAX_LENGTH, message = "{news.field.tooLong}") String body,
        List<String> spheres,
        @Size(max = 20) String publishAt,
        ArticleKind kind,
        @Size(max = 200, message = "{news.field.tooLong}") String authorName,
        @Size(max = 500, message = "{news.field.tooLong}") String linkedOrganizations,
        Long version) {

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
                String.join(", ", item.getLinkedOrganizationIds().stream().map(String::valueOf).toList()), item.getVersion());
    }

    /** The content, or null with a field error when the publication time cannot be read. */
    NewsContent content(BindingResult result) {
        Instant at = null;
        if (publishAt != null && !publishAt.isBlank()) {
            try {
                at = LocalDateTime.parse(publishAt.strip(), INPUT).atZone(ClockConfig.WARSAW).toInstant();
            } catch (DateTimeParseException e) {
                result.rejectValue("publishAt", "news.publishAt.invalid");
                return null;
            }
        }
        List<Long> linked = new java.util.ArrayList<>();
        if (linkedOrganizations != null && !linkedOrganizations.isBlank()) {
            for (String part : linkedOrganizations.split("[,;\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    long id = Long.parseLong(part.replaceAll(".*/", ""));
                    if (!linked.contains(id)) {
                        linked.add(id);
                    }
                } catch (NumberFormatException e) {
                    result.rejectValue("linkedOrganizations", "news.linkedOrganizations.unknown");
                    return null;
                }
            }
        }
        if (linked.size() > 20) {
            result.rejectValue("linkedOrganizations", "news.linkedOrganizations.tooMany");
            return null;
        }
        return new NewsContent(title, lead, body, spheres == null ? List.of() : spheres, at, kind, authorName, linked);
    }

    public boolean hasSphere(String code) {
        return spheres != null && spheres.contains(code);
    }
}
