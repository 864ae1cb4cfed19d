package pl.wspolnie.news.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
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
        Long version) {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static NewsForm empty() {
        return new NewsForm(null, null, "", "", "", List.of(), "", null);
    }

    static NewsForm of(NewsItem item) {
        return new NewsForm(item.getJstId(), item.getOrganizationId(), item.getTitle(), item.getLead(), item.getBody(),
                item.getSphereCodes(), INPUT.format(item.getPublishAt().atZone(ClockConfig.WARSAW)), item.getVersion());
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
        return new NewsContent(title, lead, body, spheres == null ? List.of() : spheres, at);
    }

    public boolean hasSphere(String code) {
        return spheres != null && spheres.contains(code);
    }
}
