package pl.wspolnie.news.domain;

import java.time.Instant;
import java.util.List;

/** What an author writes: the body is already sanitised HTML. */
public record NewsContent(String title, String lead, String body, List<String> sphereCodes, Instant publishAt,
        ArticleKind kind, String authorName, List<Long> linkedOrganizationIds) {

    public NewsContent {
        kind = kind == null ? ArticleKind.NEWS : kind;
        linkedOrganizationIds = linkedOrganizationIds == null ? List.of() : List.copyOf(linkedOrganizationIds);
    }
}
